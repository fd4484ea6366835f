import { allMatches } from './matches';

/** Word tokens of a sentence, with their offsets, for the cue and exclusion rules. */
export interface Token {
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

/**
 * The token grammar, kept as the specification of the scanner below:
 * `[~≈$€£#]?[\p{L}\p{N}]+(?:['’.,/×-][\p{L}\p{N}]+)*[%×]?` (with the `u` flag), matched left to
 * right like a global regex. The scanner gives the same tokens without a match array and a
 * substring per match: tokenizing every sentence is one of the largest costs of the analysis.
 */
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;

/**
 * Length (1 or 2 code units) of the letter or number at `i`, or 0. Only [0, to) of the text
 * counts: a surrogate pair cut by `to`, or a trail surrogate on its own, is no letter.
 */
function letterOrNumberAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ALNUM[c];
  if (c !== c || (c & 0xfc00) === 0xdc00) return 0;
  LETTER_OR_NUMBER_AT.lastIndex = i;
  if (!LETTER_OR_NUMBER_AT.test(text)) return 0;
  return LETTER_OR_NUMBER_AT.lastIndex <= to ? LETTER_OR_NUMBER_AT.lastIndex - i : 0;
}

/** ASCII letters and digits (1), everything else (0). */
const ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ALNUM[c] = 1;
for (let c = 65; c <= 90; c++) ALNUM[c] = 1;
for (let c = 97; c <= 122; c++) ALNUM[c] = 1;

/** End of the run of letters and numbers starting at `i`, before `to` (`i` itself when there is none). */
function letterRunEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ALNUM[c] === 0) return i;
      i++;
      continue;
    }
    const w = letterOrNumberAt(text, i, to);
    if (w === 0) return i;
    i += w;
  }
  return i;
}

/** `~ ≈ $ € £ #`: may stand before a token's first letter or digit. */
function isPrefix(c: number): boolean {
  return c === 0x7e || c === 0x2248 || c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x23;
}

/** `' ’ . , / × -`: join two runs into one token (`it's`, `3.5`, `10-20`, `a/b`). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2c || c === 0x2f || c === 0xd7 || c === 0x2d;
}

/** Splits a (masked) sentence into word tokens; punctuation and masked stretches are skipped. */
export function tokenize(text: string): Token[] {
  return tokenizeSpan(text, 0, text.length);
}

/**
 * The tokens of `text.slice(from, to)`, offsets relative to `from`, without making that slice:
 * reading a long text through a slice of it is measurably slower than reading the text itself.
 */
export function tokenizeSpan(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    // Spaces and ASCII punctuation (other than the prefixes) start nothing: the common case.
    if (c < 128 && ALNUM[c] === 0 && c !== 0x7e && c !== 0x24 && c !== 0x23) {
      p++;
      continue;
    }
    let q = p;
    if (isPrefix(c)) q++;
    let end = letterRunEnd(text, q, to);
    if (end === q) {
      // No token starts here; a surrogate pair is skipped whole, as a `u` regex does.
      p += c >= 0xd800 && c <= 0xdbff && p + 1 < to && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    while (end < to && isJoiner(text.charCodeAt(end))) {
      const after = letterRunEnd(text, end + 1, to);
      if (after === end + 1) break;
      end = after;
    }
    if (end < to) {
      const s = text.charCodeAt(end);
      if (s === 0x25 || s === 0xd7) end++;
    }
    const t = text.slice(p, end);
    out.push({ text: t, lower: isPlainLower(text, p, end) ? t : lowerToken(t), start: p - from, end: end - from });
    p = end;
  }
  return out;
}

/** True when [start, end) is ASCII without capitals: its own lower-case form, already straight. */
function isPlainLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

function lowerToken(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** True when the token starts with an upper-case letter of any script. */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  // ASCII decides without the Unicode property lookup.
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text);
}

const UPPER_START = /^\p{Lu}/u;

export { trimEndChars } from '../text/trim';

/** Replaces [start, end) of a string with spaces (keeps every other index in place). */
export function blank(text: string, start: number, end: number): string {
  if (end <= start) return text;
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** Replaces every match of a global pattern with spaces. */
export function blankAll(text: string, re: RegExp): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of allMatches(text, re)) {
    if (m[0].length === 0) continue;
    parts.push(text.slice(last, m.index), ' '.repeat(m[0].length));
    last = m.index + m[0].length;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
