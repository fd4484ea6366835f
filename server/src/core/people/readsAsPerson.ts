import { personKey } from '../text/names';
import { GIVEN_NAMES } from './givenNames';
import type { Word } from './nameWords';
import {
  COMMON_WORDS,
  FUNCTION_WORDS,
  KNOWN_MULTIWORD_NAMES,
  KNOWN_NAMES,
  ORG_WORDS,
  PERSON_CUES_AFTER,
  THING_SUFFIXES,
  THING_WORDS,
} from './nonPeople';
import type { SpeakerNames } from './speakerNames';

/**
 * Whether a run of capitalised words reads as a person's name (SPEC §2: `Will Wilson's claim`,
 * `except Gary Marcus`), an organisation or thing (`Jane Street`, `Formal Methods`), or neither
 * for sure. Heuristics on name shape and context, not on particular sentences: a given name
 * first, everyday or organisation words inside, the sentence position, the words after.
 */

/** What the document tells about words: its speakers and the words it writes in lower case. */
export interface NameContext {
  names: SpeakerNames;
  /** Words the document writes in lower case: capitalised, they are ordinary words, not names. */
  lowerWords: { has(word: string): boolean };
  /** `foldWord`, remembered per document: the same capitalised words come back on every page. */
  fold: (word: string) => string;
}

/** The words of a block by index; the scan builds each `Word` only when asked for it. */
export interface WordList {
  readonly length: number;
  /** Word `k`, or undefined outside the list. */
  word(k: number): Word | undefined;
}

/** The words of one block with what the scan knows about their position. */
export interface WordRun {
  text: string;
  words: WordList;
  /** Word `k` starts a sentence (also after a capitalised function word that does: `So Ben`). */
  initial(k: number): boolean;
  /**
   * Word `k` is the first of its sentence. After `So`, `The`, `Also` a capital is no longer the
   * sentence's, so `The Adaptive`, `Also Renée Zellweger` read as proper names.
   */
  sentenceStart(k: number): boolean;
  /** Every content word of the block is capitalised: a heading or a title, where capitals say little. */
  titleCase(): boolean;
}

/**
 * `person`: a name; `thing`: an organisation, product or place, so none of its words is a
 * first name either; `unsure`: not a name as a whole, its single words may still be first names.
 */
export type Verdict = 'person' | 'thing' | 'unsure';

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'my', 'your', 'his', 'her']);

/** The word in lower case (list look-ups). */
export function lowerOf(w: Word): string {
  if (w.lower !== undefined) return w.lower;
  // A lower-case shape has no letter that lower-casing changes (checked over all of Unicode),
  // and most words of prose have it.
  if (w.shape === 'lower' || w.shape === 'particle') return w.text;
  return w.text.toLowerCase();
}

/** An everyday word: in the built-in list, or written in lower case somewhere in the document. */
export function isCommon(ctx: NameContext, w: Word): boolean {
  const l = lowerOf(w);
  if (COMMON_WORDS.has(l) || ctx.lowerWords.has(l) || PERSON_CUES_AFTER.has(l)) return true;
  // `Man-Month`, `Data-Intensive`: a compound of everyday words (`Berners-Lee` is not one).
  const parts = l.split(/[-\u2010\u2011]/);
  return parts.length > 1 && parts.every((p) => COMMON_WORDS.has(p) || ctx.lowerWords.has(p) || FUNCTION_WORDS.has(p));
}

/** An everyday word or an organisation word: `Breaks`, `Databases`, `Capital`. */
export function isOrdinary(ctx: NameContext, w: Word): boolean {
  const l = lowerOf(w);
  return isCommon(ctx, w) || ORG_WORDS.has(l) || KNOWN_NAMES.has(l);
}

function isThingWord(w: Word): boolean {
  const l = lowerOf(w);
  if (THING_WORDS.has(l)) return true;
  return l.length >= 6 && endsWithAny(l, THING_SUFFIXES);
}

function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const e of endings) if (word.endsWith(e)) return true;
  return false;
}

/** A given name: a speaker's first name in this document, or a common given name. */
export function isGiven(ctx: NameContext, w: Word): boolean {
  return ctx.names.allFirstNames.has(w.text) || GIVEN_NAMES.has(ctx.fold(w.text));
}

/** A word without case and accents, as `GIVEN_NAMES` lists it. */
export function foldWord(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Does the segment [from, to) of two or more words read as a person's name? */
export function judge(ctx: NameContext, scan: WordRun, from: number, to: number, honorific: boolean): Verdict {
  if (to - from > 4) return 'unsure';
  const { words } = scan;
  const seg: Word[] = [];
  for (let k = from; k < to; k++) seg.push(words.word(k) as Word);
  const given = isGiven(ctx, seg[0]);
  for (let i = 0; i < seg.length; i++) {
    const w = seg[i];
    // A caseless script gives no capitals to read: only speakers' names are found there.
    if (w.shape === 'caseless') return 'unsure';
    const l = lowerOf(w);
    // A given name that is also a product or a place (`Claude Shannon`, `Austin Clements`) still starts a name.
    const known = KNOWN_NAMES.has(l) && !(i === 0 && given);
    if (ORG_WORDS.has(l) || known || ctx.names.orgWords.has(l)) return 'thing';
  }
  if (seg[seg.length - 1].shape === 'initial') return 'unsure';
  const key = ` ${personKey(scan.text.slice(seg[0].start, seg[seg.length - 1].end))} `;
  for (const org of KNOWN_MULTIWORD_NAMES) if (key.includes(` ${org} `)) return 'thing';
  for (const org of ctx.names.orgNames) if (key.includes(` ${org} `)) return 'thing';
  const named = seg.filter((w) => w.shape !== 'particle' && w.shape !== 'initial');
  if (given) {
    // `Jane Street`-like pairs were caught above; `Mark Price`-like ones are words after a name.
    return named.slice(1).every((w) => isCommon(ctx, w)) ? 'unsure' : 'person';
  }
  if (named.some((w) => isCommon(ctx, w) || isThingWord(w))) return 'unsure';
  // `Designing Data-Intensive Applications`, `Mixed Martial Arts`: a verb form does not start a name.
  if (endsWithAny(lowerOf(seg[0]), ['ing', 'ed']) && seg[0].text.length >= 5) return 'unsure';
  if (honorific) return 'person';
  // `the Mars Rover`, `our Aurora Cluster`: people take no article, things do.
  const before = words.word(from - 1);
  if (before && ARTICLES.has(lowerOf(before)) && scan.text.slice(before.end, seg[0].start).trim() === '') return 'unsure';
  if (scan.titleCase()) return 'unsure';
  if (scan.sentenceStart(from) && !cueAfter(scan, to)) return 'unsure';
  return 'person';
}

/** The words after a segment say it is a person: `Will Wilson's`, `Gary Marcus said`, `… who`. */
export function cueAfter(scan: WordRun, to: number): boolean {
  const last = scan.words.word(to - 1) as Word;
  if (last.possessive) return true;
  const next = scan.words.word(to);
  if (!next) return false;
  const gap = scan.text.slice(last.end, next.start).trim();
  // `Hannes Mühleisen (DuckDB)`: an organisation in parentheses follows a person.
  if (gap === '(') return next.shape !== 'lower' && next.shape !== 'particle';
  if (gap !== '' && gap !== ',') return false;
  const l = lowerOf(next);
  // A past-tense verb right after the name: `Andrej Karpathy coined …`.
  return PERSON_CUES_AFTER.has(l) || (next.shape === 'lower' && l.length >= 4 && l.endsWith('ed'));
}
