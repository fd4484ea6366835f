import { documentLines } from '../text/documentLines';
import { splitSentences } from '../claims/sentences';
import type { NotesDocument, Position, Range } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { blockRange } from '../text/pieces';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { isPosition, rangeContains, rangeContainsRange, rangesEqual, safely } from './common';
import { locate } from './locate';

/** A chain of ever larger ranges around a position (an LSP `SelectionRange`). */
export interface NotesSelectionRange {
  range: Range;
  parent?: NotesSelectionRange;
}

/**
 * Smart selection for each position: word → name or marker → sentence → paragraph or bullet
 * (or speaker line, title) → section → talk → document. One result per position, in order;
 * an empty list for an unknown document.
 */
export function selectionRanges(index: WorkspaceIndex, uri: string, positions: readonly Position[]): NotesSelectionRange[] {
  return safely([], () => {
    const doc = index.get(uri);
    if (!doc || !Array.isArray(positions)) return [];
    const lines = documentLines(doc);
    return positions.map((pos) => (isPosition(pos) ? chainAt(index, doc, lines, pos) : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }));
  });
}

function chainAt(index: WorkspaceIndex, doc: NotesDocument, lines: LineIndex, pos: Position): NotesSelectionRange {
  const candidates: Range[] = [];
  const word = wordAt(lines, pos);
  if (word) candidates.push(word);
  const at = locate(index, doc, pos);
  if (at && at.kind !== 'claim' && at.kind !== 'speakerLine') candidates.push(at.range);
  const block = doc.blocks.find((b) => rangeContains(b.range, pos));
  if (block) {
    for (const s of splitSentences(block.text)) {
      const r = blockRange(block, lines, s.start, s.end);
      if (rangeContains(r, pos)) {
        candidates.push(trimmed(lines, r));
        break;
      }
    }
    candidates.push(block.range);
  }
  const talkIndex = doc.talks.findIndex((t) => rangeContains(t.range, pos));
  const talk = doc.talks[talkIndex];
  if (talk) {
    const speaker = talk.speakers.find((s) => rangeContains(s.lineRange, pos));
    if (speaker) candidates.push(speaker.lineRange);
    const section = talk.sections.find((s) => rangeContains(s.range, pos));
    if (section) candidates.push(section.range);
    candidates.push(talk.range);
  } else if (doc.title && rangeContains(doc.title.range, pos)) {
    candidates.push(doc.title.range);
  }
  candidates.push(lines.range(0, doc.text.length));
  let chain: NotesSelectionRange | undefined;
  // Built outwards-in so each parent strictly contains its child, as LSP requires.
  const kept: Range[] = [];
  for (const r of candidates) {
    const last = kept[kept.length - 1];
    if (!rangeContains(r, pos)) continue;
    if (last && (!rangeContainsRange(r, last) || rangesEqual(r, last))) continue;
    kept.push(r);
  }
  for (let i = kept.length - 1; i >= 0; i--) chain = chain ? { range: kept[i], parent: chain } : { range: kept[i] };
  return chain ?? { range: { start: pos, end: pos } };
}

/** The word (letters, digits, apostrophes and inner hyphens) under or just before the cursor. */
function wordAt(lines: LineIndex, pos: Position): Range | null {
  if (pos.line >= lines.lineCount) return null;
  const text = lines.lineText(pos.line);
  const isWord = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}\p{M}_'’-]/u.test(text[i]);
  let start = Math.min(pos.character, text.length);
  let end = start;
  if (!isWord(start) && !isWord(start - 1)) return null;
  while (isWord(start - 1)) start--;
  while (isWord(end)) end++;
  // Surrogate pairs (emoji) are never word characters, so the range cannot split one.
  while (start < end && /['’-]/.test(text[start])) start++;
  while (end > start && /['’-]/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { start: { line: pos.line, character: start }, end: { line: pos.line, character: end } };
}

function trimmed(lines: LineIndex, r: Range): Range {
  let s = lines.offsetAt(r.start);
  let e = lines.offsetAt(r.end);
  while (s < e && /\s/.test(lines.text[s])) s++;
  while (e > s && /\s/.test(lines.text[e - 1])) e--;
  return e > s ? lines.range(s, e) : r;
}
