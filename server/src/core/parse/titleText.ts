import * as speakerText from './speakerText';

// Module constants, not the imports: under the CommonJS output tests and benchmarks run (tsx),
// every call of an imported function is a getter call, and these run per character.
const { isSpace, skipSpaces, trimEndAt } = speakerText;

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

const WEEKDAY_INITIAL = 'mtwfsMTWFS';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
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
  while (w < e && w - p < 10 && isAsciiLetter(line.charCodeAt(w))) w++;
  // Weekdays have three to nine letters and open with m, t, w, f or s: other words need no copy.
  if (w - p >= 3 && w - p <= 9 && WEEKDAY_INITIAL.includes(line[p]) && WEEKDAYS.has(line.slice(p, w).toLowerCase())) {
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

const TITLE_LABELS: readonly string[] = ['talk:', 'title:', 'talk title:'];

/** Offset after a `Talk:` / `Title:` label at `s`, or `s`. */
function labelEnd(line: string, s: number, e: number): number {
  if (line[s] !== 't' && line[s] !== 'T') return s;
  const head = line.slice(s, Math.min(e, s + 12)).toLowerCase();
  for (const l of TITLE_LABELS) {
    if (head.startsWith(l)) {
      const q = skipSpaces(line, s + l.length, e);
      return q < e ? q : s;
    }
  }
  return s;
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
  e = stripTrailingLinks(line, s, e);
  s = scheduleEnd(line, s, e);
  s = labelEnd(line, s, e);
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

// ---------------------------------------------------------------------------------------------
// Trailing links after a name or a title: `Jane Doe — [video](https://…) | slides: https://…`

const LINK_WORDS: ReadonlySet<string> = new Set([
  'video', 'videos', 'slides', 'slide', 'deck', 'recording', 'youtube', 'vimeo', 'link', 'links', 'paper', 'code', 'repo', 'github', 'demo', 'blog', 'post', 'transcript', 'abstract', 'website', 'site',
]);

/** End of `line[s, e)` without a trailing run of links, link words and separators; `e` when there is no link. */
export function stripTrailingLinks(line: string, s: number, e: number): number {
  if (line.indexOf('http', s) < 0 && line.indexOf('www.', s) < 0) return e;
  let pos = e;
  let found = false;
  let cut = e;
  for (let guard = 0; guard < 40 && pos > s; guard++) {
    pos = trimEndAt(line, s, pos);
    if (pos <= s) break;
    if (line[pos - 1] === ')') {
      const open = line.lastIndexOf('(', pos - 1);
      if (open > s) {
        const target = line.slice(open + 1, pos - 1);
        if (line[open - 1] === ']') {
          const lb = line.lastIndexOf('[', open - 1);
          if (lb > s && looksLikeUrl(target)) {
            found = true;
            pos = lb;
            cut = pos;
            continue;
          }
        } else if (looksLikeUrl(target.trim())) {
          found = true;
          pos = open;
          cut = pos;
          continue;
        }
      }
    }
    let t = pos;
    while (t > s && !isSpace(line.charCodeAt(t - 1))) t--;
    const token = line.slice(t, pos);
    const bare = trimChars(token, '([<', ')]>:,.');
    if (t === s) break; // the whole span is the link: nothing left to keep
    if (looksLikeUrl(bare)) {
      found = true;
      pos = t;
      cut = pos;
    } else if (bare === '' || /^[-–—|·/•:]+$/.test(bare) || LINK_WORDS.has(bare.toLowerCase())) {
      pos = t;
      if (found) cut = pos;
    } else {
      break;
    }
  }
  if (!found) return e;
  // Drop separators left between the name and the links.
  let end = trimEndAt(line, s, cut);
  while (end > s && '-–—|·:,('.includes(line[end - 1])) end = trimEndAt(line, s, end - 1);
  return end > s ? end : e;
}

/** `token` without leading characters from `lead` and trailing ones from `trail`. */
function trimChars(token: string, lead: string, trail: string): string {
  let a = 0;
  let b = token.length;
  while (a < b && lead.includes(token[a])) a++;
  while (b > a && trail.includes(token[b - 1])) b--;
  return token.slice(a, b);
}

function looksLikeUrl(t: string): boolean {
  return /^(?:https?:\/\/|www\.)\S/i.test(t);
}
