/**
 * The tokenizer under `splitWords`: finds where the next word of a text starts and ends without
 * building any string, so callers that only need some words (the lower-case ones, say) pay for
 * a slice only when they keep one. Indices are UTF-16 code units.
 *
 * A class rather than a function per word: under the CommonJS output tests and benchmarks run
 * (tsx), every call of an imported function goes through a getter, once per word here. The
 * character tests live here too, for the same reason, and `shapeOf` reuses them.
 */

export const LETTER = /\p{L}/u;
export const UPPER = /[\p{Lu}\p{Lt}]/u;
const MARK_OR_DIGIT = /[\p{M}\p{N}]/u;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const PLUS = 0x2b;
const HASH = 0x23;

/**
 * Walks the words of a text left to right; after `next()` returns true its fields describe the
 * word found. A word is a run of letters, marks and digits; an apostrophe or a hyphen joins two
 * parts when a letter or digit follows (a hyphen only before a capital), a dot joins letters,
 * and trailing `+`/`#` stay on the word. A final `'s` is split off as a possessive.
 */
export class WordCursor {
  start = 0;
  /** End of the word as `Word.end` has it: without a possessive `'s`, with trailing `+`/`#`. */
  end = 0;
  possessive = false;
  /** Joined by a dot (`Node.js`) or an initial keeping its dot (`J.`). */
  hasDot = false;
  /** Ends in `+` or `#` (`TLA+`, `C#`): never part of a name. */
  symbol = false;
  /** Only ASCII lower-case letters: a lower-case word or a particle, shape known without `shapeOf`. */
  plain = false;
  /** Where the scan for the following word resumes. */
  private pos = 0;

  constructor(private readonly text: string) {}

  /** Where the scan for the following word resumes (after the current word and its `+`/`#`, dot or `'s`). */
  get resume(): number {
    return this.pos;
  }

  /** Goes on from offset `pos` (a caller that read some words itself hands over the rest). */
  moveTo(pos: number): void {
    this.pos = pos;
  }

  /** Moves to the next word; false when none is left. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? isAsciiWordCode(c) : isWordCharAt(text, i)) break;
      i++;
    }
    if (i >= n) {
      this.pos = n;
      return false;
    }
    const start = i;
    let hasDot = false;
    let plain = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        i++;
        continue;
      }
      if (c < 128 ? isAsciiWordCode(c) : isWordCharAt(text, i)) {
        plain = false;
        i += isSurrogatePairAt(text, i) ? 2 : 1;
        continue;
      }
      if (i + 1 >= n) break;
      if ((c === APOSTROPHE || c === RIGHT_QUOTE) && isWordCharAt(text, i + 1)) {
        plain = false;
        i++;
        continue;
      }
      if ((c === HYPHEN || c === 0x2010 || c === 0x2011) && isUpperAt(text, i + 1)) {
        plain = false;
        i++;
        continue;
      }
      if (c === DOT && isLetterBefore(text, i) && isLetterAt(text, i + 1)) {
        plain = false;
        hasDot = true;
        i++;
        continue;
      }
      break;
    }
    let end = i;
    let symbol = false;
    while (i < n && (text.charCodeAt(i) === PLUS || text.charCodeAt(i) === HASH)) {
      symbol = true;
      i++;
    }
    // Initials keep their dot (`J.`) so the run of a name can go on after it. A plain word starts
    // in lower case, so it never is one.
    if (!symbol && !plain && i < n && text.charCodeAt(i) === DOT && isInitials(text.slice(start, end))) {
      i++;
      end = i;
      hasDot = true;
    }
    let possessive = false;
    let wordEnd = symbol ? i : end;
    if (!symbol && !plain && end - start > 2 && isPossessiveEnd(text, end)) {
      possessive = true;
      wordEnd = end - 2;
    }
    this.start = start;
    this.end = wordEnd;
    this.pos = i;
    this.possessive = possessive;
    this.hasDot = hasDot;
    this.symbol = symbol;
    this.plain = plain && !symbol;
    return true;
  }
}

/** `J`, `J.R`, `J.R.R.`: single capitals separated by dots. */
export function isInitials(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const even = k % 2 === 0;
    if (even ? !/[A-Z\u00C0-\u00DE]/.test(s[k]) : s[k] !== '.') return false;
  }
  return true;
}

/** `'s` or `’S` ends the word at `end`. */
function isPossessiveEnd(s: string, end: number): boolean {
  const last = s.charCodeAt(end - 1);
  const mark = s.charCodeAt(end - 2);
  return (last === 115 || last === 83) && (mark === APOSTROPHE || mark === RIGHT_QUOTE);
}

/** ASCII letter or digit. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** True when a surrogate pair (one code point, two UTF-16 units) starts at `i`. */
function isSurrogatePairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** The code point at `i` as a string (a surrogate pair stays whole). */
export function charAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return s.slice(i, i + 2);
  }
  return s[i];
}

/** Unicode classes of one UTF-16 unit outside the surrogates, as bit flags. */
export const IS_LETTER = 1;
export const IS_UPPER = 2;
export const IS_LOWER = 4;
export const IS_DIGIT = 8;
const IS_MARK_OR_DIGIT = 16;
const KNOWN = 128;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

// Filled on first use from the property tests, so each `é` or `ł` of a name costs a table read
// instead of a one-character string and a regular expression.
const CLASSES = new Uint8Array(0x10000);

/** Flags of a UTF-16 unit that is not a surrogate (`isSurrogate` says which are). */
export function classOf(c: number): number {
  let f = CLASSES[c];
  if (f === 0) {
    const ch = String.fromCharCode(c);
    f = KNOWN;
    if (LETTER.test(ch)) f |= IS_LETTER;
    if (UPPER.test(ch)) f |= IS_UPPER;
    if (LOWER.test(ch)) f |= IS_LOWER;
    if (DIGIT.test(ch)) f |= IS_DIGIT;
    if (MARK_OR_DIGIT.test(ch)) f |= IS_MARK_OR_DIGIT;
    CLASSES[c] = f;
  }
  return f;
}

/** A UTF-16 surrogate: half of a code point, classified with its other half. */
export function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when the code point at `i` is a letter of any script. */
function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  if (!isSurrogate(c)) return (classOf(c) & IS_LETTER) !== 0;
  return LETTER.test(charAt(s, i));
}

/** The code point at `i` is an upper-case or title-case letter. */
export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (!isSurrogate(c)) return (classOf(c) & IS_UPPER) !== 0;
  return UPPER.test(charAt(s, i));
}

/** True when the code point at `i` continues a word: a letter, a combining mark or a digit. */
function isWordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiWordCode(c);
  if (!isSurrogate(c)) return (classOf(c) & (IS_LETTER | IS_MARK_OR_DIGIT)) !== 0;
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
