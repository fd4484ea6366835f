/**
 * Small line-level predicates shared by the speaker-line and title parsers. All are single
 * passes over one line (no backtracking regular expressions).
 */

/** Lines longer than this are never speaker lines (SPEC §2). */
export const MAX_SPEAKER_LINE = 160;

const SENTENCE_END_EXCEPTIONS: ReadonlySet<string> = new Set(['inc.', 'ltd.', 'corp.', 'co.', 'jr.', 'sr.', 'llc.', 'plc.']);

/** Index of the first non-whitespace character at or after `from`. */
export function skipSpaces(text: string, from: number, limit = text.length): number {
  let p = from;
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** Index just after the last non-whitespace character before `to`. */
export function trimEndAt(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0xfeff;
}

/**
 * True when `text[start, end)` ends like a sentence (`.`, `?`, `!`, also before a closing quote
 * or bracket), except after a company or name suffix (`Inc.`, `Ltd.`, `Corp.`, `Co.`, `Jr.`).
 */
export function endsLikeSentence(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && `"'”’)]*_`.includes(text[e - 1])) e--;
  if (e <= start) return false;
  const c = text[e - 1];
  if (c === '?' || c === '!' || c === '…') return true;
  if (c !== '.') return false;
  let s = e - 1;
  // The speaker-line test asks this of nearly every line of prose: a last word longer than the
  // longest exception needs no copy to rule it out (lower-casing never shortens a string, so no
  // longer word lower-cases to one of them). Walking back stops there too, so a line of one long
  // word costs no more than a short one.
  while (s > start && e - s <= LONGEST_EXCEPTION && !isSpace(text.charCodeAt(s - 1)) && text[s - 1] !== '(' && text[s - 1] !== ',') s--;
  if (e - s > LONGEST_EXCEPTION) return true;
  const lastWord = text.slice(s, e).toLowerCase();
  return !SENTENCE_END_EXCEPTIONS.has(lastWord);
}

/** Length of the longest of `SENTENCE_END_EXCEPTIONS`. */
const LONGEST_EXCEPTION = Math.max(...[...SENTENCE_END_EXCEPTIONS].map((w) => w.length));

/** A bullet marker at the start of a line: where its content starts, and whether it is numbered. */
export interface BulletMarker {
  /** Offset of the marker (after indentation). */
  markerStart: number;
  /** Offset of the content after the marker and its spaces. */
  contentStart: number;
  numbered: boolean;
}

/** Reads `-`, `*`, `•`, `1.` or `1)` followed by whitespace (or the line end) after optional indentation. */
export function bulletMarker(line: string): BulletMarker | null {
  const m = skipSpaces(line, 0);
  if (m >= line.length) return null;
  const c = line[m];
  let after = -1;
  let numbered = false;
  if (c === '-' || c === '*' || c === '•') {
    after = m + 1;
  } else if (c >= '0' && c <= '9') {
    let p = m;
    while (p < line.length && p - m < 4 && line[p] >= '0' && line[p] <= '9') p++;
    if (p < line.length && (line[p] === '.' || line[p] === ')')) {
      after = p + 1;
      numbered = true;
    }
  }
  if (after < 0) return null;
  if (after < line.length && !isSpace(line.charCodeAt(after))) return null;
  return { markerStart: m, contentStart: skipSpaces(line, after), numbered };
}

const SECTION_WORDS: ReadonlySet<string> = new Set(['q&a', 'q & a', 'questions', 'takeaways', 'summary', 'discussion', 'key points']);
/** First letters of every section line (`sectionTitle`), as written. */
export const SECTION_INITIALS = 'PpSsQqTtDdKk';
const MAX_SECTION_WORD = Math.max(...[...SECTION_WORDS].map((w) => w.length));
/** `i`, `v`, `x`, `l`, `c` in either case: the letters of a Roman section number. */
const ROMAN_LETTERS = 'ivxlcIVXLC';

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `text[from, to)` is one to `max` digits, or with `roman` one to `max` Roman-numeral letters. */
function isNumberOf(text: string, from: number, to: number, max: number, roman: boolean): boolean {
  if (to <= from || to - from > max) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (roman ? !ROMAN_LETTERS.includes(text[i]) : c < 48 || c > 57) return false;
  }
  return true;
}
/**
 * `line` has `word` (lower-case ASCII letters, then a space) at `s`, in any case. Lower-casing
 * maps no other character onto these letters in place (`İ` becomes two), so this test on the
 * raw line is true whenever the lower-cased line starts with `word`.
 */
function startsWithWord(line: string, s: number, word: string): boolean {
  if (s + word.length > line.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = line.charCodeAt(s + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

/** The trimmed section title when the line is a section line (`Part 2: …`, `Q&A`, `Takeaways:`), else null. */
export function sectionTitle(line: string): { start: number; end: number } | null {
  const s = skipSpaces(line, 0);
  if (!SECTION_INITIALS.includes(line[s] ?? ' ')) return null;
  const e = trimEndAt(line, s, line.length);
  if (e - s > 200 || e <= s) return null;
  // Most lines are prose: too long for a section word and not opening with `Part `/`Section `/
  // `Session `, which the first eight characters tell without copying and lower-casing the line.
  if (e - s > MAX_SECTION_WORD && line.charCodeAt(e - 1) !== 0x3a && !startsWithWord(line, s, 'part ') && !startsWithWord(line, s, 'section ') && !startsWithWord(line, s, 'session ')) {
    return null;
  }
  let core = line.slice(s, e);
  if (core.endsWith(':')) core = core.slice(0, -1).trimEnd();
  // Lower-casing never shortens a string, and the longest section word has ten characters.
  if (core.length <= MAX_SECTION_WORD && SECTION_WORDS.has(core.toLowerCase())) return { start: s, end: e };
  for (const w of ['part ', 'section ', 'session ']) {
    if (!startsWithWord(core, 0, w)) continue;
    let p = w.length;
    let q = p;
    while (q < core.length && isAsciiLetterOrDigit(core.charCodeAt(q))) q++;
    if (!(isNumberOf(core, p, q, 3, false) || isNumberOf(core, p, q, 6, true))) return null;
    p = q;
    if (p === core.length) return { start: s, end: e };
    if (core[p] === ':' || core[p] === '.') return { start: s, end: e };
    if (core[p] === ' ' && p + 1 < core.length && '-–—'.includes(core[p + 1])) return { start: s, end: e };
    return null;
  }
  return null;
}
