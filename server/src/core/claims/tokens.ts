/** Word tokens of a sentence, with their offsets, for the cue and exclusion rules. */
export interface Token {
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

// Groups are separated by one required punctuation character, so the pattern cannot backtrack
// over the same characters in two ways (linear time).
const TOKEN_RE = /[~≈$€£#]?[\p{L}\p{N}]+(?:['’.,/×-][\p{L}\p{N}]+)*[%×]?/gu;

/** Splits a (masked) sentence into word tokens; punctuation and masked stretches are skipped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** True when the token starts with an upper-case letter of any script. */
export function isCapitalised(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text);
}

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
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    parts.push(text.slice(last, m.index), ' '.repeat(m[0].length));
    last = m.index + m[0].length;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
