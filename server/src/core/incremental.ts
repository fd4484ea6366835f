/**
 * Incremental re-analysis after an edit: re-use what the edit cannot change.
 *
 * A plain-text edit that stays inside the body of one talk (below its speaker lines, above the
 * next talk's title) can only change that talk's prose. So only the talk's lines are parsed
 * again (with a little context before and the next talk's heading after, to prove that the
 * talk boundaries did not move), its blocks get their references, mentions and claims from the
 * same stages `analyzeDocument` runs, and everything after the talk is shifted by the line and
 * offset delta. Whenever a document-level decision could change (blank-line layout, weak
 * one-line talk forms, lower-case words the mention finder consults, reference definitions,
 * suppression directives), or the edit is anywhere else, it falls back to `analyzeDocument`.
 *
 * The contract: `reanalyze(prev, text, edits, config)` deep-equals
 * `analyzeDocument({ uri, text, format }, config)`; a property test checks it on random edits.
 */
import type { NotesConfig } from './config';
import { DEFAULT_CONFIG } from './config';
import { analyzeDocument, documentFromStructure } from './analyze';
import type {
  Citation,
  Claim,
  CrossReference,
  Mention,
  NotesDocument,
  PandocCitation,
  Position,
  ProseBlock,
  Range,
  ReferenceDefinition,
  Speaker,
  Talk,
  Suppressions,
  UrlLink,
} from './model/types';
import { LineIndex } from './text/lineIndex';
import { documentLines, rememberLines } from './text/documentLines';
import { parsePlainText } from './parse/plainText';
import { bulletMarker, skipSpaces } from './parse/speakerText';
import { parseTitleSpeakerLine } from './parse/speakerLine';
import { scanInlineReferences } from './references/inline';
import { findSuppressions, isDirectiveLine, lineDirectives } from './claims/suppression';
import { findMentions } from './people/mentions';
import { splitWords } from './people/nameWords';
import { findClaims } from './claims/claims';
import { lowerBound } from './text/lowerBound';

/** One content change, in the coordinates of the text before it (LSP `TextDocumentContentChangeEvent` with a range). */
export interface TextEdit {
  range: Range;
  text: string;
}

/** Why the last `reanalyze` took the path it took (for benchmarks and tests). */
export let lastReanalysis: { incremental: boolean; reason: string } = { incremental: false, reason: 'none' };

/**
 * Analyses `newText`, the text of `prev` after `edits` (applied in order, each in the coordinates
 * left by the previous one). Equal to `analyzeDocument` on the new text; faster when the edit is
 * inside one plain-text talk's prose. Never throws.
 */
export function reanalyze(prev: NotesDocument, newText: string, edits: readonly TextEdit[], config: NotesConfig = DEFAULT_CONFIG): NotesDocument {
  const full = (reason: string): NotesDocument => {
    lastReanalysis = { incremental: false, reason };
    return analyzeDocument({ uri: prev.uri, text: newText, format: prev.format }, config);
  };
  try {
    if (edits.length === 0) return full('no edits');
    let doc = prev;
    for (let i = 0; i < edits.length; i++) {
      const last = i === edits.length - 1;
      const text = last ? newText : applyEdit(doc.text, edits[i]);
      if (text === null) return full('edit outside the text');
      const next = reanalyzeOne(doc, text, edits[i], config);
      if (!next) return full(lastReanalysis.reason);
      doc = next;
    }
    lastReanalysis = { incremental: true, reason: 'talk body' };
    return doc;
  } catch (err) {
    return full(`error: ${String(err)}`);
  }
}

/** Computes whatever per-document tables re-analysis keeps, so that the first keystroke is fast too. */
export function prepareIncremental(doc: NotesDocument): void {
  if (doc.format === 'plaintext' && !doc.outlineOnly) stateOf(doc);
}

function applyEdit(text: string, edit: TextEdit): string | null {
  const lines = new LineIndex(text);
  const s = lines.offsetAt(edit.range.start);
  const e = lines.offsetAt(edit.range.end);
  if (e < s) return null;
  return text.slice(0, s) + edit.text + text.slice(e);
}

// ---------------------------------------------------------------------------------------------
// Per-document state kept for the next edit

interface DocState {
  /** How often each lower-case word occurs in the prose (the mention finder consults the set). */
  lower: Map<string, number>;
  /** Lower-cased forms (and hyphen parts) of every other word: where a change of the set above matters. */
  caps: Map<string, number>;
  /** Blank-line statistics behind `separatesBlocks`. */
  gaps: number;
  nonBlank: number;
  /** Every distinct speaker (name, key, organisation) in document order: all the mention finder needs of the other talks. */
  cast?: Talk;
}

const states = new WeakMap<NotesDocument, DocState>();
function stateOf(doc: NotesDocument): DocState {
  let st = states.get(doc);
  if (!st) {
    st = { lower: new Map(), caps: new Map(), gaps: 0, nonBlank: 0 };
    for (const b of doc.blocks) countWords(b.text, st, 1);
    const lines = documentLines(doc);
    const g = blankStats(doc.text, lines, 0, lines.lineCount - 1, false);
    st.gaps = g.gaps;
    st.nonBlank = g.nonBlank;
    states.set(doc, st);
  }
  return st;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
}

function countWords(text: string, st: DocState, by: number, touched?: Set<string>): void {
  for (const w of splitWords(text)) {
    if (w.shape === 'lower') {
      bump(st.lower, w.text, by);
      touched?.add(w.text);
    } else {
      const l = w.text.toLowerCase();
      bump(st.caps, l, by);
      for (const part of l.split(/[-\u2010\u2011]/)) if (part !== l) bump(st.caps, part, by);
    }
  }
}

function isBlank(text: string, lines: LineIndex, line: number): boolean {
  return skipSpaces(text, lines.starts[line], lines.ends[line]) >= lines.ends[line];
}

/**
 * Gaps and non-blank lines among lines [from, to], as `separatesBlocks` counts them, given
 * whether a non-blank line came before `from` and the line before `from` was not blank.
 */
function blankStats(text: string, lines: LineIndex, from: number, to: number, seenNonBlank: boolean): { gaps: number; nonBlank: number } {
  let gaps = 0;
  let nonBlank = 0;
  let inGap = false;
  let seen = seenNonBlank;
  for (let i = from; i <= to; i++) {
    if (isBlank(text, lines, i)) {
      if (seen) inGap = true;
    } else {
      if (inGap) gaps++;
      inGap = false;
      nonBlank++;
      seen = true;
    }
  }
  return { gaps, nonBlank };
}

function separated(st: { gaps: number; nonBlank: number }): boolean {
  return st.gaps >= 1 && st.nonBlank <= 8 * (st.gaps + 1);
}

// ---------------------------------------------------------------------------------------------
// One edit

function fail(reason: string): null {
  lastReanalysis = { incremental: false, reason };
  return null;
}

function reanalyzeOne(prev: NotesDocument, text: string, edit: TextEdit, config: NotesConfig): NotesDocument | null {
  if (prev.format !== 'plaintext') return fail('markdown');
  if (prev.outlineOnly || text.length > config.maxFileSize) return fail('outline only');
  if (text.charCodeAt(0) === 0xfeff) return fail('byte-order mark');
  const oldLines = documentLines(prev);
  const editStart = oldLines.offsetAt(edit.range.start);
  const editEnd = oldLines.offsetAt(edit.range.end);
  if (editEnd < editStart) return fail('bad range');
  // The edit must turn the old text into the new one exactly.
  if (text.length !== prev.text.length - (editEnd - editStart) + edit.text.length) return fail('text does not match the edit');
  if (!text.startsWith(prev.text.slice(0, editStart)) || !text.endsWith(prev.text.slice(editEnd)) || text.slice(editStart, editStart + edit.text.length) !== edit.text) {
    return fail('text does not match the edit');
  }
  // A line end split by the edit (`\r` + `\n`) changes line structure in ways the shift below does not model.
  if (touchesCrLf(prev.text, editStart, editEnd) || /\r/.test(edit.text)) return fail('carriage return');

  const startLine = oldLines.lineAt(editStart);
  const endLine = oldLines.lineAt(editEnd);
  const ti = talkAt(prev.talks, startLine);
  if (ti < 0) return fail('outside a talk');
  const talk = prev.talks[ti];
  const nextTalk = prev.talks[ti + 1] as Talk | undefined;
  const lastSpeaker = talk.speakers.reduce((m, s) => Math.max(m, s.line), talk.line);
  const oldEnd = nextTalk ? nextTalk.line - 1 : oldLines.lineCount - 1; // last line of the talk's region
  if (startLine <= lastSpeaker || endLine > oldEnd) return fail('edit touches talk boundaries');

  const lines = spliceLineIndex(oldLines, text, startLine, endLine, text.length - prev.text.length);
  const lineDelta = lines.lineCount - oldLines.lineCount;
  const offsetDelta = text.length - prev.text.length;
  const newEnd = oldEnd + lineDelta;

  // Weak one-line talk forms count per document: an edited line of that shape changes the count.
  for (let l = startLine; l <= endLine; l++) if (weakOneLine(oldLines.lineText(l))) return fail('weak one-line form');
  for (let l = talk.line + 1; l <= newEnd; l++) if (l > lastSpeaker && weakOneLine(lines.lineText(l))) return fail('weak one-line form');

  // Blank-line layout of the whole file (`separatesBlocks`), updated by the talk's share.
  const st = stateOf(prev);
  const was = blankStats(prev.text, oldLines, talk.line + 1, Math.min(oldEnd + 1, oldLines.lineCount - 1), true);
  const now = blankStats(text, lines, talk.line + 1, Math.min(newEnd + 1, lines.lineCount - 1), true);
  const blank = { gaps: st.gaps - was.gaps + now.gaps, nonBlank: st.nonBlank - was.nonBlank + now.nonBlank };
  const sep = separated(blank);
  if (sep !== separated(st)) return fail('blank-line layout changed');

  // Parse a window: the last non-blank line before the talk (context), the talk, the next talk's heading.
  let from = talk.line;
  for (let l = talk.line - 1; l >= 0; l--) {
    if (!isBlank(text, lines, l)) {
      from = l;
      break;
    }
  }
  let to = newEnd;
  if (nextTalk) to = nextTalk.speakers.reduce((m, s) => Math.max(m, s.line), nextTalk.line) + lineDelta;
  const winStart = lines.starts[from];
  const winText = text.slice(winStart, lines.ends[to]);
  const winLines = new LineIndex(winText);
  const win = parsePlainText(winText, winLines, { separated: sep });
  const lineShift = from;
  const offShift = winStart;

  // Verify the window found the same talk (and the same next talk) and nothing in between.
  const wTalks = win.talks.map((t) => shiftTalk(t, lineShift));
  const here = wTalks.findIndex((t) => t.line === talk.line);
  if (here < 0) return fail('talk not found again');
  const newTalk = wTalks[here];
  if (newTalk.title !== talk.title || !sameRange(newTalk.titleRange, talk.titleRange) || !sameSpeakers(newTalk.speakers, talk.speakers, 0)) {
    return fail('talk heading changed');
  }
  if (nextTalk) {
    const n = wTalks[here + 1];
    if (!n || n.line !== nextTalk.line + lineDelta || n.title !== nextTalk.title || !sameSpeakers(n.speakers, nextTalk.speakers, lineDelta)) {
      return fail('next talk changed');
    }
    if (wTalks.length > here + 2) return fail('window found extra talks');
  } else if (wTalks.length > here + 1) return fail('window found extra talks');

  // Region blocks and definitions (in document coordinates).
  const inRegion = (line: number): boolean => line > talk.line && line <= newEnd;
  const regionBlocks: ProseBlock[] = win.blocks
    .map((b) => shiftBlock(b, lineShift, offShift))
    .filter((b) => inRegion(b.range.start.line))
    .map((b) => ({ ...b, talk: ti }));
  const regionDefs = win.definitions.map((d) => shiftDefinition(d, lineShift)).filter((d) => inRegion(d.line));
  const oldRegion = (line: number): boolean => line > talk.line && line <= oldEnd;
  const oldDefs = prev.definitions.filter((d) => oldRegion(d.line));
  if (!sameDefinitions(oldDefs, regionDefs, startLine, lineDelta)) return fail('reference definitions changed');

  // The talk itself: new sections and range; the next talk's range does not depend on this one.
  const talks: Talk[] = prev.talks.map((t, i) => (i < ti ? t : i === ti ? { ...talk, range: newTalk.range, sections: newTalk.sections } : shiftTalk(t, lineDelta)));

  // Lower-case words: the mention finder consults the document's set.
  // Blocks are in document order: the talk's region is one run of them.
  const blockStart = firstBlockAfter(prev.blocks, talk.line);
  let blockEnd = blockStart;
  while (blockEnd < prev.blocks.length && oldRegion(prev.blocks[blockEnd].range.start.line)) blockEnd++;
  const oldRegionBlocks = prev.blocks.slice(blockStart, blockEnd);
  const nextState: DocState = { lower: new Map(st.lower), caps: new Map(st.caps), gaps: blank.gaps, nonBlank: blank.nonBlank };
  const touched = new Set<string>();
  for (const b of oldRegionBlocks) countWords(b.text, nextState, -1, touched);
  for (const b of regionBlocks) countWords(b.text, nextState, 1, touched);
  // A word entering or leaving the set matters elsewhere only where some other word lower-cases to it.
  for (const w of touched) {
    if (st.lower.has(w) !== nextState.lower.has(w) && nextState.caps.has(w)) return fail('lower-case vocabulary changed');
  }

  const shiftLine = (line: number): number => (line < talk.line ? line : line + lineDelta);
  const blockDelta = regionBlocks.length - oldRegionBlocks.length;
  const before = (r: Range): boolean => r.start.line < talk.line;
  const afterOld = (r: Range): boolean => r.start.line > oldEnd;

  const definitions: ReferenceDefinition[] = prev.definitions.map((d) => (d.line < startLine ? d : shiftDefinition(d, lineDelta)));
  const blocks: ProseBlock[] = [
    ...prev.blocks.slice(0, blockStart),
    ...regionBlocks,
    ...prev.blocks.slice(blockStart + oldRegionBlocks.length).map((b) => shiftBlock(b, lineDelta, offsetDelta)),
  ];

  const doc: NotesDocument = documentFromStructure(
    { title: prev.title, conference: prev.conference, talks, blocks: regionBlocks, definitions, comments: prev.comments, problems: prev.problems },
    { uri: prev.uri, format: prev.format, text },
  );
  // Stages on the talk's blocks, with the whole document's talks and definitions.
  const refs = scanInlineReferences(doc, lines, false);
  const regionUrls = refs.urls;
  doc.citations = refs.citations;
  doc.pandocCitations = refs.pandocCitations;
  doc.crossReferences = refs.crossReferences;
  doc.urls = regionUrls;

  const suppressions = unchangedSuppressions(prev, oldLines, lines, startLine, endLine, lineDelta, oldRegion) ?? findSuppressions(doc, lines);
  const oldSilenced = prev.suppressions.lines.filter((l) => !oldRegion(l)).map(shiftLine);
  const newSilenced = suppressions.lines.filter((l) => !inRegion(l));
  if (prev.suppressions.file !== suppressions.file || !sameNumbers(oldSilenced, newSilenced)) return fail('suppressions changed');
  doc.suppressions = suppressions;

  // A carrier block with the document's lower-case words, so first names and everyday words are judged as in the whole file.
  const carrier: ProseBlock = { kind: 'paragraph', text: [...nextState.lower.keys()].join(' '), pieces: [], range: zeroRange(), talk: -1, section: -1 };
  // The other talks matter to the mention finder only through their distinct speakers (full names,
  // first names, organisations), so it sees them as one talk before this one (talk index 1).
  // The cast holds the speakers with their lines (the mention finder skips speaker lines), so it
  // carries over only when no line moved; it is kept on the previous state too, so a second edit of
  // the same version (undo, the benchmark) reuses it.
  nextState.cast = lineDelta === 0 ? (st.cast ??= castOf(prev.talks)) : castOf(talks);
  const mentionDoc: NotesDocument = { ...doc, talks: [nextState.cast, talks[ti]], blocks: [...regionBlocks.map((b) => ({ ...b, talk: 1 })), carrier] };
  const regionMentions = findMentions(mentionDoc, lines)
    .filter((m) => m.talk === 1 && inRegion(m.range.start.line))
    .map((m) => ({ ...m, talk: ti }));
  doc.mentions = regionMentions;
  const regionClaims = findClaims(doc, lines, config).map((c) => ({ ...c, block: c.block + blockStart }));

  const splice = <T>(old: readonly T[], range: (x: T) => Range, region: T[], shift: (x: T) => T): T[] => {
    const out: T[] = [];
    let i = 0;
    while (i < old.length && before(range(old[i]))) out.push(old[i++]);
    out.push(...region);
    while (i < old.length && !afterOld(range(old[i]))) i++;
    while (i < old.length) out.push(shift(old[i++]));
    return out;
  };
  const sr = (r: Range): Range => shiftRange(r, lineDelta);

  // Block URLs come first, then the URLs of reference definitions.
  const oldDefLines = new Set(prev.definitions.map((d) => d.line));
  const oldBlockUrls = prev.urls.filter((u) => !oldDefLines.has(u.range.start.line));
  const oldDefUrls = prev.urls.slice(oldBlockUrls.length);
  const urls: UrlLink[] = [
    ...splice(oldBlockUrls, (u) => u.range, regionUrls, (u) => (lineDelta === 0 ? u : { ...u, range: sr(u.range) })),
    ...oldDefUrls.map((u) => (u.range.start.line < startLine || lineDelta === 0 ? u : { ...u, range: sr(u.range) })),
  ];

  const result: NotesDocument = {
    ...doc,
    blocks,
    mentions: splice<Mention>(prev.mentions, (m) => m.range, regionMentions, (m) => (lineDelta === 0 ? m : { ...m, range: sr(m.range) })),
    claims: splice<Claim>(prev.claims, (c) => c.range, regionClaims, (c) => shiftClaim(c, lineDelta, blockDelta)),
    citations: splice<Citation>(prev.citations, (c) => c.range, refs.citations, (c) => (lineDelta === 0 ? c : { ...c, range: sr(c.range) })),
    pandocCitations: splice<PandocCitation>(prev.pandocCitations, (c) => c.range, refs.pandocCitations, (c) => (lineDelta === 0 ? c : { ...c, range: sr(c.range) })),
    crossReferences: splice<CrossReference>(prev.crossReferences, (c) => c.range, refs.crossReferences, (c) =>
      lineDelta === 0 ? c : { ...c, range: sr(c.range), targetRange: sr(c.targetRange) },
    ),
    urls,
    suppressions,
  };
  states.set(result, nextState);
  rememberLines(result, lines);
  return result;
}

/**
 * The line index of the new text from the old one: lines before the edit kept, the edited lines
 * scanned again, the lines after it shifted (a full scan costs more than the rest of an edit).
 */
function spliceLineIndex(old: LineIndex, text: string, startLine: number, endLine: number, delta: number): LineIndex {
  const starts = old.starts.slice(0, startLine + 1);
  const ends = old.ends.slice(0, startLine);
  const to = old.ends[endLine] + delta;
  for (let i = starts[startLine]; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      ends.push(i);
      starts.push(i + 1);
    } else if (c === 13) {
      ends.push(i);
      if (i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(to);
  for (let l = endLine + 1; l < old.starts.length; l++) {
    starts.push(old.starts[l] + delta);
    ends.push(old.ends[l] + delta);
  }
  const lines = Object.create(LineIndex.prototype) as LineIndex;
  return Object.assign(lines, { text, starts, ends });
}

/**
 * The previous suppressions, shifted, when the edit cannot change them: no directive on an edited
 * line before or after, and no `disable-next-line` in the talk (its target line could move). Null otherwise.
 */
function unchangedSuppressions(
  prev: NotesDocument,
  oldLines: LineIndex,
  lines: LineIndex,
  startLine: number,
  endLine: number,
  lineDelta: number,
  oldRegion: (line: number) => boolean,
): Suppressions | null {
  const quiet = (t: string): boolean => lineDirectives(t).length === 0 && !isDirectiveLine(t);
  for (let l = startLine; l <= endLine; l++) if (!quiet(oldLines.lineText(l))) return null;
  for (let l = startLine; l <= endLine + lineDelta; l++) if (!quiet(lines.lineText(l))) return null;
  const s = prev.suppressions;
  if (s.directives.some((d) => d.scope === 'next-line' && oldRegion(d.range.start.line))) return null;
  const move = (l: number): number => (l > endLine ? l + lineDelta : l);
  return {
    file: s.file,
    lines: s.lines.map(move),
    directives: s.directives.map((d) => (d.range.start.line > endLine ? { ...d, range: shiftRange(d.range, lineDelta) } : d)),
  };
}

/** One pseudo-talk holding the first occurrence of every distinct speaker (key, name, organisation), in document order. */
function castOf(talks: readonly Talk[]): Talk {
  const seen = new Set<string>();
  const speakers: Speaker[] = [];
  for (const t of talks) {
    for (const sp of t.speakers) {
      const id = `${sp.key}\u0000${sp.name}\u0000${sp.org ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      speakers.push(sp);
    }
  }
  const r = zeroRange();
  return { title: '', line: 0, titleRange: r, range: r, speakers, sections: [], headingLevel: 0 };
}

function touchesCrLf(text: string, s: number, e: number): boolean {
  const at = (i: number): boolean => i > 0 && i < text.length && text.charCodeAt(i - 1) === 13 && text.charCodeAt(i) === 10;
  return at(s) || at(e);
}

/** Index of the first block starting after a line (blocks are in document order). */
function firstBlockAfter(blocks: readonly ProseBlock[], line: number): number {
  return lowerBound(blocks.length, (i) => blocks[i].range.start.line <= line);
}

/** Index of the talk holding a line, or -1 (preamble). */
function talkAt(talks: readonly Talk[], line: number): number {
  let lo = 0;
  let hi = talks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (talks[mid].line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A line that a weak one-line talk form could read (`Title — Name`): those count per document. */
function weakOneLine(line: string): boolean {
  if (line.length === 0) return false;
  const b = bulletMarker(line);
  const content = b ? line.slice(b.contentStart) : line;
  for (const c of b ? [content, line] : [line]) {
    const p = parseTitleSpeakerLine(c);
    if (p && !p.strong) return true;
  }
  return false;
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function samePos(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function sameRange(a: Range, b: Range): boolean {
  return samePos(a.start, b.start) && samePos(a.end, b.end);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSpeakers(a: readonly Speaker[], b: readonly Speaker[], lineDelta: number): boolean {
  if (a.length !== b.length) return false;
  return a.every((s, i) => {
    const o = b[i];
    return (
      s.name === o.name &&
      s.key === o.key &&
      s.role === o.role &&
      s.org === o.org &&
      s.line === o.line + lineDelta &&
      sameRange(s.nameRange, shiftRange(o.nameRange, lineDelta)) &&
      sameRange(s.lineRange, shiftRange(o.lineRange, lineDelta))
    );
  });
}

/** Definitions of the talk before and after: same markers and texts, lines shifted after the edit. */
function sameDefinitions(old: readonly ReferenceDefinition[], now: readonly ReferenceDefinition[], editLine: number, lineDelta: number): boolean {
  if (old.length !== now.length) return false;
  return old.every((d, i) => {
    const n = now[i];
    const shifted = d.line < editLine ? d : shiftDefinition(d, lineDelta);
    return (
      n.marker === d.marker &&
      n.id === d.id &&
      n.text === d.text &&
      n.url === d.url &&
      n.line === shifted.line &&
      sameRange(n.range, shifted.range) &&
      sameRange(n.markerRange, shifted.markerRange)
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Shifting (new objects; the previous document is never mutated)

function shiftPos(p: Position, d: number): Position {
  return { line: p.line + d, character: p.character };
}

function shiftRange(r: Range, d: number): Range {
  return d === 0 ? r : { start: shiftPos(r.start, d), end: shiftPos(r.end, d) };
}

function shiftTalk(t: Talk, d: number): Talk {
  if (d === 0) return t;
  return {
    ...t,
    line: t.line + d,
    titleRange: shiftRange(t.titleRange, d),
    range: shiftRange(t.range, d),
    speakers: t.speakers.map((s) => ({ ...s, line: s.line + d, nameRange: shiftRange(s.nameRange, d), lineRange: shiftRange(s.lineRange, d) })),
    sections: t.sections.map((s) => ({ ...s, line: s.line + d, titleRange: shiftRange(s.titleRange, d), range: shiftRange(s.range, d) })),
  };
}

function shiftBlock(b: ProseBlock, d: number, off: number): ProseBlock {
  if (d === 0 && off === 0) return b;
  return { ...b, range: shiftRange(b.range, d), pieces: off === 0 ? b.pieces : b.pieces.map((p) => ({ ...p, docStart: p.docStart + off })) };
}

function shiftDefinition(x: ReferenceDefinition, d: number): ReferenceDefinition {
  if (d === 0) return x;
  return { ...x, line: x.line + d, range: shiftRange(x.range, d), markerRange: shiftRange(x.markerRange, d) };
}

function shiftClaim(c: Claim, d: number, blockDelta: number): Claim {
  if (d === 0 && blockDelta === 0) return c;
  return {
    ...c,
    range: shiftRange(c.range, d),
    cues: d === 0 ? c.cues : c.cues.map((q) => ({ ...q, range: shiftRange(q.range, d) })),
    sources: d === 0 ? c.sources : c.sources.map((s) => ({ ...s, range: shiftRange(s.range, d) })),
    block: c.block + blockDelta,
  };
}
