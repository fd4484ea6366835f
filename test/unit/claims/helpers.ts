// Shared helpers for the claims tests: analyse a snippet through the real pipeline.
import { analyzeDocument } from '../../../server/src/core/analyze';
import type { NotesConfig } from '../../../server/src/core/config';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import type { Claim, NotesDocument } from '../../../server/src/core/model/types';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

export function analyse(text: string, format: 'plaintext' | 'markdown' = 'plaintext', config: NotesConfig = DEFAULT_CONFIG): NotesDocument {
  return analyzeDocument({ uri: format === 'markdown' ? 'file:///t.notes.md' : 'file:///t.notes', text, format }, config);
}

/** The claim whose text contains `fragment` (exactly one must). */
export function claimWith(doc: NotesDocument, fragment: string): Claim {
  const found = doc.claims.filter((c) => c.text.includes(fragment));
  if (found.length !== 1) throw new Error(`${found.length} claims contain ${JSON.stringify(fragment)}: ${JSON.stringify(doc.claims.map((c) => c.text))}`);
  return found[0];
}

export function hasClaim(doc: NotesDocument, fragment: string): boolean {
  return doc.claims.some((c) => c.text.includes(fragment));
}

/** Applies LSP-style edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}

export const TALK = (body: string): string => `Conference notes\nA talk about storage\nAda Lovelace, Engineer @ Example Corp\n${body}\n`;
