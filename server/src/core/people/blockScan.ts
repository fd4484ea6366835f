import type { ProseBlock } from '../model/types';
import { type BlockWords, POSSESSIVE, SHAPES } from './documentWords';
import { signature } from './lowerWords';
import type { Word } from './nameWords';
import { FUNCTION_WORDS, HONORIFICS } from './nonPeople';
import { lowerOf, type WordRun } from './readsAsPerson';
import type { WordFacts } from './wordFacts';

const CAP = SHAPES.indexOf('cap');
const LOWER = SHAPES.indexOf('lower');
const ACRONYM = SHAPES.indexOf('acronym');
const CAMEL = SHAPES.indexOf('camel');
const OTHER = SHAPES.indexOf('other');
// A module constant, not the import: under the CommonJS output tests and benchmarks run (tsx),
// reading an imported binding calls a getter, and `joined` reads this once per word.
const POSSESSIVE_BIT = POSSESSIVE;
// The same for these, read by `honorific` at every full stop the scan meets.
const signatureOf = signature;
const HONORIFIC_WORDS = HONORIFICS;
// What is known of a word, in its `BlockWords.note`: two bits for `initial`, two for `sentenceStart`.
const UNKNOWN = 0;
const NO = 1;
const YES = 2;
const START_SHIFT = 2;
let longest = 0;
for (const h of HONORIFICS) longest = Math.max(longest, h.length);
const LONGEST_HONORIFIC = longest;
/** 1 at the `signature` of each honorific (all are letters a-z). */
const HONORIFIC_SIGNATURES = new Uint8Array(1 << 14);
for (const h of HONORIFICS) HONORIFIC_SIGNATURES[signature(h, 0, h.length)] = 1;

/**
 * One prose block as the mention scan reads it: its words and what their positions tell
 * (sentence starts, a heading in title case). Each fact is worked out when first asked and
 * remembered: the scan asks about capitalised words and their neighbours, not every word.
 */
export class BlockScan implements WordRun {
  readonly text: string;
  private title = UNKNOWN;

  constructor(
    readonly block: ProseBlock,
    readonly words: BlockWords,
    readonly facts: WordFacts,
  ) {
    this.text = block.text;
  }

  sentenceStart(k: number): boolean {
    if (k === 0) return true;
    const note = this.words.note(k);
    let known = note >> START_SHIFT;
    if (known === UNKNOWN) {
      known = NO;
      // A colon does not start a sentence for names: `Speakers: Kalinda Ortiz, …`.
      for (let i = this.gapStart(k); i < this.words.start(k); i++) if (isSentenceEnd(this.text.charCodeAt(i))) known = YES;
      this.words.setNote(k, (note & 3) | (known << START_SHIFT));
    }
    return known === YES;
  }

  initial(k: number): boolean {
    // `So Ben`, `The Adaptive`: a capitalised function word that starts a sentence passes that
    // on. Walk back over such words to one whose answer stands alone (no recursion: a line of
    // a million `The` would not fit on the stack), then remember the answer for all of them.
    const words = this.words;
    let j = k;
    while (j > 0 && (words.note(j) & 3) === UNKNOWN && !this.sentenceStart(j) && this.passesOn(j - 1)) j--;
    const known = words.note(j) & 3;
    const answer = j === 0 || known === YES || (known === UNKNOWN && this.sentenceStart(j));
    for (let i = j; i <= k; i++) words.setNote(i, (words.note(i) & ~3) | (answer ? YES : NO));
    return answer;
  }

  /** Every content word is capitalised: a heading or a title, where capitals say little. */
  titleCase(): boolean {
    if (this.title === UNKNOWN) {
      // A heading capitalises every content word and ends without a full stop; a sentence that
      // is mostly names still has a lower-case verb or a full stop. A list of names
      // (`Speakers: Ann Lee, Bo Park`) has commas a heading rarely has.
      this.title = !this.text.includes(',') && !endsLikeSentence(this.text) && this.capitalisedThroughout() ? YES : NO;
    }
    return this.title === YES;
  }

  /** Words `k` and `k + 1` belong to one run of a name: spaces between them, nothing else (`Dr. Ann Lee` too). */
  joined(k: number): boolean {
    const words = this.words;
    if (words.kind(k) & POSSESSIVE_BIT) return false;
    const end = words.end(k);
    const next = words.start(k + 1);
    if (isSpaces(this.text, end, next)) return true;
    return next > end && this.text.charCodeAt(end) === 0x2e && isSpaces(this.text, end + 1, next) && this.honorific(k);
  }

  /** Word `k` is an honorific (`Dr`), without building the word when its text rules that out. */
  honorific(k: number): boolean {
    const words = this.words;
    const id = words.id(k);
    if (id >= 0) return this.facts.honorific(id);
    const start = words.start(k);
    const end = words.end(k);
    // Without an id and outside code, a word is letters a-z, its own lower case: its length and
    // first and last letters rule out nearly every one before a string is built.
    if (words.code(k) !== OTHER) return HONORIFIC_SIGNATURES[signatureOf(this.text, start, end)] === 1 && HONORIFIC_WORDS.has(this.text.slice(start, end));
    // Lower-casing never shortens a word (checked over all of Unicode).
    if (end - start > LONGEST_HONORIFIC) return false;
    return HONORIFIC_WORDS.has(lowerOf(words.word(k) as Word));
  }

  /** Word `k` is a capitalised function word followed by spaces only. */
  private passesOn(k: number): boolean {
    return this.words.kind(k) === CAP && isSpaces(this.text, this.gapStart(k + 1), this.words.start(k + 1)) && this.facts.functionWord(this.words.id(k));
  }

  /** Where the gap before word `k` starts: after the previous word and its possessive `'s`. */
  private gapStart(k: number): number {
    const end = this.words.end(k - 1);
    return this.words.kind(k - 1) & POSSESSIVE_BIT ? end + 2 : end;
  }

  /** Three or more capitalised content words and no lower-case one. */
  private capitalisedThroughout(): boolean {
    const words = this.words;
    let capitals = 0;
    for (let k = 0; k < words.length; k++) {
      const code = words.code(k);
      if ((code === CAP || code === ACRONYM || code === CAMEL) && !FUNCTION_WORDS.has(lowerOf(words.word(k) as Word))) capitals++;
      else if (code === LOWER && !FUNCTION_WORDS.has((words.word(k) as Word).text)) return false;
    }
    return capitals >= 3;
  }
}

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2022;
}

const CLOSERS = '"\'\u2019\u201d)]*_ ';

function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  return i >= 0 && '.!?'.includes(text[i]);
}

/** One to three spaces in text[from, to): what stands between the words of a name (two after a full stop). */
function isSpaces(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x09) return false;
  }
  return true;
}
