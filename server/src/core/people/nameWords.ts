/**
 * Splits prose into words and tells what shape each has, which is all the mention finder needs
 * to know about a word: does it look like part of a name, an acronym, a product, lower-case prose.
 *
 * One left-to-right pass per text, no regular expression over the whole text (so it stays linear
 * on a 1 MB line), and indices are UTF-16 code units so they map straight to LSP positions.
 */
import { NAME_PARTICLES } from '../text/names';
import { charAt, classOf, IS_DIGIT, IS_LETTER, IS_LOWER, IS_UPPER, isInitials, isSurrogate, isUpperAt, LETTER, UPPER, WordCursor } from './wordScan';

/** What a word looks like, as far as names are concerned. */
export type WordShape =
  /** `Ben`, `Tomás`, `O'Neil`, `Jean-Luc`, `McDonald`: upper-case initial, then lower case. */
  | 'cap'
  /** `storage`, `don't`. */
  | 'lower'
  /** `de`, `van`: may stand inside a name (see `NAME_PARTICLES`). */
  | 'particle'
  /** `LLM`, `DC`, `BEN` in shouting: two or more letters, none lower-case. */
  | 'acronym'
  /** `OpenAI`, `TigerBeetle`, `LLMs`: capitals inside the word, a product or organisation. */
  | 'camel'
  /** A word of a script without case (Han, Arabic, Devanagari …). */
  | 'caseless'
  /** `J.`, `J.R.R.`: initials. */
  | 'initial'
  /** Digits, `+`, `#`, dots or a lone capital: never part of a name. */
  | 'other';

/** One word of a text. `end` excludes a possessive `'s`, which `possessive` records. */
export interface Word {
  start: number;
  end: number;
  text: string;
  shape: WordShape;
  possessive: boolean;
  /** `text` in lower case, when whoever built the word had it at hand (see `lowerOf`). */
  lower?: string;
}

const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** Prefixes after which a capital inside a name is normal (`McDonald`, `DeWitt`, `MacArthur`). */
const INNER_CAPITAL_PREFIXES: ReadonlySet<string> = new Set(['Mc', 'Mac', 'O', 'D', 'De', 'Di', 'Da', 'Du', 'Le', 'La', 'Van', 'Von', 'Fitz', 'St']);

/**
 * The words of `text` (see `WordCursor` for what makes a word): a letter run with joiners,
 * trailing `+`/`#`, an initial's dot; a final `'s` is split off as a possessive.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  const cursor = new WordCursor(text);
  while (cursor.next()) {
    const word = text.slice(cursor.start, cursor.end);
    words.push({ start: cursor.start, end: cursor.end, text: word, shape: cursorShape(cursor, word), possessive: cursor.possessive });
  }
  return words;
}

/** The shape of the word the cursor is on, `word` being its text. */
function cursorShape(cursor: WordCursor, word: string): WordShape {
  if (cursor.symbol) return 'other';
  if (cursor.plain) return word.length <= 3 && NAME_PARTICLES.has(word) ? 'particle' : 'lower';
  return shapeOf(word, cursor.hasDot);
}

/** The shape of one word (possessive already removed). */
export function shapeOf(word: string, hasDot = false): WordShape {
  if (word.length === 0) return 'other';
  if (hasDot) return isInitials(word.endsWith('.') ? word.slice(0, -1) : word) ? 'initial' : 'other';
  let upper = 0;
  let lower = 0;
  let caseless = 0;
  let innerCapital = false;
  let afterJoiner = false;
  let k = 0;
  while (k < word.length) {
    // ASCII letters and digits without the Unicode property tests: most words are ASCII, and
    // this loop runs for every capitalised word of the document.
    const code = word.charCodeAt(k);
    if (code >= 48 && code <= 57) return 'other';
    if (code >= 97 && code <= 122) {
      lower++;
      afterJoiner = false;
      k++;
      continue;
    }
    if (code >= 65 && code <= 90) {
      upper++;
      if (k > 0 && !afterJoiner && !INNER_CAPITAL_PREFIXES.has(word.slice(0, k))) innerCapital = true;
      afterJoiner = false;
      k++;
      continue;
    }
    if (code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011) {
      afterJoiner = true;
      k++;
      continue;
    }
    if (!isSurrogate(code)) {
      const f = classOf(code);
      if (f & IS_DIGIT) return 'other';
      if (f & IS_UPPER) {
        upper++;
        if (k > 0 && !afterJoiner && !INNER_CAPITAL_PREFIXES.has(word.slice(0, k))) innerCapital = true;
      } else if (f & IS_LOWER) lower++;
      else if (f & IS_LETTER) caseless++;
      afterJoiner = false;
      k++;
      continue;
    }
    const ch = charAt(word, k);
    if (DIGIT.test(ch)) return 'other';
    if (UPPER.test(ch)) {
      upper++;
      if (k > 0 && !afterJoiner && !INNER_CAPITAL_PREFIXES.has(word.slice(0, k))) innerCapital = true;
    } else if (LOWER.test(ch)) lower++;
    else if (LETTER.test(ch)) caseless++;
    afterJoiner = false;
    k += ch.length;
  }
  if (upper === 0 && lower === 0) return caseless > 0 ? 'caseless' : 'other';
  if (lower === 0) return upper >= 2 ? 'acronym' : 'other';
  if (!isUpperAt(word, 0)) return upper > 0 ? 'camel' : NAME_PARTICLES.has(word) ? 'particle' : 'lower';
  return innerCapital ? 'camel' : 'cap';
}

const NO_SPANS: readonly [number, number][] = Object.freeze([]);

/**
 * Inline code spans of a text (`` `Kyle` ``, ``` ``a`b`` ```): a run of backticks up to the next
 * run of the same length. Words inside are code, not names. One pass, linear.
 */
export function codeSpans(text: string): readonly [number, number][] {
  // Most texts have no code: they share one empty list rather than each allocating one.
  if (!text.includes('`')) return NO_SPANS;
  const spans: [number, number][] = [];
  let open = -1;
  let openLength = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && text[i] === '`') i++;
    const length = i - start;
    if (open < 0) {
      open = start;
      openLength = length;
    } else if (length === openLength) {
      spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

/** Marks the words inside code spans as `other`, so no name is read from code. */
export function maskCode(words: Word[], spans: readonly [number, number][]): void {
  let s = 0;
  for (const w of words) {
    while (s < spans.length && spans[s][1] <= w.start) s++;
    if (s < spans.length && spans[s][0] <= w.start) w.shape = 'other';
  }
}
