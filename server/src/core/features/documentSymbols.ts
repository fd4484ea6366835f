import type { Claim, DocumentStructure, NotesDocument, Range, Speaker } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { linesOf } from '../analyze';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { isUnsupported } from './claimStatus';
import { rangeContainsRange, safely, truncate } from './common';

export type NotesSymbolKind = 'title' | 'talk' | 'speaker' | 'section' | 'claim';

/** One entry of the outline (maps 1:1 to an LSP `DocumentSymbol`). */
export interface NotesSymbol {
  name: string;
  detail: string;
  kind: NotesSymbolKind;
  /** The whole extent (a talk: title to its last line). */
  range: Range;
  /** The part to reveal and select (a talk: its title); always inside `range`. */
  selectionRange: Range;
  children: NotesSymbol[];
}

/**
 * The outline of a document: the document title (spanning the preamble), then each talk with
 * its speakers as detail and its sections as children; claims become children of their section
 * (or talk, or the title for preamble claims) when `outlineShowClaims` is set.
 */
export function documentSymbols(index: WorkspaceIndex, uri: string): NotesSymbol[] {
  return safely([], () => {
    const doc = index.get(uri);
    if (!doc) return [];
    const out = structureSymbols(doc);
    if (index.configuration.outlineShowClaims && !doc.outlineOnly) addClaims(index, doc, out);
    return out;
  });
}

/**
 * The outline without claims: title, talks and sections only, read from the document's
 * structure, so a document from `analyzeStructure` (not analysed further yet) gets the same
 * outline as its full analysis. Never throws.
 */
export function structureSymbols(doc: DocumentStructure & { text: string }, lines: LineIndex = linesOf(doc)): NotesSymbol[] {
  return safely([], () => {
    const out: NotesSymbol[] = [];
    if (doc.title) {
      let preambleEnd = doc.talks.length > 0 ? lastContentBefore(lines, doc.talks[0].range.start.line, doc.title.range) : endOfText(lines);
      // `trim()` counts U+2028 and friends as blank where the parser does not: never end before the title.
      if (preambleEnd.line < doc.title.range.end.line || (preambleEnd.line === doc.title.range.end.line && preambleEnd.character < doc.title.range.end.character)) preambleEnd = doc.title.range.end;
      out.push(symbol(doc.title.text, '', 'title', { start: doc.title.range.start, end: preambleEnd }, doc.title.range));
    }
    for (const talk of doc.talks) {
      const s = symbol(talk.title, speakersDetail(talk.speakers), 'talk', talk.range, talk.titleRange);
      s.children = talk.sections.map((sec) => symbol(sec.title, '', 'section', sec.range, sec.titleRange));
      out.push(s);
    }
    return out;
  });
}

/** Claims as children of their section (or talk, or the title for preamble claims) in an outline from `structureSymbols`. */
function addClaims(index: WorkspaceIndex, doc: NotesDocument, out: NotesSymbol[]): void {
  const titleSymbol = doc.title ? out[0] : undefined;
  const talkSymbols = out.slice(doc.title ? 1 : 0);
  doc.claims.forEach((claim, ci) => {
    const child = claimSymbol(claim, isUnsupported(index, doc, ci));
    const talk = talkSymbols[claim.talk];
    if (talk) {
      const section = doc.blocks[claim.block]?.section ?? -1;
      const parent = talk.children[section] ?? talk;
      parent.children.push(child);
    } else if (titleSymbol && rangeContainsRange(titleSymbol.range, claim.range)) {
      titleSymbol.children.push(child);
    } else {
      out.push(child);
    }
  });
  // Claims follow the sections in document order, wherever they stand.
  for (const t of talkSymbols) t.children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** `Ben Eggers @ OpenAI`, `Tomás Ortega, Li Wei @ Example University`, `A @ X; B @ Y`. */
export function speakersDetail(speakers: readonly Speaker[]): string {
  const groups: { names: string[]; org: string | null }[] = [];
  for (const s of speakers) {
    const last = groups[groups.length - 1];
    if (last && last.org === s.org) last.names.push(s.name);
    else groups.push({ names: [s.name], org: s.org });
  }
  return groups.map((g) => (g.org ? `${g.names.join(', ')} @ ${g.org}` : g.names.join(', '))).join('; ');
}

function claimSymbol(claim: Claim, unsupported: boolean): NotesSymbol {
  const detail = claim.kinds.join(', ') + (unsupported ? ' · unsupported' : '');
  return symbol(truncate(claim.text, 80), detail, 'claim', claim.range, claim.range);
}

function symbol(name: string, detail: string, kind: NotesSymbolKind, range: Range, selectionRange: Range): NotesSymbol {
  // VS Code rejects a symbol with an empty name or a selection outside its range.
  const sel = rangeContainsRange(range, selectionRange) ? selectionRange : range;
  return { name: name.trim() || '(untitled)', detail, kind, range, selectionRange: sel, children: [] };
}

/** End of the last non-blank line before `line`, but not before `floor`'s end. */
function lastContentBefore(lines: LineIndex, line: number, floor: Range): Range['end'] {
  for (let l = line - 1; l > floor.end.line; l--) {
    if (lines.lineText(l).trim()) return { line: l, character: lines.ends[l] - lines.starts[l] };
  }
  return floor.end;
}

function endOfText(lines: LineIndex): Range['end'] {
  for (let l = lines.lineCount - 1; l >= 0; l--) {
    if (lines.lineText(l).trim()) return { line: l, character: lines.ends[l] - lines.starts[l] };
  }
  return { line: 0, character: 0 };
}
