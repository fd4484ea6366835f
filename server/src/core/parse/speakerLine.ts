/**
 * Speaker lines (SPEC §2 "Plain text" and "Real notes vary"): pure functions of one line that
 * return UTF-16 offsets into that line. Both the plain-text and the Markdown parser use them;
 * the Markdown parser passes a line with emphasis already removed.
 *
 * Grammar, read left to right without backtracking:
 *   line    := PREFIX? names tail
 *   names   := item ((", " | " and " | ", and " | " & " | "; ") item)*      — several names need and/&/;
 *   item    := NAME (" (" ORG-or-ROLE@ORG ")")?
 *   tail    := "" | ", " ROLE " @ " ORG | ", " ROLE " at " ORG | ", " ROLE ", " ORG | ", " ORG
 *            | ", " ROLE " (" ORG ")" | " @ " ORG | " from " ORG | " - " ROLE ", " ORG | " - " ROLE " @ " ORG
 * The weak forms (`NAME, ORG`, `NAME (ORG)`, a bare name) need two or more name words, no
 * heading word (`Coffee Break`) and an ORG starting with an upper-case letter or a digit.
 * An honorific (`Dr.`, `Prof.`) before a name is skipped: it is not part of the person's name.
 */
import * as speakerName from './speakerName';
import type { NameSpan } from './speakerName';
import * as speakerText from './speakerText';
import * as titleText from './titleText';
import { stripTrailingLinks } from './titleText';

export { stripTrailingLinks };

// Module constants, not the imports: under the CommonJS output tests and benchmarks run (tsx),
// every call of an imported function is a getter call, and these run for every short line.
const { scanName } = speakerName;
const { MAX_SPEAKER_LINE, bulletMarker, endsLikeSentence, sectionTitle, skipSpaces, trimEndAt } = speakerText;
const { cleanTitle, isQuoted, scheduleEnd, unwrapEmphasis } = titleText;
const stripLinks = stripTrailingLinks;

/** One speaker found on a speaker line; offsets are UTF-16 indices into the line. */
export interface ParsedSpeaker {
  name: string;
  role: string | null;
  org: string | null;
  nameStart: number;
  nameEnd: number;
}

/**
 * How a speaker line was written. `bare` (only names, possibly followed by links) is the
 * weakest evidence of a talk; callers may demand more context for it.
 */
export type SpeakerLineForm = 'role-at-org' | 'at-org' | 'dash' | 'paren' | 'comma' | 'bare' | 'panel';

export interface ParsedSpeakerLine {
  speakers: ParsedSpeaker[];
  /** The form that matched (always set by this module). */
  form?: SpeakerLineForm;
  /** True when the line starts with `Speaker:`, `by`, `Presented by` … */
  prefixed?: boolean;
}

/** Prefixes that announce a speaker; those ending in a space need no colon. */
const PREFIXES: readonly string[] = [
  'presented by ',
  'moderated by ',
  'keynote by ',
  'talk by ',
  'speakers:',
  'speaker:',
  'presenters:',
  'presenter:',
  'panelists:',
  'panellists:',
  'moderator:',
  'keynote:',
  'panel:',
  'hosts:',
  'host:',
  'by ',
];

const PREFIX_INITIALS = 'bBhHkKmMpPsStT';

/** Offset after a speaker prefix and its spaces at `s`, or -1. */
export function speakerPrefixEnd(line: string, s: number, e: number): number {
  if (!PREFIX_INITIALS.includes(line[s] ?? ' ')) return -1;
  const head = line.slice(s, Math.min(e, s + 16)).toLowerCase();
  for (const p of PREFIXES) {
    if (head.startsWith(p)) {
      const q = skipSpaces(line, s + p.length, e);
      return q > s + p.length - 1 && q < e ? q : -1;
    }
  }
  return -1;
}

/**
 * The trimmed extent of a line that may hold a speaker, or null for lines that never do: too
 * long, blank, bullets, section headings, lines that end like a sentence.
 */
function candidateExtent(line: string): { s0: number; e0: number } | null {
  if (line.length > MAX_SPEAKER_LINE) return null;
  const s0 = skipSpaces(line, 0);
  const e0 = trimEndAt(line, s0, line.length);
  if (e0 <= s0) return null;
  if (bulletMarker(line) || sectionTitle(line)) return null;
  if (endsLikeSentence(line, s0, e0)) return null;
  return { s0, e0 };
}

/** Reads a whole line as a speaker line (SPEC §2 forms), or returns null. */
export function parseSpeakerLine(line: string): ParsedSpeakerLine | null {
  const extent = candidateExtent(line);
  if (!extent) return null;
  const { s0, e0 } = extent;
  const linkFree = stripLinks(line, s0, e0);
  const { start: s, end: e } = unwrapEmphasis(line, s0, linkFree);
  const afterPrefix = speakerPrefixEnd(line, s, e);
  if (afterPrefix >= 0) {
    const r = parseSpeakers(line, afterPrefix, e, true);
    return r ? { speakers: r.speakers, form: r.form, prefixed: true } : null;
  }
  const r = parseSpeakers(line, s, e, false);
  return r ? { speakers: r.speakers, form: r.form, prefixed: false } : null;
}

/** A line holding both a title and its speaker (`Title — Name`, `Title by Name`, `Name: Title` …). */
export interface ParsedTitleSpeakerLine extends ParsedSpeakerLine {
  title: string;
  titleStart: number;
  titleEnd: number;
  /**
   * True for forms that rarely occur by accident (`**Title** (Name, Org)`, a quoted title, a
   * schedule prefix). Weak ones (`Title — Name`, `Title by Name`, `Name: Title`) are best accepted
   * only when the document uses such lines repeatedly.
   */
  strong?: boolean;
  /** Which one-line layout matched, so a caller can ask whether the document repeats it. */
  layout?: TitleSpeakerLayout;
}

export type TitleSpeakerLayout = 'emphasis' | 'colon' | 'dash' | 'by' | 'paren';

/**
 * Reads a line that holds a talk title and its speaker(s). Returns null for ordinary speaker
 * lines (try `parseSpeakerLine` first), sentences, bullets, sections and ambiguous lines.
 * `speakerLine`, when the caller has it, is `parseSpeakerLine(line) !== null`.
 */
export function parseTitleSpeakerLine(line: string, speakerLine?: boolean): ParsedTitleSpeakerLine | null {
  // Most short lines (titles, sentences) have none of the signs every layout needs.
  if (line.length > MAX_SPEAKER_LINE || !hasTitleSpeakerSign(line)) return null;
  return readTitleSpeakerLine(line, speakerLine);
}

/**
 * `parseTitleSpeakerLine` without its quick rejection of lines lacking every sign of a
 * title-and-speaker layout (the reference the tests hold the quick path to).
 */
export function readTitleSpeakerLine(line: string, speakerLine?: boolean): ParsedTitleSpeakerLine | null {
  const extent = candidateExtent(line);
  if (!extent) return null;
  const { s0, e0 } = extent;
  const e = stripLinks(line, s0, e0);
  const s = scheduleEnd(line, s0, e);
  const scheduled = s > s0;
  if (speakerPrefixEnd(line, s, e) >= 0) return null;
  if (!mayHoldTitleAndSpeaker(line, s)) return null;
  // Precedence (SPEC §2): a line that reads as a speaker line is never a title-and-speaker line.
  if (speakerLine ?? parseSpeakerLine(line) !== null) return null;
  return (
    emphasizedTitleForm(line, s, e) ??
    colonForm(line, s, e, scheduled) ??
    dashForm(line, s, e, scheduled) ??
    byForm(line, s, e, scheduled) ??
    parenForm(line, s, e, scheduled)
  );
}

// ---------------------------------------------------------------------------------------------
// One-line title-and-speaker forms

/**
 * True when `mayHoldTitleAndSpeaker(line, s)` can hold for some `s`: an `*` or `_`, or one of
 * `: `, ` by `, ` (`, ` - `, ` – `, ` — ` anywhere in the line. One pass, no strings.
 */
function hasTitleSpeakerSign(line: string): boolean {
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x2a /* * */ || c === 0x5f /* _ */) return true;
    if (i + 1 >= n) break;
    const d = line.charCodeAt(i + 1);
    if (c === 0x3a /* : */) {
      if (d === 0x20) return true;
    } else if (c === 0x20) {
      if (d === 0x28 /* ( */) return true;
      if ((d === 0x2d || d === 0x2013 || d === 0x2014) && i + 2 < n && line.charCodeAt(i + 2) === 0x20) return true;
      if (d === 0x62 /* b */ && i + 3 < n && line.charCodeAt(i + 2) === 0x79 /* y */ && line.charCodeAt(i + 3) === 0x20) return true;
    }
  }
  return false;
}

/** Cheap pre-check: every one-line layout needs one of these signs. */
function mayHoldTitleAndSpeaker(line: string, s: number): boolean {
  const c = line[s];
  return (
    c === '*' || c === '_' || line.indexOf(': ', s) >= 0 || line.indexOf(' by ', s) >= 0 || line.indexOf(' (', s) >= 0 ||
    line.indexOf(' - ', s) >= 0 || line.indexOf(' – ', s) >= 0 || line.indexOf(' — ', s) >= 0
  );
}

function result(line: string, title: { start: number; end: number }, sp: ParsedSpeakerLine, strong: boolean, layout: TitleSpeakerLayout): ParsedTitleSpeakerLine {
  return {
    layout,
    speakers: sp.speakers,
    form: sp.form,
    prefixed: false,
    title: line.slice(title.start, title.end),
    titleStart: title.start,
    titleEnd: title.end,
    strong,
  };
}

/** `**Title** (Name, Org)`, `**Title** — Name`, `*Title* by Name`. */
function emphasizedTitleForm(line: string, s: number, e: number): ParsedTitleSpeakerLine | null {
  for (const m of ['**', '__', '*', '_']) {
    if (!line.startsWith(m, s) || line.startsWith(m[0], s + m.length)) continue;
    const close = line.indexOf(m, s + m.length + 1);
    if (close < 0 || close + m.length >= e) return null;
    const title = cleanTitle(line, s + m.length, close);
    if (!title) return null;
    let p = close + m.length;
    if (line[p] === ':' || line[p] === ',') p++;
    const q = skipSpaces(line, p, e);
    if (q === p && q < e) return null;
    let sp: ParsedSpeakerLine | null = null;
    if (line[q] === '(' && line[e - 1] === ')') sp = parseSpeakers(line, skipSpaces(line, q + 1, e - 1), trimEndAt(line, q + 1, e - 1), false);
    else if (q < e && '-–—'.includes(line[q])) sp = parseSpeakers(line, skipSpaces(line, q + 1, e), e, false);
    else if (line.startsWith('by ', q)) sp = parseSpeakers(line, skipSpaces(line, q + 3, e), e, false);
    return sp ? result(line, title, sp, true, 'emphasis') : null;
  }
  return null;
}

/** `Name: Title`, `Name, Org: "Title"`, `Name (Org): Title`. */
function colonForm(line: string, s: number, e: number, scheduled: boolean): ParsedTitleSpeakerLine | null {
  const colon = line.indexOf(': ', s);
  if (colon < 0 || colon >= e) return null;
  const sp = parseSpeakers(line, s, colon, false);
  if (!sp) return null;
  const title = cleanTitle(line, colon + 2, e);
  if (!title) return null;
  const quoted = isQuoted(line, skipSpaces(line, colon + 2, e), e);
  return result(line, title, sp, quoted || scheduled, 'colon');
}

/** `Title — Name`, `Title - Name, Role @ Org`; the last spaced dash whose right side is a speaker. */
function dashForm(line: string, s: number, e: number, scheduled: boolean): ParsedTitleSpeakerLine | null {
  let limit = e;
  for (let tries = 0; tries < 4; tries++) {
    const d = lastSpacedDash(line, s, limit);
    if (d < 0) return null;
    const sp = parseSpeakers(line, skipSpaces(line, d + 2, e), e, false);
    if (sp) {
      const title = cleanTitle(line, s, d);
      if (!title) return null;
      // `Jane Doe — John Smith`: which side is the title? Prefer no talk.
      if (sp.form === 'bare' && parseSpeakers(line, title.start, title.end, false)) return null;
      return result(line, title, sp, scheduled, 'dash');
    }
    limit = d;
  }
  return null;
}

/** `Title by Name`, `Title, by Name (Org)`. */
function byForm(line: string, s: number, e: number, scheduled: boolean): ParsedTitleSpeakerLine | null {
  const by = line.lastIndexOf(' by ', e - 5);
  if (by <= s) return null;
  const sp = parseSpeakers(line, skipSpaces(line, by + 4, e), e, false);
  if (!sp) return null;
  const title = cleanTitle(line, s, by);
  return title ? result(line, title, sp, scheduled, 'by') : null;
}

/** `Title (Name, Org)`: the parenthesis must hold more than a bare organisation. */
function parenForm(line: string, s: number, e: number, scheduled: boolean): ParsedTitleSpeakerLine | null {
  if (line[e - 1] !== ')') return null;
  const open = line.lastIndexOf('(', e - 1);
  if (open <= s || line[open - 1] !== ' ' || line.indexOf(')', open) !== e - 1) return null;
  const sp = parseSpeakers(line, skipSpaces(line, open + 1, e - 1), trimEndAt(line, open + 1, e - 1), false);
  if (!sp) return null;
  const title = cleanTitle(line, s, open);
  if (!title) return null;
  if (sp.form === 'bare' && parseSpeakers(line, title.start, title.end, false)) return null;
  return result(line, title, sp, scheduled, 'paren');
}

function lastSpacedDash(line: string, s: number, e: number): number {
  for (let i = e - 2; i > s; i--) {
    const c = line[i];
    if ((c === '-' || c === '–' || c === '—') && line[i - 1] === ' ' && line[i + 1] === ' ') return i - 1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Names, roles and organisations

interface Item {
  name: NameSpan;
  role: string | null;
  org: string | null;
  own: boolean;
  /** The own parenthesis held `ROLE @ ORG` (strong evidence). */
  ownStrong: boolean;
}

type Sep = 'comma' | 'and' | 'semi';

const SEPARATORS: readonly [string, Sep][] = [
  [', and ', 'and'],
  [', & ', 'and'],
  [' and ', 'and'],
  [' & ', 'and'],
  ['; ', 'semi'],
  [', ', 'comma'],
];

/**
 * Reads `line[s, e)` (prefix already removed) as names with role and organisation. `prefixed`
 * relaxes the weak-form rules: after `Speaker:` a single name word is enough.
 */
export function parseSpeakers(line: string, s: number, e: number, prefixed: boolean): ParsedSpeakerLine | null {
  if (e <= s) return null;
  const first = readItem(line, s, e);
  if (!first) return null;
  const items: Item[] = [first.item];
  const seps: Sep[] = [];
  let q = first.end;
  while (q < e && items.length < 12) {
    let matched: [string, Sep] | undefined;
    for (const sep of SEPARATORS) {
      if (line.startsWith(sep[0], q)) {
        matched = sep;
        break;
      }
    }
    if (!matched) break;
    const next = readItem(line, q + matched[0].length, e);
    if (!next) break;
    items.push(next.item);
    seps.push(matched[1]);
    q = next.end;
    if (matched[1] === 'and' && !items.some((it) => it.own)) break; // `A, B and C` ends the list
  }
  if (items.length > 1 && listIsValid(items, seps, prefixed)) {
    return finishList(line, items, q, e, prefixed);
  }
  return finishSingle(line, first.item, first.end, e, prefixed);
}

/** Honorifics stand before a name but are not part of it (the person is `Jane Doe`, not `Dr. Jane Doe`). */
const HONORIFICS: readonly string[] = ['Dr. ', 'Dr ', 'Prof. ', 'Prof ', 'Mr. ', 'Ms. ', 'Mrs. ', 'Mx. ', 'Sir ', 'Dame '];

function readItem(line: string, p0: number, e: number): { item: Item; end: number } | null {
  let p = p0;
  if ('DPMSd'.includes(line[p] ?? ' ')) {
    for (const h of HONORIFICS) {
      if (line.startsWith(h, p)) {
        p += h.length;
        break;
      }
    }
  }
  const name = scanName(line, p, e);
  if (!name) return null;
  const item: Item = { name, role: null, org: null, own: false, ownStrong: false };
  let end = name.end;
  if (line.startsWith(' (', end)) {
    const close = line.indexOf(')', end + 2);
    if (close > 0 && close < e) {
      const inner = roleOrgInParens(line, end + 2, close);
      if (inner) {
        item.role = inner.role;
        item.org = inner.org;
        item.own = true;
        item.ownStrong = inner.strong;
        end = close + 1;
      }
    }
  }
  return { item, end };
}

const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['inc.', 'inc', 'ltd.', 'ltd', 'llc', 'llc.', 'corp.', 'corp', 'co.', 'gmbh', 'ag', 'sa', 'plc', 'bv', 'oy', 'ab']);

function roleOrgInParens(line: string, a: number, b: number): { role: string | null; org: string | null; strong: boolean } | null {
  const inner = line.slice(a, b).trim();
  if (inner.length === 0 || inner.includes('(')) return null;
  const ro = splitRoleOrg(inner);
  if (ro) return { role: ro.role, org: ro.org, strong: inner.includes(' @ ') };
  const comma = inner.lastIndexOf(', ');
  if (comma > 0) {
    const role = inner.slice(0, comma).trim();
    const org = inner.slice(comma + 2).trim();
    if (!COMPANY_SUFFIXES.has(org.toLowerCase()) && orgLooksRight(org) && role) return { role, org, strong: false };
  }
  return orgLooksRight(inner) ? { role: null, org: inner, strong: false } : null;
}

/** ORG after ` @ `: anything but a handle or a clause (`OpenAI: Informal methods` holds a title). */
function strongOrgOk(org: string): boolean {
  return org.length > 0 && org[0] !== '@' && !org.includes(': ') && !/[?!]/.test(org);
}

/** ORG of a weak form: starts with an upper-case letter or a digit, reads like a name, not a clause. */
function orgLooksRight(org: string): boolean {
  if (org.length === 0) return false;
  if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(org)) return false;
  if (/[?!;:]/.test(org)) return false;
  let words = 1;
  for (let i = 0; i < org.length; i++) if (org.charCodeAt(i) === 32) words++;
  return words <= 8;
}

function nameOk(item: Item, prefixed: boolean, weak: boolean): boolean {
  if (prefixed) return !(weak && item.name.doubtful);
  if (weak) return item.name.words >= 2 && !item.name.doubtful;
  return item.name.words >= 2 || !item.name.doubtful;
}

function listIsValid(items: Item[], seps: Sep[], prefixed: boolean): boolean {
  const last = seps[seps.length - 1];
  const allOwn = items.every((it) => it.own);
  const allSemi = seps.every((x) => x === 'semi');
  if (!(last === 'and' || allSemi || allOwn)) return false;
  const allShort = items.every((it) => it.name.words === 1);
  const allFull = items.every((it) => it.name.words >= 2 && !it.name.doubtful);
  return allFull || (prefixed && allShort);
}

function speaker(line: string, it: Item, role: string | null, org: string | null): ParsedSpeaker {
  return { name: line.slice(it.name.start, it.name.end), role, org, nameStart: it.name.start, nameEnd: it.name.end };
}

function finishList(line: string, items: Item[], q: number, e: number, prefixed: boolean): ParsedSpeakerLine | null {
  const ownCount = items.filter((it) => it.own).length;
  const lastItem = items[items.length - 1];
  if (ownCount > 0) {
    if (skipSpaces(line, q, e) < e) return null;
    if (ownCount === 1 && lastItem.own) {
      // `A, B and C (ORG)`: the organisation is shared.
      return { speakers: items.map((it) => speaker(line, it, lastItem.role, lastItem.org)), form: 'paren' };
    }
    return { speakers: items.map((it) => speaker(line, it, it.role, it.org)), form: 'panel' };
  }
  const tail = readTail(line, q, e);
  if (!tail) return null;
  if (tail.weak && !prefixed && !items.every((it) => nameOk(it, false, true))) return null;
  return { speakers: items.map((it) => speaker(line, it, tail.role, tail.org)), form: tail.form };
}

function finishSingle(line: string, item: Item, q: number, e: number, prefixed: boolean): ParsedSpeakerLine | null {
  if (item.own) {
    if (skipSpaces(line, q, e) < e) return null;
    if (!nameOk(item, prefixed, !item.ownStrong)) return null;
    if (item.role === null && item.org !== null && isAcronymOf(item.org, line.slice(item.name.start, item.name.end))) return null;
    return { speakers: [speaker(line, item, item.role, item.org)], form: 'paren' };
  }
  const tail = readTail(line, q, e);
  if (!tail) return null;
  if (!nameOk(item, prefixed, tail.weak)) return null;
  if (tail.form === 'bare' && !prefixed && item.name.words > 4) return null;
  return { speakers: [speaker(line, item, tail.role, tail.org)], form: tail.form };
}

interface Tail {
  role: string | null;
  org: string | null;
  form: SpeakerLineForm;
  weak: boolean;
}

/** What follows the names: nothing, `, ROLE @ ORG`, ` @ ORG`, ` - ROLE, ORG`, `, ORG` … */
function readTail(line: string, q: number, e: number): Tail | null {
  if (q >= e) return { role: null, org: null, form: 'bare', weak: true };
  if (line.startsWith(', ', q)) {
    const u = line.slice(q + 2, e).trim();
    if (!u) return null;
    const ro = splitRoleOrg(u);
    if (ro) return { role: ro.role, org: ro.org, form: 'role-at-org', weak: false };
    const comma = u.lastIndexOf(', ');
    if (comma > 0) {
      const role = u.slice(0, comma).trim();
      const org = u.slice(comma + 2).trim();
      // `A, B, C` with three full names is a list missing its `and`: ambiguous, so no speaker line.
      if (isWholeName(role) && isWholeName(org)) return null;
      if (role && !/[?!;:]/.test(role) && orgLooksRight(org) && !COMPANY_SUFFIXES.has(org.toLowerCase())) return { role, org, form: 'comma', weak: true };
    }
    // `NAME, ROLE (ORG)`
    const open = u.lastIndexOf(' (');
    if (open > 0 && u.endsWith(')') && u.indexOf(')') === u.length - 1) {
      const role = u.slice(0, open).trim();
      const org = u.slice(open + 2, -1).trim();
      if (orgLooksRight(org) && !/[?!;:]/.test(role)) return { role, org, form: 'comma', weak: true };
    }
    return orgLooksRight(u) ? { role: null, org: u, form: 'comma', weak: true } : null;
  }
  if (line.startsWith(' from ', q)) {
    const org = line.slice(q + 6, e).trim();
    return orgLooksRight(org) ? { role: null, org, form: 'at-org', weak: true } : null;
  }
  if (line.startsWith(' @ ', q)) {
    const org = line.slice(q + 3, e).trim();
    return strongOrgOk(org) ? { role: null, org, form: 'at-org', weak: false } : null;
  }
  if (line[q] === ' ' && '-–—'.includes(line[q + 1] ?? '') && line[q + 2] === ' ') {
    const v = line.slice(q + 3, e).trim();
    const ro = splitRoleOrg(v);
    if (ro) return { role: ro.role, org: ro.org, form: 'dash', weak: false };
    const comma = v.lastIndexOf(', ');
    if (comma <= 0) return null;
    const role = v.slice(0, comma).trim();
    const org = v.slice(comma + 2).trim();
    return role && orgLooksRight(org) ? { role, org, form: 'dash', weak: false } : null;
  }
  return null;
}

/** `Amazon Web Services (AWS)`: the parenthesis spells the name's initials, so it is no person. */
function isAcronymOf(org: string, name: string): boolean {
  const initials = name
    .split(' ')
    .map((w) => w[0] ?? '')
    .join('');
  return org.length >= 2 && org.toUpperCase() === org && org === initials.toUpperCase();
}

function isWholeName(t: string): boolean {
  const n = scanName(t, 0, t.length);
  return n !== null && n.words >= 2 && n.end === t.length;
}

/** `ROLE @ ORG` (ROLE runs to the last ` @ `) or `ROLE at ORG` with a capitalised ORG. */
function splitRoleOrg(u: string): { role: string; org: string } | null {
  const at = u.lastIndexOf(' @ ');
  if (at > 0) {
    const role = u.slice(0, at).trim();
    const org = u.slice(at + 3).trim();
    return role && strongOrgOk(org) ? { role, org } : null;
  }
  const at2 = u.lastIndexOf(' at ');
  if (at2 > 0) {
    const role = u.slice(0, at2).trim();
    const org = u.slice(at2 + 4).trim();
    if (role && orgLooksRight(org) && !/[?!;:]/.test(role)) return { role, org };
  }
  return null;
}
