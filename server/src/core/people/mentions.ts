import type { Mention, NotesDocument, ProseBlock, Speaker } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { personKey } from '../text/names';
import { blockRange, docOffset } from '../text/pieces';
import { codeSpans, maskCode, splitWords, type Word } from './nameWords';
import { CALENDAR_WORDS, FUNCTION_WORDS, HONORIFICS, WORDLIKE_NAMES } from './nonPeople';
import { cueAfter, isCommon, isGiven, isOrdinary, judge, lowerOf, type NameContext, type WordRun } from './readsAsPerson';
import { collectSpeakerNames } from './speakerNames';

/**
 * Finds full-name and first-name mentions of people in the document's prose blocks
 * (SPEC §2 "People and mentions").
 *
 * Per block, one pass splits the text into words and groups them into runs of words separated
 * by spaces only; each run is read left to right: a speaker's full name, else a capitalised
 * segment that reads as a person, else single words equal to a speaker's first name. All look-ups
 * go to maps prepared once per document, so the scan is linear in the text.
 */
export function findMentions(doc: NotesDocument, lines: LineIndex): Mention[] {
  const names = collectSpeakerNames(doc);
  const blockWords = doc.blocks.map((b) => {
    const words = splitWords(b.text);
    maskCode(words, codeSpans(b.text));
    return words;
  });
  const ctx: Context = {
    lines,
    names,
    lowerWords: collectLowerWords(blockWords),
    skip: skipIntervals(doc, lines),
    out: [],
  };
  doc.blocks.forEach((block, i) => scanBlock(ctx, block, blockWords[i]));
  return ctx.out;
}

interface Context extends NameContext {
  lines: LineIndex;
  /** Sorted, disjoint document offsets where no mention may be (links, URLs, speaker names). */
  skip: [number, number][];
  out: Mention[];
}

/** Per-block state of the scan. */
interface BlockScan extends WordRun {
  block: ProseBlock;
}

function collectLowerWords(blockWords: Word[][]): Set<string> {
  const out = new Set<string>();
  for (const words of blockWords) for (const w of words) if (w.shape === 'lower') out.add(w.text);
  return out;
}

function skipIntervals(doc: NotesDocument, lines: LineIndex): [number, number][] {
  const ranges = [...doc.crossReferences.map((r) => r.range), ...doc.urls.map((u) => u.range)];
  for (const talk of doc.talks) for (const s of talk.speakers) ranges.push(s.nameRange);
  const spans = ranges.map((r) => [lines.offsetAt(r.start), lines.offsetAt(r.end)] as [number, number]).sort((a, b) => a[0] - b[0]);
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

const SPACES = ' \u00a0\u202f\t';
// A colon does not start a sentence for names: `Speakers: Kalinda Ortiz, …`.
const SENTENCE_ENDS = '.!?\u2022';

/** End of a word in the text including its possessive `'s`. */
function rawEnd(w: Word): number {
  return w.possessive ? w.end + 2 : w.end;
}

function scanBlock(ctx: Context, block: ProseBlock, words: Word[]): void {
  if (words.length === 0) return;
  const text = block.text;
  const initial: boolean[] = new Array(words.length);
  const sentenceStart: boolean[] = new Array(words.length);
  let capitals = 0;
  let lowers = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if ((w.shape === 'cap' || w.shape === 'acronym' || w.shape === 'camel') && !FUNCTION_WORDS.has(lowerOf(w))) capitals++;
    else if (w.shape === 'lower' && !FUNCTION_WORDS.has(w.text)) lowers++;
    if (k === 0) {
      initial[k] = sentenceStart[k] = true;
      continue;
    }
    const prev = words[k - 1];
    const gap = text.slice(rawEnd(prev), w.start);
    let ends = false;
    for (const ch of gap) if (SENTENCE_ENDS.includes(ch)) ends = true;
    // `So Ben`, `The Adaptive`: a capitalised function word that starts a sentence passes that on.
    sentenceStart[k] = ends;
    initial[k] = ends || (!prev.possessive && initial[k - 1] && isSpaces(gap) && FUNCTION_WORDS.has(lowerOf(prev)) && prev.shape === 'cap');
  }
  // A heading capitalises every content word and ends without a full stop; a sentence that is
  // mostly names still has a lower-case verb or a full stop.
  // A list of names (`Speakers: Ann Lee, Bo Park`) has commas a heading rarely has.
  const titleCase = capitals >= 3 && lowers === 0 && !endsLikeSentence(text) && !text.includes(',');
  const scan: BlockScan = { block, text, words, initial, sentenceStart, titleCase };
  let k = 0;
  while (k < words.length) {
    let end = k + 1;
    while (end < words.length && joined(text, words[end - 1], words[end])) end++;
    scanRun(ctx, scan, k, end);
    k = end;
  }
}

const CLOSERS = '"\'\u2019\u201d)]*_ ';

function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  return i >= 0 && '.!?'.includes(text[i]);
}

/** One to three spaces: what stands between the words of a name (two after a full stop). */
function isSpaces(gap: string): boolean {
  if (gap.length === 0 || gap.length > 3) return false;
  for (const ch of gap) if (!SPACES.includes(ch)) return false;
  return true;
}

/** Two words belong to one run of a name: spaces between them, nothing else (`Dr. Ann Lee` too). */
function joined(text: string, prev: Word, next: Word): boolean {
  if (prev.possessive) return false;
  const gap = text.slice(prev.end, next.start);
  if (isSpaces(gap)) return true;
  return gap[0] === '.' && isSpaces(gap.slice(1)) && HONORIFICS.has(lowerOf(prev));
}

/** True when a word can stand in a name as written (capitalised, all caps, initials, a script without case). */
function nameShaped(w: Word): boolean {
  return w.shape === 'cap' || w.shape === 'acronym' || w.shape === 'caseless' || w.shape === 'initial';
}

/** Reads the run of words [from, to) of one block. */
function scanRun(ctx: Context, scan: BlockScan, from: number, to: number): void {
  const { words } = scan;
  let j = from;
  let honorific = false;
  while (j < to) {
    const known = knownNameAt(ctx, scan, j, to);
    if (known > 0) {
      emitKnown(ctx, scan, j, j + known);
      j += known;
      honorific = false;
      continue;
    }
    const w = words[j];
    if (!segmentWord(w)) {
      // A speaker's first name that is also a function word (`Per`) counts inside a sentence.
      if (w.shape === 'cap' && !scan.initial[j]) emitFirstName(ctx, scan, j);
      honorific = HONORIFICS.has(lowerOf(w));
      j++;
      continue;
    }
    let end = j + 1;
    while (end < to && (segmentWord(words[end]) || words[end].shape === 'particle') && knownNameAt(ctx, scan, end, to) === 0) end++;
    while (end > j + 1 && words[end - 1].shape === 'particle') end--;
    readSegment(ctx, scan, j, end, honorific);
    honorific = false;
    j = end;
  }
}

/** A word that can be part of a capitalised segment: name-shaped and not a function or calendar word. */
function segmentWord(w: Word): boolean {
  if (w.shape !== 'cap' && w.shape !== 'caseless' && w.shape !== 'initial') return false;
  const l = lowerOf(w);
  return !FUNCTION_WORDS.has(l) && !CALENDAR_WORDS.has(l) && !HONORIFICS.has(l);
}

/** Length in words of a speaker's full name starting at word `j`, or 0. Longest match wins. */
function knownNameAt(ctx: Context, scan: BlockScan, j: number, to: number): number {
  const { words, block } = scan;
  if (!nameShaped(words[j]) || ctx.names.fullNames.size === 0) return 0;
  const max = Math.min(ctx.names.maxWords, to - j);
  for (let len = max; len >= 2; len--) {
    const last = words[j + len - 1];
    if (!nameShaped(last)) continue;
    let ok = true;
    for (let m = j + 1; m < j + len - 1; m++) if (!nameShaped(words[m]) && words[m].shape !== 'particle') ok = false;
    if (!ok) continue;
    if (ctx.names.fullNames.has(personKey(block.text.slice(words[j].start, last.end)))) return len;
  }
  return 0;
}

function emitKnown(ctx: Context, scan: BlockScan, from: number, to: number): void {
  const { block, words } = scan;
  const name = block.text.slice(words[from].start, words[to - 1].end);
  const speaker = pickSpeaker(ctx.names.fullNames.get(personKey(name)) ?? [], block.talk);
  if (!speaker) return;
  emit(ctx, block, words[from].start, words[to - 1].end, speaker.key || personKey(speaker.name), speaker.name, false);
}

function pickSpeaker(list: { speaker: Speaker; talk: number }[], talk: number): Speaker | undefined {
  return (list.find((s) => s.talk === talk) ?? list[0])?.speaker;
}

function emitFirstName(ctx: Context, scan: BlockScan, j: number): void {
  const w = scan.words[j];
  const talk = scan.block.talk;
  const speaker = (talk >= 0 ? ctx.names.talkFirstNames[talk]?.get(w.text) : undefined) ?? ctx.names.documentFirstNames.get(w.text);
  if (!speaker) return;
  // `Will it scale?` with a speaker Will Wilson: a first name that is also a word the notes use,
  // capitalised only by the sentence, is a name only when the sentence goes on like one.
  const l = lowerOf(w);
  if (scan.initial[j] && (ctx.lowerWords.has(l) || WORDLIKE_NAMES.has(l)) && !w.possessive && !cueAfter(scan, j + 1)) return;
  emit(ctx, scan.block, w.start, w.end, speaker.key || personKey(speaker.name), speaker.name, true);
}

/** A capitalised segment [from, to): a person's name, an organisation or thing, or single words. */
function readSegment(ctx: Context, scan: BlockScan, from: number, to: number, honorific: boolean): void {
  let start = from;
  let end = to;
  // `Kyle Kingsbury Breaks Databases`: everyday words of a title after a name are not part of it
  // (organisation words stay, so `Grace Hopper Celebration` remains a thing).
  if (isGiven(ctx, scan.words[start])) {
    while (end - start > 2 && isCommon(ctx, scan.words[end - 1])) end--;
  }
  // `Watch Peter Alvaro's talk`, `Staff Engineer Jane Smith`: ordinary words before a name are not part of it.
  while (end - start >= 3 && isOrdinary(ctx, scan.words[start]) && !isGiven(ctx, scan.words[start])) start++;
  const verdict = end - start >= 2 ? judge(ctx, scan, start, end, honorific) : 'unsure';
  if (verdict === 'person') {
    const { block, words } = scan;
    const name = block.text.slice(words[start].start, words[end - 1].end);
    const key = personKey(name);
    const speaker = pickSpeaker(ctx.names.fullNames.get(key) ?? [], block.talk);
    emit(ctx, block, words[start].start, words[end - 1].end, key, speaker ? speaker.name : name.replace(/\s+/g, ' '), false);
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
    range: blockRange(block, ctx.lines, start, end),
    key,
    person,
    firstName,
    talk: block.talk,
  });
}
