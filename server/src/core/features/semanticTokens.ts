import { documentLines } from '../text/documentLines';
import type { NotesDocument, Range } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { safely } from './common';

/**
 * Token types and modifiers, all from LSP's standard set so every theme colours them:
 * speaker names → `class` + `declaration`; mentions of someone who speaks → `class`; of someone
 * who never speaks → `variable` + `readonly`; claim cue words → `keyword`; citation markers and
 * `[@key]` → `macro`; `[[…]]` links → `string`.
 */
export const SEMANTIC_LEGEND = {
  tokenTypes: ['class', 'variable', 'keyword', 'macro', 'string'],
  tokenModifiers: ['declaration', 'readonly'],
} as const;

export type NotesTokenType = (typeof SEMANTIC_LEGEND.tokenTypes)[number];
export type NotesTokenModifier = (typeof SEMANTIC_LEGEND.tokenModifiers)[number];

/** One token in absolute terms (for tests and debugging); single-line, UTF-16 length. */
export interface AbsoluteToken {
  line: number;
  character: number;
  length: number;
  type: NotesTokenType;
  modifiers: NotesTokenModifier[];
}

/** Semantic tokens in LSP's relative encoding, with the legend the server advertises. */
export interface NotesSemanticTokens {
  legend: { tokenTypes: string[]; tokenModifiers: string[] };
  data: number[];
}

/** Semantic tokens of a document (LSP relative encoding). */
export function semanticTokens(index: WorkspaceIndex, uri: string): NotesSemanticTokens {
  return { legend: legend(), data: encodeSemanticTokens(semanticTokensAbsolute(index, uri)) };
}

export function legend(): { tokenTypes: string[]; tokenModifiers: string[] } {
  return { tokenTypes: [...SEMANTIC_LEGEND.tokenTypes], tokenModifiers: [...SEMANTIC_LEGEND.tokenModifiers] };
}

/**
 * Tokens sorted by position, never overlapping: when two candidates overlap, links and citations
 * win over names, names over cue words. Ranges spanning a line break are split per line.
 */
export function semanticTokensAbsolute(index: WorkspaceIndex, uri: string): AbsoluteToken[] {
  return safely([], () => {
    const doc = index.get(uri);
    if (!doc) return [];
    const lines = documentLines(doc);
    const tokens: (AbsoluteToken & { priority: number })[] = [];
    for (const c of collect(index, doc)) for (const t of splitLines(lines, c.range, c.type, c.modifiers)) tokens.push({ ...t, priority: c.priority });
    tokens.sort((a, b) => a.line - b.line || a.character - b.character || a.priority - b.priority);
    // Kept tokens never overlap and are sorted, so the ones a new token overlaps are a suffix.
    const kept: (AbsoluteToken & { priority: number })[] = [];
    for (const t of tokens) {
      let j = kept.length;
      while (j > 0 && kept[j - 1].line === t.line && kept[j - 1].character + kept[j - 1].length > t.character) j--;
      if (j < kept.length) {
        if (kept.slice(j).some((k) => k.priority <= t.priority)) continue;
        kept.length = j;
      }
      kept.push(t);
    }
    return kept.map(({ priority: _priority, ...t }) => t);
  });
}

/** LSP relative encoding: [deltaLine, deltaStart, length, type, modifier bits] per token. */
export function encodeSemanticTokens(tokens: readonly AbsoluteToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    const dl = t.line - line;
    data.push(dl, dl === 0 ? t.character - char : t.character, t.length, SEMANTIC_LEGEND.tokenTypes.indexOf(t.type), modifierBits(t.modifiers));
    line = t.line;
    char = t.character;
  }
  return data;
}

/** Inverse of `encodeSemanticTokens` (tests decode what the server sends). */
export function decodeSemanticTokens(data: readonly number[], tokenLegend = legend()): { line: number; character: number; length: number; type: string; modifiers: string[] }[] {
  const out: { line: number; character: number; length: number; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const bits = data[i + 4];
    out.push({ line, character: char, length: data[i + 2], type: tokenLegend.tokenTypes[data[i + 3]], modifiers: tokenLegend.tokenModifiers.filter((_, b) => bits & (1 << b)) });
  }
  return out;
}

interface Candidate {
  range: Range;
  type: NotesTokenType;
  modifiers: NotesTokenModifier[];
  /** Lower wins an overlap. */
  priority: number;
}

function collect(index: WorkspaceIndex, doc: NotesDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const x of doc.crossReferences) out.push({ range: x.range, type: 'string', modifiers: [], priority: 0 });
  for (const c of doc.citations) out.push({ range: c.range, type: 'macro', modifiers: [], priority: 0 });
  for (const c of doc.pandocCitations) out.push({ range: c.range, type: 'macro', modifiers: [], priority: 0 });
  for (const t of doc.talks) for (const s of t.speakers) out.push({ range: s.nameRange, type: 'class', modifiers: ['declaration'], priority: 1 });
  const speaks = new Map<string, boolean>();
  for (const m of doc.mentions) {
    let known = speaks.get(m.key);
    if (known === undefined) speaks.set(m.key, (known = index.speakersOf(m.key).length > 0));
    out.push(known ? { range: m.range, type: 'class', modifiers: [], priority: 2 } : { range: m.range, type: 'variable', modifiers: ['readonly'], priority: 2 });
  }
  for (const c of doc.claims) for (const q of c.cues) out.push({ range: q.range, type: 'keyword', modifiers: [], priority: 3 });
  return out;
}

function splitLines(lines: LineIndex, range: Range, type: NotesTokenType, modifiers: NotesTokenModifier[]): AbsoluteToken[] {
  const out: AbsoluteToken[] = [];
  const last = Math.min(range.end.line, lines.lineCount - 1);
  for (let l = range.start.line; l <= last; l++) {
    const width = lines.ends[l] - lines.starts[l];
    const start = l === range.start.line ? range.start.character : 0;
    const end = l === range.end.line ? Math.min(range.end.character, width) : width;
    // Leading indentation of a continuation line is not part of the name.
    let s = start;
    if (l !== range.start.line) while (s < end && /\s/.test(lines.text[lines.starts[l] + s])) s++;
    if (end > s) out.push({ line: l, character: s, length: end - s, type, modifiers: [...modifiers] });
  }
  return out;
}

function modifierBits(modifiers: readonly NotesTokenModifier[]): number {
  let bits = 0;
  for (const m of modifiers) bits |= 1 << SEMANTIC_LEGEND.tokenModifiers.indexOf(m);
  return bits;
}
