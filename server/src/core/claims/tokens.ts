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

/** Most slots of `TokenPool`'s word cache (a power of two), and the longest word it keeps. */
const WORD_CACHE_SIZE = 4096; // at most 2^20 (the hash keeps 20 bits)
const MAX_CACHED_WORD = 16;

/**
 * True when `known` is the lower-case form of [start, end) of `text`, a run of ASCII letters and
 * digits (so lower-casing is adding 32 to a capital).
 */
function isLowerOf(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let i = 0; i < known.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (known.charCodeAt(i) !== c) return false;
  }
  return true;
}

/**
 * ASCII digits and lower-case letters (1), capitals (2), everything else (0). This table and the
 * two below cover every UTF-16 code unit: a read past the end of a typed array (a character
 * beyond ASCII) threw the optimised scanners away the first time it happened, in every process.
 */
const ASCII_CLASS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 2;

/** The lower-case code of an ASCII letter or digit, 0 for any other code unit (one read per character). */
const ASCII_LOWER = new Uint16Array(0x10000);
for (let c = 48; c <= 57; c++) ASCII_LOWER[c] = c;
for (let c = 97; c <= 122; c++) ASCII_LOWER[c] = c;
for (let c = 65; c <= 90; c++) ASCII_LOWER[c] = c + 32;

/**
 * ASCII characters after which a run of ASCII letters and digits is a whole token (1): not a
 * letter or digit, not a joiner (`' . , / -`), not the `%` suffix.
 */
const ENDS_FAST = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) ENDS_FAST[c] = ALNUM[c] === 0 && c !== 0x27 && c !== 0x2e && c !== 0x2c && c !== 0x2f && c !== 0x2d && c !== 0x25 ? 1 : 0;

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

/** Spaces and ASCII punctuation other than the prefixes `~ $ #` start no token: the common case. */
function startsNothing(c: number): boolean {
  return c < 128 && ALNUM[c] === 0 && c !== 0x7e && c !== 0x24 && c !== 0x23;
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
    if (startsNothing(c)) {
      p++;
      continue;
    }
    const end = tokenEnd(text, p, to);
    if (end < 0) {
      p = -end;
      continue;
    }
    const t = text.slice(p, end);
    out.push(new ScannedToken(t, isPlainLower(text, p, end) ? t : lowerToken(t), p - from, end - from));
    p = end;
  }
  return out;
}

/**
 * End of the token that starts at `p` (before `to`), or, when none starts there, minus the
 * index to go on from.
 */
function tokenEnd(text: string, p: number, to: number): number {
  const c = text.charCodeAt(p);
  let q = p;
  if (isPrefix(c)) q++;
  let end = letterRunEnd(text, q, to);
  if (end === q) {
    // No token starts here; a surrogate pair is skipped whole, as a `u` regex does.
    return -(p + (c >= 0xd800 && c <= 0xdbff && p + 1 < to && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1));
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
  return end;
}

/**
 * The one shape of every token the scanner makes (fresh or pooled), so the rules that read
 * tokens see a single hidden class.
 */
class ScannedToken implements Token {
  constructor(
    public text: string,
    public lower: string,
    public start: number,
    public end: number,
  ) {}
}

/** Only gives `emptyObjectArray` its elements kind; never a token of any text. */
const EMPTY_TOKEN = new ScannedToken('', '', 0, 0);

/**
 * An empty array whose elements kind is already "objects": V8 never turns a kind back, so
 * emptying an array of one object gives the array that an optimised push of objects expects.
 */
function emptyObjectArray<T>(seed: T): T[] {
  const a = [seed];
  a.length = 0;
  return a;
}

/**
 * Tokenizes sentence after sentence into the same array and token objects: tokens are the
 * largest allocation of the claims stage, and the analysis of one sentence keeps none of them.
 * What a caller keeps beyond the next `tokenize` call must be copied out (offsets, strings);
 * the array and its tokens are overwritten by the next call.
 */
export class TokenPool {
  // Both arrays start out holding objects (see `emptyObjectArray`): a new pool for each
  // document otherwise starts with arrays of small integers, and the first push into them
  // threw away the optimised `tokenize` ("not a Smi", "wrong map") document after document.
  private readonly tokens: ScannedToken[] = emptyObjectArray<ScannedToken>(EMPTY_TOKEN);
  private readonly out: Token[] = emptyObjectArray<Token>(EMPTY_TOKEN);
  /**
   * Short lower-case words seen before, by a hash of their characters: notes repeat their
   * words, and a word met again is this string (compared character by character), not a new
   * substring. A string equal in content is the same value to every rule; fewer short-lived
   * strings is less garbage, and a reused string keeps its hash for the word-set lookups.
   */
  private readonly seen: (string | undefined)[];
  private readonly mask: number;

  /** `textLength`: about how much text will be tokenized (sizes the word cache; a short note needs a small one). */
  constructor(textLength = Infinity) {
    let size = 64;
    while (size < WORD_CACHE_SIZE && size * 16 < textLength) size *= 2;
    this.seen = new Array<string | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }

  /** Like `tokenizeSpan(text, from, to)`, into the pool's array (valid until the next call). */
  tokenize(text: string, from: number, to: number): Token[] {
    const out = this.out;
    const tokens = this.tokens;
    let n = 0;
    let p = from;
    while (p < to) {
      const c = text.charCodeAt(p);
      if (startsNothing(c)) {
        p++;
        continue;
      }
      // Fast path: a run of ASCII letters and digits ended by a character that neither joins nor
      // follows a token (space, most punctuation, the end) is the whole token, and its own
      // lower-case form unless it has a capital. Anything else takes the general scanner.
      let end = p;
      let caps = false;
      let hash = 0;
      if (c < 128 && ALNUM[c] === 1) {
        let k: number;
        let h = 0;
        let cc: number;
        // The hash is of the lower-case form: a capitalised word finds its lower-case string.
        while (end < to && (k = ASCII_CLASS[(cc = text.charCodeAt(end))]) !== 0) {
          if (k === 2) {
            caps = true;
            cc += 32;
          }
          h = (h * 31 + cc) & 0xfffff;
          end++;
        }
        hash = h;
        if (end < to && ENDS_FAST[text.charCodeAt(end)] !== 1) end = -1;
      } else end = -1;
      let t: string;
      let lower: string;
      if (end >= 0) {
        if (end - p > MAX_CACHED_WORD) {
          t = text.slice(p, end);
          lower = caps ? lowerToken(t) : t;
        } else {
          const slot = hash & this.mask;
          const known = this.seen[slot];
          const hit = known !== undefined && isLowerOf(known, text, p, end);
          // A word with capitals keeps its own text; its lower-case form is the shared string.
          t = caps || !hit ? text.slice(p, end) : known;
          if (hit) lower = known;
          else this.seen[slot] = lower = caps ? lowerToken(t) : t;
        }
      } else {
        end = tokenEnd(text, p, to);
        if (end < 0) {
          p = -end;
          continue;
        }
        t = text.slice(p, end);
        lower = isPlainLower(text, p, end) ? t : lowerToken(t);
      }
      // No read past the end of `tokens`: an out-of-bounds read deoptimises this loop.
      let tok: ScannedToken;
      if (n < tokens.length) {
        tok = tokens[n];
        tok.text = t;
        tok.lower = lower;
        tok.start = p - from;
        tok.end = end - from;
      } else {
        tok = new ScannedToken(t, lower, p - from, end - from);
        tokens.push(tok);
      }
      if (n < out.length) out[n] = tok;
      else out.push(tok);
      n++;
      p = end;
    }
    if (out.length > n) out.length = n;
    return out;
  }
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

/** True when the token text `w` (lower-cased) is a number to the cue rules: a digit, maybe after one prefix. */
export function startsNumber(w: string): boolean {
  let c = w.charCodeAt(0);
  if (w.length > 1 && isPrefix(c)) c = w.charCodeAt(1);
  return c >= 48 && c <= 57;
}

/**
 * A fixed set of lower-case words, each with flags, and a scanner that gives the flags of every
 * token of a span without making the tokens or their lower-case strings: a hash of the
 * lower-cased characters finds the word in an open-addressed table. The token ends are those
 * of `tokenize` (the same scanner), and a token's characters are compared with the word as
 * `lowerToken` would lower them.
 */
export class WordFlags {
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly values: number[] = [];
  private readonly mask: number;
  /** Whether every word is ASCII: then a token with another character (see `foldedCode`) is none of them. */
  private readonly asciiWords: boolean;
  private readonly byWord: ReadonlyMap<string, number>;
  /** The flags of each token of the last scan (valid up to its count). */
  flags = new Int32Array(64);

  /**
   * `runMask`: flags that a token of several runs of ASCII letters and digits (`x-at`,
   * `least-ish`, `Zoë's`) also takes from its first and its last run, as if each were a word.
   */
  constructor(
    entries: ReadonlyMap<string, number>,
    private readonly runMask = 0,
  ) {
    this.byWord = entries;
    let size = 64;
    while (size < entries.size * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let ascii = true;
    for (const [word, value] of entries) {
      let h = 0;
      for (let i = 0; i < word.length; i++) {
        if (word.charCodeAt(i) >= 128) ascii = false;
        h = (h * 31 + word.charCodeAt(i)) & 0xfffff;
      }
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.words.push(word);
      this.values.push(value);
      this.slots[slot] = this.words.length;
    }
    this.asciiWords = ascii;
  }

  /**
   * Writes the flags of each token of [from, to) of `text` (0 for a word not in the set,
   * `numberFlags` for a number) to `flags`, and returns how many tokens there are. Returns -1
   * as soon as a token has one of the `stop` flags, or the character `stopChar` occurs outside
   * a token: the caller then needs the real tokens anyway.
   */
  scan(text: string, from: number, to: number, numberFlags: number, stop: number, stopChar: number): number {
    // The flags grown for a huge sentence are not kept for the life of the process.
    if (this.flags.length > 1 << 16) this.flags = new Int32Array(64);
    let n = 0;
    let p = from;
    while (p < to) {
      const c = text.charCodeAt(p);
      if (startsNothing(c)) {
        if (c === stopChar) return -1;
        p++;
        continue;
      }
      let end = p;
      let value = 0;
      if (c >= 97 ? c <= 122 : c >= 65 && c <= 90) {
        // ASCII tokens are scanned here, hashing as they go: runs of letters and digits, joined
        // by an ASCII joiner before a letter or digit (`trade-offs`, `it's`), maybe a `%`. A
        // character beyond ASCII after a run leaves the token to the exact scanner.
        let h = 0;
        let joined = false;
        for (;;) {
          let lc: number;
          while (end < to && (lc = ASCII_LOWER[text.charCodeAt(end)]) !== 0) {
            h = (h * 31 + lc) & 0xfffff;
            end++;
          }
          if (end >= to) break;
          const j = text.charCodeAt(end);
          if (j >= 128) {
            end = -1;
            break;
          }
          if (ENDS_FAST[j] === 1) break;
          if (j === 0x25) {
            h = (h * 31 + j) & 0xfffff;
            end++;
            joined = true;
            break;
          }
          // `j` is a joiner: it joins only a letter or digit that follows.
          const after = end + 1 < to ? text.charCodeAt(end + 1) : 0;
          if (after >= 128) {
            end = -1;
            break;
          }
          if (ALNUM[after] !== 1) break;
          h = (h * 31 + j) & 0xfffff;
          end++;
          joined = true;
        }
        if (end >= 0) {
          value = this.lookup(h, text, p, end);
          if (joined && this.runMask !== 0) value |= this.runFlags(text, p, end);
        }
      } else end = -1;
      if (end < 0) {
        end = tokenEnd(text, p, to);
        if (end < 0) {
          p = -end;
          continue;
        }
        value = this.valueOf(text, p, end, numberFlags);
        if (this.runMask !== 0) value |= this.runFlags(text, p, end);
      }
      if ((value & stop) !== 0) return -1;
      if (n === this.flags.length) {
        const grown = new Int32Array(n * 2);
        grown.set(this.flags);
        this.flags = grown;
      }
      this.flags[n++] = value;
      p = end;
    }
    return n;
  }

  /** The flags of the token [start, end) of `text`, whatever its characters. */
  private valueOf(text: string, start: number, end: number, numberFlags: number): number {
    const c = text.charCodeAt(start);
    if ((c >= 48 && c <= 57) || (end - start > 1 && isPrefix(c) && text.charCodeAt(start + 1) >= 48 && text.charCodeAt(start + 1) <= 57)) return numberFlags;
    return this.valueAt(text, start, end);
  }

  /**
   * The flags of the word that is [start, end) of `text`, lower-cased as `lowerToken` lowers it
   * (0 for none of the words), without making that word.
   */
  valueAt(text: string, start: number, end: number): number {
    if (!this.asciiWords) return this.byWord.get(lowerToken(text.slice(start, end))) ?? 0;
    let h = 0;
    for (let i = start; i < end; i++) {
      const f = foldedCode(text.charCodeAt(i));
      if (f < 0) return 0;
      h = (h * 31 + f) & 0xfffff;
    }
    return this.lookup(h, text, start, end);
  }

  /** The `runMask` flags of the first and the last run of ASCII letters and digits of the token [start, end). */
  private runFlags(text: string, start: number, end: number): number {
    let value = 0;
    let h = 0;
    let a = start;
    let lc: number;
    while (a < end && (lc = ASCII_LOWER[text.charCodeAt(a)]) !== 0) {
      h = (h * 31 + lc) & 0xfffff;
      a++;
    }
    if (a > start) value = this.lookup(h, text, start, a);
    let b = end;
    while (b > a && ASCII_LOWER[text.charCodeAt(b - 1)] !== 0) b--;
    if (b > a && b < end) {
      h = 0;
      for (let i = b; i < end; i++) h = (h * 31 + ASCII_LOWER[text.charCodeAt(i)]) & 0xfffff;
      value |= this.lookup(h, text, b, end);
    }
    return value & this.runMask;
  }

  private lookup(hash: number, text: string, start: number, end: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const w = this.slots[slot];
      if (w === 0) return 0;
      if (isFoldedOf(this.words[w - 1], text, start, end)) return this.values[w - 1];
    }
  }
}

/**
 * The ASCII character that `lowerToken` makes of code unit `c` in a token, or -1 when what it
 * makes is not ASCII. Besides ASCII, only `’` (straightened) and the Kelvin sign (`k`) lower to
 * ASCII (`İ` lowers to `i` and a combining dot): any other character leaves a non-ASCII one.
 */
function foldedCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x2019) return 0x27;
  if (c === 0x212a) return 0x6b;
  return -1;
}

/** True when the ASCII word `known` is what `lowerToken` makes of [start, end) of `text`. */
function isFoldedOf(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let i = 0; i < known.length; i++) if (known.charCodeAt(i) !== foldedCode(text.charCodeAt(start + i))) return false;
  return true;
}
