/**
 * Splits prose into words and tells what shape each has, which is all the mention finder needs
 * to know about a word: does it look like part of a name, an acronym, a product, lower-case prose.
 *
 * One left-to-right pass per text, no regular expression over the whole text (so it stays linear
 * on a 1 MB line), and indices are UTF-16 code units so they map straight to LSP positions.
 */
import { NAME_PARTICLES } from '../text/names';

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
}

const LETTER = /\p{L}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const MARK_OR_DIGIT = /[\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** Prefixes after which a capital inside a name is normal (`McDonald`, `DeWitt`, `MacArthur`). */
const INNER_CAPITAL_PREFIXES: ReadonlySet<string> = new Set(['Mc', 'Mac', 'O', 'D', 'De', 'Di', 'Da', 'Du', 'Le', 'La', 'Van', 'Von', 'Fitz', 'St']);

const APOSTROPHES = "'\u2019";
const HYPHENS = '-\u2010\u2011';

/** The code point at `i` as a string (a surrogate pair stays whole). */
/** True when a surrogate pair (one code point, two UTF-16 units) starts at `i`. */
function isSurrogatePairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

function charAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return s.slice(i, i + 2);
  }
  return s[i];
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when the code point at `i` is a letter of any script. */
export function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(charAt(s, i));
}

/** True when the code point at `i` continues a word: a letter, a combining mark or a digit. */
function isWordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57);
  const ch = charAt(s, i);
  return LETTER.test(ch) || MARK_OR_DIGIT.test(ch);
}

/** True when the code point ending just before `i` is a letter (a low surrogate looks back). */
function isLetterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return isLetterAt(s, i - 2);
  return isLetterAt(s, i - 1);
}

/**
 * The words of `text`. A word is a run of letters, marks and digits; an apostrophe or a hyphen
 * joins two parts when a letter or digit follows (a hyphen only before a capital, so `Jean-Luc`
 * is one word and `Marcus-style` is two), a dot joins letters (`Node.js`), and trailing `+`/`#`
 * stay on the word (`TLA+`, `C#`). A final `'s` is split off as a possessive.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let hasDot = false;
    while (i < n) {
      if (isWordCharAt(text, i)) {
        i += isSurrogatePairAt(text, i) ? 2 : 1;
        continue;
      }
      const ch = text[i];
      const next = i + 1 < n;
      if (next && APOSTROPHES.includes(ch) && isWordCharAt(text, i + 1)) {
        i++;
        continue;
      }
      if (next && HYPHENS.includes(ch) && UPPER.test(charAt(text, i + 1))) {
        i++;
        continue;
      }
      if (next && ch === '.' && isLetterBefore(text, i) && isLetterAt(text, i + 1)) {
        hasDot = true;
        i++;
        continue;
      }
      break;
    }
    let end = i;
    let symbol = false;
    while (i < n && (text[i] === '+' || text[i] === '#')) {
      symbol = true;
      i++;
    }
    // Initials keep their dot (`J.`) so the run of a name can go on after it.
    if (!symbol && i < n && text[i] === '.' && isInitials(text.slice(start, end))) {
      i++;
      end = i;
      hasDot = true;
    }
    let possessive = false;
    let wordEnd = symbol ? i : end;
    if (!symbol && end - start > 2 && (text[end - 1] === 's' || text[end - 1] === 'S') && APOSTROPHES.includes(text[end - 2])) {
      possessive = true;
      wordEnd = end - 2;
    }
    const word = text.slice(start, wordEnd);
    words.push({ start, end: wordEnd, text: word, shape: symbol ? 'other' : shapeOf(word, hasDot), possessive });
  }
  return words;
}

/** `J`, `J.R`, `J.R.R.`: single capitals separated by dots. */
function isInitials(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const even = k % 2 === 0;
    if (even ? !/[A-Z\u00C0-\u00DE]/.test(s[k]) : s[k] !== '.') return false;
  }
  return true;
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
    const ch = charAt(word, k);
    if (ch.length === 1 && (APOSTROPHES.includes(ch) || HYPHENS.includes(ch))) {
      afterJoiner = true;
      k++;
      continue;
    }
    if (DIGIT.test(ch)) return 'other';
    if (UPPER.test(ch)) {
      upper++;
      if (k > 0 && !afterJoiner && !INNER_CAPITAL_PREFIXES.has(word.slice(0, k))) innerCapital = true;
    } else if (LOWER.test(ch)) lower++;
    else if (LETTER.test(ch)) caseless++;
    afterJoiner = false;
    k += ch.length;
  }
  const first = charAt(word, 0);
  if (upper === 0 && lower === 0) return caseless > 0 ? 'caseless' : 'other';
  if (lower === 0) return upper >= 2 ? 'acronym' : 'other';
  if (!UPPER.test(first)) return upper > 0 ? 'camel' : NAME_PARTICLES.has(word) ? 'particle' : 'lower';
  return innerCapital ? 'camel' : 'cap';
}

/**
 * Inline code spans of a text (`` `Kyle` ``, ``` ``a`b`` ```): a run of backticks up to the next
 * run of the same length. Words inside are code, not names. One pass, linear.
 */
export function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!text.includes('`')) return spans;
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
