import type { Mention, NotesDocument, ProseBlock, Speaker } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { personKey } from '../text/names';
import { docOffset } from '../text/pieces';
import { BlockScan } from './blockScan';
import { type BlockWords, DocumentWords, SHAPES } from './documentWords';
import type { Word } from './nameWords';
import { WORDLIKE_NAMES } from './nonPeople';
import { cueAfter, foldWord, isCommon, isGiven, isOrdinary, judge, lowerOf, type NameContext } from './readsAsPerson';
import { collectSpeakerNames } from './speakerNames';
import { WordFacts } from './wordFacts';
import { lowerBound } from '../text/lowerBound';

/**
 * Finds full-name and first-name mentions of people in the document's prose blocks
 * (SPEC §2 "People and mentions").
 *
 * One pass splits every block into words (`DocumentWords`); then, per block, the words are
 * grouped into runs of words separated by spaces only, and each run holding a word that can
 * stand in a name is read left to right: a speaker's full name, else a capitalised segment that
 * reads as a person, else single words equal to a speaker's first name. All look-ups go to maps
 * prepared once per document, so the scan is linear in the text.
 */
export function findMentions(doc: NotesDocument, lines: LineIndex): Mention[] {
  return mentionsWith(doc, lines, scanBlock);
}

/**
 * `findMentions` reading every run of words whole (`scanBlockByRuns`): the reference the tests
 * hold the scan to, which looks only at the words around name-shaped ones.
 */
export function findMentionsByRuns(doc: NotesDocument, lines: LineIndex): Mention[] {
  return mentionsWith(doc, lines, scanBlockByRuns);
}

function mentionsWith(doc: NotesDocument, lines: LineIndex, scanOne: (ctx: Context, block: ProseBlock, words: BlockWords) => void): Mention[] {
  const names = collectSpeakerNames(doc);
  // Every block's lower-case words come first: a word written in lower case anywhere tells how
  // to read it capitalised.
  const documentWords = new DocumentWords(doc.blocks.map((b) => b.text));
  const wordKey = memo(personKey);
  const ctx: Context = {
    lines,
    names,
    lowerWords: documentWords.lowerWords,
    fold: memo(foldWord),
    wordKey,
    facts: new WordFacts(documentWords, names, wordKey),
    skip: skipIntervals(doc, lines),
    out: [],
  };
  doc.blocks.forEach((block, b) => scanOne(ctx, block, documentWords.block(b, block.text)));
  return ctx.out;
}

interface Context extends NameContext {
  lines: LineIndex;
  /** `personKey` of single words and candidate names, remembered for the document. */
  wordKey: (word: string) => string;
  facts: WordFacts;
  /** Sorted, disjoint document offsets where no mention may be (links, URLs, speaker names). */
  skip: [number, number][];
  out: Mention[];
}

/** `f` remembering its answers: for word look-ups repeated over a document. */
function memo(f: (s: string) => string): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) {
      v = f(s);
      known.set(s, v);
    }
    return v;
  };
}

function skipIntervals(doc: NotesDocument, lines: LineIndex): [number, number][] {
  // One array literal filled by push, not spreads of `map` results: a literal's arrays all get
  // the elements kind it learnt, where a spread or `map` result is empty (Smi kind) or not by
  // document, which threw the optimised code of this function away again and again.
  const spans: [number, number][] = [];
  for (const r of doc.crossReferences) spans.push([lines.offsetAt(r.range.start), lines.offsetAt(r.range.end)]);
  for (const u of doc.urls) spans.push([lines.offsetAt(u.range.start), lines.offsetAt(u.range.end)]);
  for (const talk of doc.talks) for (const s of talk.speakers) spans.push([lines.offsetAt(s.nameRange.start), lines.offsetAt(s.nameRange.end)]);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

function overlapsSkip(skip: [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = skip.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = skip[mid];
    if (e <= start) lo = mid + 1;
    else if (s >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

// Shape codes of `BlockWords.code`, as local constants for the loops below.
const CAP = SHAPES.indexOf('cap');
const PARTICLE = SHAPES.indexOf('particle');
const ACRONYM = SHAPES.indexOf('acronym');
const CASELESS = SHAPES.indexOf('caseless');
const INITIAL = SHAPES.indexOf('initial');

/**
 * Reads one block: the words between spaces form runs, and a run is read left to right from
 * each name-shaped word (`step`). The words in between cannot stand in a name, and all they
 * tell is whether the word right before a segment is an honorific: so the scan goes from one
 * name-shaped word to the next, and asks how far a run reaches only as far as a step looks
 * (`RunReach`), instead of walking every run whole as `scanBlockByRuns` does.
 */
function scanBlock(ctx: Context, block: ProseBlock, words: BlockWords): void {
  const n = words.length;
  let scan: BlockScan | null = null;
  let reach: RunReach | null = null;
  // Words before `read` are read; `honorific` is what word `read - 1` says of a segment at `read`.
  let read = 0;
  let honorific = false;
  let k = 0;
  for (;;) {
    while (k < n && !nameShaped(words.code(k))) k++;
    if (k >= n) return;
    scan ??= new BlockScan(block, words, ctx.facts);
    reach ??= new RunReach(scan, n);
    // Unread words before `k` are no names; the last of them speaks only when `k` is its run's next word.
    if (k > read) honorific = startsSegment(words.code(k)) && scan.joined(k - 1) && scan.honorific(k - 1);
    reach.startAt(k);
    const next = step(ctx, scan, reach, k, honorific);
    honorific = next < 0;
    read = next < 0 ? k + 1 : next;
    k = read;
  }
}

/** How far the run holding a given word reaches, found by asking `joined` no further than needed. */
class RunReach {
  /** Words from the start up to `last` are in the run. */
  private last = 0;
  /** Where the run ends (exclusive) once found, else -1. */
  private end = -1;

  constructor(
    private readonly scan: BlockScan,
    private readonly count: number,
  ) {}

  startAt(k: number): void {
    this.last = k;
    this.end = -1;
  }

  /** Word `x` (at or after the start) is in the run. */
  has(x: number): boolean {
    if (x <= this.last) return true;
    if (this.end >= 0) return false;
    while (this.last < x) {
      if (this.last + 1 >= this.count || !this.scan.joined(this.last)) {
        this.end = this.last + 1;
        return false;
      }
      this.last++;
    }
    return true;
  }
}

/**
 * Reads from name-shaped word `j` of its run (what one pass of `scanRun` does there): a speaker's
 * full name, a capitalised segment, or a single word. Returns the index of the first word left
 * unread, or -1 when that is `j + 1` and word `j` is an honorific before a segment there.
 */
function step(ctx: Context, scan: BlockScan, reach: RunReach, j: number, honorific: boolean): number {
  const { words } = scan;
  const known = knownNameIn(ctx, scan, reach, j);
  if (known > 0) {
    emitKnown(ctx, scan, j, j + known);
    return j + known;
  }
  if (!segmentWord(ctx, words, j)) {
    if (words.code(j) === CAP && mayBeFirstName(ctx, words, j) && !scan.initial(j)) emitFirstName(ctx, scan, j);
    return reach.has(j + 1) && startsSegment(words.code(j + 1)) && scan.honorific(j) ? -1 : j + 1;
  }
  let end = j + 1;
  while (reach.has(end) && (segmentWord(ctx, words, end) || words.code(end) === PARTICLE) && knownNameIn(ctx, scan, reach, end) === 0) end++;
  while (end > j + 1 && words.code(end - 1) === PARTICLE) end--;
  readSegment(ctx, scan, j, end, honorific);
  return end;
}

/** `knownNameAt` for a word of the run `reach` measures. */
function knownNameIn(ctx: Context, scan: BlockScan, reach: RunReach, j: number): number {
  const { words } = scan;
  if (!nameShaped(words.code(j)) || ctx.names.fullNames.size === 0) return 0;
  if (!ctx.facts.nameHead(words.id(j))) return 0;
  let max = ctx.names.maxWords;
  while (max > 1 && !reach.has(j + max - 1)) max--;
  return knownNameAt(ctx, scan, j, j + max);
}

/** The reference scan of one block (`findMentionsByRuns`): every run with a name-shaped word, read whole. */
function scanBlockByRuns(ctx: Context, block: ProseBlock, words: BlockWords): void {
  const n = words.length;
  let scan: BlockScan | null = null;
  let k = 0;
  while (k < n) {
    // A run without a word that can stand in a name finds nothing: go straight to the next
    // name-shaped word, then back to the start of its run. Runs split the words into disjoint
    // spans, so walking back stops at the end of the run read last (where `joined` is false).
    while (k < n && !nameShaped(words.code(k))) k++;
    if (k === n) return;
    scan ??= new BlockScan(block, words, ctx.facts);
    let from = k;
    while (from > 0 && scan.joined(from - 1)) from--;
    let end = k + 1;
    while (end < n && scan.joined(end - 1)) end++;
    scanRun(ctx, scan, from, end);
    k = end;
  }
}

/** True when a word can stand in a name as written (capitalised, all caps, initials, a script without case). */
function nameShaped(code: number): boolean {
  return code === CAP || code === ACRONYM || code === CASELESS || code === INITIAL;
}

/** Reads the run of words [from, to) of one block. */
function scanRun(ctx: Context, scan: BlockScan, from: number, to: number): void {
  const { words } = scan;
  let j = from;
  let honorific = false;
  while (j < to) {
    // Most words of a run are prose that cannot stand in a name; unless a segment follows (the
    // honorific test), all the steps below leave them be, so step over them.
    if (!nameShaped(words.code(j)) && !(j + 1 < to && startsSegment(words.code(j + 1)))) {
      honorific = false;
      j++;
      continue;
    }
    const known = knownNameAt(ctx, scan, j, to);
    if (known > 0) {
      emitKnown(ctx, scan, j, j + known);
      j += known;
      honorific = false;
      continue;
    }
    if (!segmentWord(ctx, words, j)) {
      // A speaker's first name that is also a function word (`Per`) counts inside a sentence.
      // (Whether it is a first name at all is the cheaper question, so it goes first.)
      if (words.code(j) === CAP && mayBeFirstName(ctx, words, j) && !scan.initial(j)) emitFirstName(ctx, scan, j);
      // Only a segment right after it reads the flag, so most words skip the look-up.
      honorific = j + 1 < to && startsSegment(words.code(j + 1)) && scan.honorific(j);
      j++;
      continue;
    }
    let end = j + 1;
    while (end < to && (segmentWord(ctx, words, end) || words.code(end) === PARTICLE) && knownNameAt(ctx, scan, end, to) === 0) end++;
    while (end > j + 1 && words.code(end - 1) === PARTICLE) end--;
    readSegment(ctx, scan, j, end, honorific);
    honorific = false;
    j = end;
  }
}

/** The shapes `segmentWord` accepts, before its list look-ups. */
function startsSegment(code: number): boolean {
  return code === CAP || code === CASELESS || code === INITIAL;
}

/** Word `k` can be part of a capitalised segment: name-shaped and not a function or calendar word. */
function segmentWord(ctx: Context, words: BlockWords, k: number): boolean {
  // Those shapes are never plain lower case, so the word has an id.
  return startsSegment(words.code(k)) && !ctx.facts.breaksSegment(words.id(k));
}

/** False when no speaker has word `k` for first name, so `emitFirstName` would find none. */
function mayBeFirstName(ctx: Context, words: BlockWords, k: number): boolean {
  const id = words.id(k);
  return id < 0 || ctx.facts.firstName(id);
}

/** Length in words of a speaker's full name starting at word `j`, or 0. Longest match wins. */
function knownNameAt(ctx: Context, scan: BlockScan, j: number, to: number): number {
  const { words, block } = scan;
  if (!nameShaped(words.code(j)) || ctx.names.fullNames.size === 0) return 0;
  // The folded name begins with this word's key, followed by a space or a dot: when no name
  // starts with it, there is no need to build and fold a candidate of each length.
  if (!ctx.facts.nameHead(words.id(j))) return 0;
  const max = Math.min(ctx.names.maxWords, to - j);
  for (let len = max; len >= 2; len--) {
    if (!nameShaped(words.code(j + len - 1))) continue;
    let ok = true;
    for (let m = j + 1; m < j + len - 1; m++) if (!nameShaped(words.code(m)) && words.code(m) !== PARTICLE) ok = false;
    if (!ok) continue;
    if (ctx.names.fullNames.has(ctx.wordKey(block.text.slice(words.start(j), words.end(j + len - 1))))) return len;
  }
  return 0;
}

function emitKnown(ctx: Context, scan: BlockScan, from: number, to: number): void {
  const { block, words } = scan;
  const start = words.start(from);
  const end = words.end(to - 1);
  const speaker = pickSpeaker(ctx.names.fullNames.get(ctx.wordKey(block.text.slice(start, end))) ?? [], block.talk);
  if (!speaker) return;
  emit(ctx, block, start, end, speaker.key || personKey(speaker.name), speaker.name, false);
}

/** The speaker of that name in talk `talk`, else the first one in the document. */
function pickSpeaker(list: { speaker: Speaker; talk: number }[], talk: number): Speaker | undefined {
  // The list is in talk order (`buildSpeakerNames`), and one person may speak in hundreds of
  // talks of a long file: a binary search for the first entry of `talk`, not a walk.
  const lo = lowerBound(list.length, (i) => list[i].talk < talk);
  return (lo < list.length && list[lo].talk === talk ? list[lo] : list[0])?.speaker;
}

function emitFirstName(ctx: Context, scan: BlockScan, j: number): void {
  if (!mayBeFirstName(ctx, scan.words, j)) return;
  const w = scan.words.word(j) as Word;
  const talk = scan.block.talk;
  const speaker = (talk >= 0 ? ctx.names.talkFirstNames[talk]?.get(w.text) : undefined) ?? ctx.names.documentFirstNames.get(w.text);
  if (!speaker) return;
  // `Will it scale?` with a speaker Will Wilson: a first name that is also a word the notes use,
  // capitalised only by the sentence, is a name only when the sentence goes on like one.
  const l = lowerOf(w);
  if (scan.initial(j) && (ctx.lowerWords.has(l) || WORDLIKE_NAMES.has(l)) && !w.possessive && !cueAfter(scan, j + 1)) return;
  emit(ctx, scan.block, w.start, w.end, speaker.key || personKey(speaker.name), speaker.name, true);
}

/** A capitalised segment [from, to): a person's name, an organisation or thing, or single words. */
function readSegment(ctx: Context, scan: BlockScan, from: number, to: number, honorific: boolean): void {
  const { words } = scan;
  let start = from;
  let end = to;
  // `Kyle Kingsbury Breaks Databases`: everyday words of a title after a name are not part of it
  // (organisation words stay, so `Grace Hopper Celebration` remains a thing).
  if (end - start > 2 && isGiven(ctx, words.word(start) as Word)) {
    while (end - start > 2 && isCommon(ctx, words.word(end - 1) as Word)) end--;
  }
  // `Watch Peter Alvaro's talk`, `Staff Engineer Jane Smith`: ordinary words before a name are not part of it.
  while (end - start >= 3 && isOrdinary(ctx, words.word(start) as Word) && !isGiven(ctx, words.word(start) as Word)) start++;
  const verdict = end - start >= 2 ? judge(ctx, scan, start, end, honorific) : 'unsure';
  if (verdict === 'person') {
    const { block } = scan;
    const s = words.start(start);
    const e = words.end(end - 1);
    const name = block.text.slice(s, e);
    // The same people are named on every page of a long file.
    const key = ctx.wordKey(name);
    const speaker = pickSpeaker(ctx.names.fullNames.get(key) ?? [], block.talk);
    emit(ctx, block, s, e, key, speaker ? speaker.name : name.replace(/\s+/g, ' '), false);
    return;
  }
  if (verdict === 'thing') return;
  for (let m = from; m < to; m++) emitFirstName(ctx, scan, m);
}

function emit(ctx: Context, block: ProseBlock, start: number, end: number, key: string, person: string, firstName: boolean): void {
  const docStart = docOffset(block.pieces, start);
  const docEnd = docOffset(block.pieces, end - 1) + 1;
  if (overlapsSkip(ctx.skip, docStart, docEnd)) return;
  ctx.out.push({
    name: block.text.slice(start, end),
    // `blockRange(block, lines, start, end)` from the offsets at hand.
    range: ctx.lines.range(docStart, end > start ? docEnd : docStart),
    key,
    person,
    firstName,
    talk: block.talk,
  });
}
