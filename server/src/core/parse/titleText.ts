import { isSpace, skipSpaces, trimEndAt } from './speakerText';

/**
 * Cleaning of talk-title text as found in real notes: a schedule prefix (`Monday 09:00`,
 * `10:30–11:15 |`), emphasis around the title, a Markdown link `[Title](url)`, quotes.
 * Every function returns offsets into the line it was given.
 */

export interface Span {
  start: number;
  end: number;
}

const WEEKDAYS: ReadonlySet<string> = new Set(
  'mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(' '),
);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Reads a clock time (`9:00`, `09.30`, `14h00`, `9:00 am`) at `p`; returns its end or -1. */
function timeEnd(line: string, p: number, limit: number): number {
  let q = p;
  if (!isDigit(line[q])) return -1;
  q++;
  if (isDigit(line[q])) q++;
  if (q >= limit || !(line[q] === ':' || line[q] === '.' || line[q] === 'h')) return -1;
  q++;
  if (!isDigit(line[q]) || !isDigit(line[q + 1])) return -1;
  q += 2;
  if (isDigit(line[q])) return -1;
  const r = line[q] === ' ' ? q + 1 : q;
  const ap = line.slice(r, r + 2).toLowerCase();
  if ((ap === 'am' || ap === 'pm') && !/[\p{L}\p{N}]/u.test(line[r + 2] ?? ' ')) q = r + 2;
  return q;
}

/** End of a schedule prefix (`Monday 09:00`, `09:00-09:45 -`, `Tue, 14:30 |`) at `s`, or `s` when there is none. */
export function scheduleEnd(line: string, s: number, e: number): number {
  let p = s;
  let w = p;
  while (w < e && w - p < 10 && /[A-Za-z]/.test(line[w])) w++;
  if (w > p && WEEKDAYS.has(line.slice(p, w).toLowerCase())) {
    let q = w;
    if (line[q] === ',') q++;
    if (line[q] !== ' ') return s;
    p = skipSpaces(line, q, e);
  }
  let t = timeEnd(line, p, e);
  if (t < 0) return s;
  // A range: `09:00-09:45`, `09:00 – 09:45`, `9:00 to 9:45`.
  let q = skipSpaces(line, t, e);
  if (q < e && '-–—'.includes(line[q])) q = skipSpaces(line, q + 1, e);
  else if (line.startsWith('to ', q)) q = skipSpaces(line, q + 3, e);
  const t2 = timeEnd(line, q, e);
  if (t2 > 0) t = t2;
  // Separator between the time and the title.
  q = skipSpaces(line, t, e);
  if (q < e && '-–—|:·'.includes(line[q])) q = skipSpaces(line, q + 1, e);
  if (q === t && q < e) return s; // `09:00Title`: not a schedule prefix
  return q < e ? q : s;
}

/** Strips one layer of `**…**`, `__…__`, `*…*` or `_…_` around the whole span. */
export function unwrapEmphasis(line: string, s: number, e: number): Span {
  for (const m of ['**', '__', '*', '_']) {
    const k = m.length;
    if (e - s > 2 * k && line.startsWith(m, s) && line.startsWith(m, e - k)) {
      const a = s + k;
      const b = e - k;
      if (!isSpace(line.charCodeAt(a)) && !isSpace(line.charCodeAt(b - 1)) && line[a] !== m[0] && line[b - 1] !== m[0]) {
        return { start: a, end: b };
      }
    }
  }
  return { start: s, end: e };
}

/** When the whole span is a Markdown link `[text](url)`, the span of its text; else null. */
export function markdownLinkText(line: string, s: number, e: number): Span | null {
  if (line[s] !== '[' || line[e - 1] !== ')') return null;
  const mid = line.indexOf('](', s);
  if (mid < 0 || mid >= e) return null;
  if (line.indexOf(']', s + 1) !== mid) return null;
  if (line.indexOf(')', mid) !== e - 1) return null;
  const a = skipSpaces(line, s + 1, mid);
  const b = trimEndAt(line, a, mid);
  return b > a ? { start: a, end: b } : null;
}

const OPEN_QUOTES = '"“„«\'‘';
const CLOSE_QUOTES = '"”“»\'’';

/** True when the span is wrapped in quotes. */
export function isQuoted(line: string, s: number, e: number): boolean {
  return e - s >= 3 && OPEN_QUOTES.includes(line[s]) && CLOSE_QUOTES.includes(line[e - 1]);
}

/**
 * The title inside `line[s, e)`: without schedule prefix, emphasis, link syntax, quotes or a
 * trailing `:`/`,`. Null when nothing title-like is left.
 */
export function cleanTitle(line: string, s0: number, e0: number): Span | null {
  let s = skipSpaces(line, s0, e0);
  let e = trimEndAt(line, s, e0);
  s = scheduleEnd(line, s, e);
  for (let round = 0; round < 3; round++) {
    while (e > s && (line[e - 1] === ':' || line[e - 1] === ',' || line[e - 1] === ';')) e = trimEndAt(line, s, e - 1);
    const before = s;
    const beforeEnd = e;
    const em = unwrapEmphasis(line, s, e);
    s = em.start;
    e = em.end;
    const link = markdownLinkText(line, s, e);
    if (link) {
      s = link.start;
      e = link.end;
    }
    if (isQuoted(line, s, e)) {
      s = skipSpaces(line, s + 1, e - 1);
      e = trimEndAt(line, s, e - 1);
    }
    if (s === before && e === beforeEnd) break;
  }
  if (e <= s || !/[\p{L}\p{N}]/u.test(line.slice(s, e))) return null;
  return { start: s, end: e };
}
