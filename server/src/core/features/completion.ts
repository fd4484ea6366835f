import type { Position, Range } from '../model/types';
import { documentLines } from '../text/documentLines';
import { personKey } from '../text/names';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { baseName, isPosition, safely } from './common';
import { speakersDetail } from './documentSymbols';

/** A completion proposal (an LSP `CompletionItem` with a `textEdit` over `range`). */
export interface NotesCompletionItem {
  label: string;
  kind: 'talk' | 'person' | 'reference';
  detail: string;
  insertText: string;
  /** What the insert replaces: from after `[[` (or `[@`) to the cursor, or up to an existing `]]`. */
  range: Range;
}

/** Proposals are capped; the editor filters them further as the user types. */
export const COMPLETION_LIMIT = 2000;

const KEY_CHAR = /[\p{L}\p{N}_:.#$%&+?<>~/-]/u;

/**
 * Completion inside `[[` (talk titles, then speaker names, from the whole workspace; `]]` is
 * added unless the link is already closed) and after `[@` (bibliography keys).
 */
export function completion(index: WorkspaceIndex, uri: string, position: Position): NotesCompletionItem[] {
  return safely([], () => {
    const doc = index.get(uri);
    if (!doc || !isPosition(position)) return [];
    const lines = documentLines(doc);
    if (position.line >= lines.lineCount) return [];
    const line = lines.lineText(position.line);
    const ch = Math.min(position.character, line.length);
    return linkCompletions(index, line, position.line, ch) ?? citationCompletions(index, line, position.line, ch) ?? [];
  });
}

function linkCompletions(index: WorkspaceIndex, line: string, lineNo: number, ch: number): NotesCompletionItem[] | null {
  const before = line.slice(0, ch);
  const open = before.lastIndexOf('[[');
  if (open < 0) return null;
  const typed = before.slice(open + 2);
  if (typed.includes(']') || typed.includes('[')) return null;
  const after = line.slice(ch);
  let end = ch;
  let close = ']]';
  for (let i = 0; i < after.length; i++) {
    const c = after[i];
    if (c === '[') break;
    if (c === ']') {
      if (after[i + 1] === ']') {
        end = ch + i;
        close = '';
      }
      break;
    }
  }
  const range: Range = { start: { line: lineNo, character: open + 2 }, end: { line: lineNo, character: end } };
  const out: NotesCompletionItem[] = [];
  const seen = new Set<string>();
  for (const t of index.allTalks()) {
    const k = `talk:${personKey(t.value.title)}`;
    if (seen.has(k) || !t.value.title.trim()) continue;
    seen.add(k);
    const who = speakersDetail(t.value.speakers);
    out.push({ label: t.value.title, kind: 'talk', detail: who ? `${who} · ${baseName(t.uri)}` : baseName(t.uri), insertText: t.value.title + close, range });
  }
  for (const key of index.people()) {
    const speaker = index.speakersOf(key)[0];
    if (!speaker || seen.has(`person:${key}`)) continue;
    seen.add(`person:${key}`);
    const s = speaker.speaker;
    const detail = [s.role, s.org].filter(Boolean).join(' @ ') || 'speaker';
    out.push({ label: s.name, kind: 'person', detail, insertText: s.name + close, range });
  }
  return out.slice(0, COMPLETION_LIMIT);
}

function citationCompletions(index: WorkspaceIndex, line: string, lineNo: number, ch: number): NotesCompletionItem[] | null {
  let start = ch;
  while (start > 0 && KEY_CHAR.test(line[start - 1])) start--;
  if (line[start - 1] !== '@') return null;
  let k = start - 2;
  while (k >= 0 && line[k] === ' ') k--;
  if (line[k] !== '[' && line[k] !== ';') return null;
  let end = ch;
  while (end < line.length && KEY_CHAR.test(line[end])) end++;
  const close = line[end] === ']' || line[end] === ';' ? '' : ']';
  const range: Range = { start: { line: lineNo, character: start }, end: { line: lineNo, character: end } };
  return index
    .bibliographyEntries()
    .slice(0, COMPLETION_LIMIT)
    .map((e) => ({
      label: e.key,
      kind: 'reference' as const,
      detail: [e.author, e.year, e.title].filter(Boolean).join(', '),
      insertText: e.key + close,
      range,
    }));
}
