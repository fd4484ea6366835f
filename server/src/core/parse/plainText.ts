import type { DocumentStructure, ProseBlock, Range, ReferenceDefinition, Section, Speaker, Talk, TextPiece } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { personKey } from '../text/names';
import * as plainLines from './plainLines';
import { LineKind } from './plainLines';
import * as speakerLine from './speakerLine';
import type { ParsedSpeakerLine } from './speakerLine';
import * as speakerText from './speakerText';
import type { BulletMarker } from './speakerText';
import * as titleText from './titleText';
import type { Span } from './titleText';

// Module constants, not the imports: under the CommonJS output tests and benchmarks run (tsx),
// every call of an imported function is a getter call, and these run for every line.
const { classifyLine, definitionLine, separatesBlocks } = plainLines;
const { parseSpeakerLine, parseTitleSpeakerLine } = speakerLine;
const { bulletMarker, endsLikeSentence, sectionTitle, skipSpaces, trimEndAt } = speakerText;
const { cleanTitle } = titleText;

// `LineKind` values as module constants: the loops below compare every line's kind several
// times, and under the CommonJS output tests and benchmarks run (tsx) each `LineKind.X` of an
// imported enum is a getter call.
const BLANK_LINE = LineKind.Blank;
const DIRECTIVE_LINE = LineKind.Directive;
const DEFINITION_LINE = LineKind.Definition;
const BULLET_LINE = LineKind.Bullet;
const SECTION_LINE = LineKind.Section;
const TEXT_LINE = LineKind.Text;

/** Document-level decisions for parsing a part of a file (incremental re-analysis parses one talk). */
export interface PlainTextContext {
  /** Whether the whole file separates its blocks with blank lines (see `separatesBlocks`). */
  separated?: boolean;
}

/**
 * Reads the plain-text form (SPEC §2): document title, talks found from their speaker lines,
 * sections, bullets, paragraphs and reference definitions. Three linear passes: classify each
 * line, find talks, then build prose blocks.
 */
export function parsePlainText(text: string, lines: LineIndex, context?: PlainTextContext): DocumentStructure {
  const n = lines.lineCount;
  const texts: string[] = new Array(n);
  const kinds = new Uint8Array(n);
  classifyLines(text, lines, texts, kinds);
  const separated = context?.separated ?? separatesBlocks(kinds);
  const found = findTalks(texts, kinds, separated);
  const talks = found.talks;

  const firstLine = firstTitleLine(kinds);
  let title: DocumentStructure['title'] = null;
  let docTitleLine = -1;
  if (firstLine >= 0 && found.role[firstLine] === Role.None) {
    const raw = texts[firstLine];
    const s = skipSpaces(raw, 0);
    const e = trimEndAt(raw, s, raw.length);
    title = { text: raw.slice(s, e), range: span(firstLine, s, e) };
    docTitleLine = firstLine;
  }

  const { blocks, definitions } = buildBlocks(texts, kinds, found, docTitleLine, separated, lines);
  finishRanges(talks, kinds, lines);
  return { title, conference: null, talks, blocks, definitions, comments: [], problems: [] };
}

/**
 * Fills each line's text and kind. A function of its own: a hot loop inside `parsePlainText`
 * had V8 compile it on the stack (OSR) at every call, then drop that code right after the loop.
 */
function classifyLines(text: string, lines: LineIndex, texts: string[], kinds: Uint8Array): void {
  const starts = lines.starts;
  const ends = lines.ends;
  for (let i = 0; i < texts.length; i++) {
    const t = text.slice(starts[i], ends[i]);
    texts[i] = t;
    kinds[i] = classifyLine(t);
  }
}

/** Range of `[start, end)` on one line (columns), without a search through the line index. */
function span(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

const enum Role {
  None,
  Title,
  Speaker,
}

function firstTitleLine(kinds: Uint8Array): number {
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i];
    if (k === BLANK_LINE || k === DIRECTIVE_LINE) continue;
    return k === DEFINITION_LINE ? -1 : i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Talks

interface Found {
  talks: Talk[];
  role: Uint8Array;
  /** `bulletMarker` of every bullet line, read once for all the passes that need it. */
  bullets: (BulletMarker | null)[];
}

/** Longest line we consider as a talk title. */
const MAX_TITLE_LINE = 200;

function findTalks(texts: string[], kinds: Uint8Array, separated: boolean): Found {
  const n = texts.length;
  const role = new Uint8Array(n);
  const bullets: (BulletMarker | null)[] = new Array(n);
  const speakerCache: (ParsedSpeakerLine | null | undefined)[] = new Array(n);
  const speakerAt = (i: number): ParsedSpeakerLine | null => {
    if (i < 0 || i >= n || kinds[i] !== TEXT_LINE) return null;
    let r = speakerCache[i];
    if (r === undefined) {
      r = parseSpeakerLine(texts[i]);
      speakerCache[i] = r;
    }
    return r;
  };

  // Weak one-line forms (`Title — Name`) count only when the document repeats the same layout.
  const oneLine = new Map<number, { parsed: NonNullable<ReturnType<typeof parseTitleSpeakerLine>>; offset: number }>();
  const weakCount = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    let offset = 0;
    if (k === BULLET_LINE) {
      const b = bulletMarker(texts[i]);
      bullets[i] = b;
      if (!b || !b.numbered) continue;
      offset = b.contentStart;
    } else if (k !== TEXT_LINE) continue;
    if (texts[i].length - offset > 160) continue;
    const content = offset ? texts[i].slice(offset) : texts[i];
    if (offset === 0 && speakerAt(i)) continue;
    // A line of its own (offset 0) is no speaker line, as just seen.
    const parsed = parseTitleSpeakerLine(content, offset === 0 ? false : undefined);
    if (!parsed) continue;
    oneLine.set(i, { parsed, offset });
    if (!parsed.strong) weakCount.set(parsed.layout ?? '', (weakCount.get(parsed.layout ?? '') ?? 0) + 1);
  }

  const firstNonBlank = firstTitleLine(kinds);
  const talks: Talk[] = [];
  let current: Talk | null = null;
  let lastSpeakerLine = -1;
  let prev = -1; // previous non-blank line
  let prevPrevBlank = true; // whether the line before `prev` was blank (or the start)
  let lastWasBlank = true;

  // The same few people speak in many talks of a long file, and folding a name with an accent
  // (`personKey`) normalises it and runs a regular expression.
  const keys = new Map<string, string>();
  const addSpeakers = (talk: Talk, line: number, parsed: ParsedSpeakerLine, offset: number): void => {
    for (const p of parsed.speakers) {
      let key = keys.get(p.name);
      if (key === undefined) {
        key = personKey(p.name);
        keys.set(p.name, key);
      }
      if (talk.speakers.some((x) => x.key === key)) continue;
      const sp: Speaker = {
        name: p.name,
        key,
        role: p.role,
        org: p.org,
        line,
        nameRange: span(line, offset + p.nameStart, offset + p.nameEnd),
        lineRange: span(line, 0, texts[line].length),
      };
      talk.speakers.push(sp);
    }
  };

  const newTalk = (line: number, sp: Span): Talk => {
    const talk: Talk = {
      title: texts[line].slice(sp.start, sp.end),
      line,
      titleRange: span(line, sp.start, sp.end),
      range: span(line, 0, texts[line].length),
      speakers: [],
      sections: [],
      headingLevel: 0,
    };
    talks.push(talk);
    return talk;
  };

  for (let i = 0; i < n; i++) {
    if (kinds[i] === BLANK_LINE) {
      lastWasBlank = true;
      continue;
    }
    const sp = speakerAt(i);
    let handled = false;
    if (sp) {
      // A bare name adds a speaker only right below the previous speaker line, not across a gap.
      const gapTooWide = sp.form === 'bare' && !sp.prefixed && lastWasBlank;
      if (current && lastSpeakerLine === prev && prev >= 0 && !gapTooWide) {
        addSpeakers(current, i, sp, 0);
        role[i] = Role.Speaker;
        lastSpeakerLine = i;
        handled = true;
      } else if (prev >= 0 && role[prev] === Role.None) {
        const span = titleCandidate(prev, sp);
        if (span) {
          current = newTalk(prev, span);
          role[prev] = Role.Title;
          addSpeakers(current, i, sp, 0);
          role[i] = Role.Speaker;
          lastSpeakerLine = i;
          handled = true;
        }
      }
    }
    if (!handled) {
      const one = oneLine.get(i);
      if (one && (one.parsed.strong || (weakCount.get(one.parsed.layout ?? '') ?? 0) >= 2) && !nextIsSpeakerLine(i)) {
        const p = one.parsed;
        current = newTalk(i, { start: one.offset + p.titleStart, end: one.offset + p.titleEnd });
        role[i] = Role.Title;
        addSpeakers(current, i, p, one.offset);
        lastSpeakerLine = i;
      }
    }
    prevPrevBlank = lastWasBlank;
    lastWasBlank = false;
    prev = i;
  }
  return { talks, role, bullets };

  function nextIsSpeakerLine(i: number): boolean {
    for (let j = i + 1; j < n; j++) {
      if (kinds[j] === BLANK_LINE) continue;
      const sp = speakerAt(j);
      return sp !== null && sp.form !== 'bare';
    }
    return false;
  }

  /** The title span on line `t` when it may head a talk whose speaker line is `sp`. */
  function titleCandidate(t: number, sp: ParsedSpeakerLine): Span | null {
    const raw = texts[t];
    const k = kinds[t];
    let from = 0;
    if (k === BULLET_LINE) {
      const b = bullets[t];
      if (!b || !b.numbered) return null;
      from = b.contentStart;
    } else if (k !== TEXT_LINE) {
      return null;
    }
    const s = skipSpaces(raw, from);
    const e = trimEndAt(raw, s, raw.length);
    if (e - s > MAX_TITLE_LINE || e <= s) return null;
    const last = raw[e - 1];
    if (last === ':' || last === ',' || last === ';') return null;
    if (last === '.' && endsLikeSentence(raw, s, e)) return null;
    const prevSp = speakerAt(t);
    if (prevSp && prevSp.form !== 'bare') return null;
    const weakSpeaker = sp.form === 'bare' && !sp.prefixed;
    if (weakSpeaker) {
      // A name alone is weak evidence: the title must look like a heading of its own.
      if (t === firstNonBlank || endsLikeSentence(raw, s, e) || prevSp) return null;
      if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“'‘*_[]/u.test(raw[s] ?? '')) return null;
      if (separated && !prevPrevBlank) return null;
    }
    return cleanTitle(raw, s, e);
  }
}

// ---------------------------------------------------------------------------------------------
// Prose blocks, sections and definitions

function buildBlocks(
  texts: string[],
  kinds: Uint8Array,
  found: Found,
  docTitleLine: number,
  separated: boolean,
  lines: LineIndex,
): { blocks: ProseBlock[]; definitions: ReferenceDefinition[] } {
  const { talks, role, bullets } = found;
  const blocks: ProseBlock[] = [];
  const definitions: ReferenceDefinition[] = [];
  let talkIdx = -1;
  let sectionIdx = -1;
  // The block being read, in locals rather than an object per block: most blocks are one line.
  let openKind: ProseBlock['kind'] | null = null;
  let firstPart = '';
  /** Text parts joined once at the end, from the second line on: appending to one growing string and reading it back is quadratic in V8. */
  let parts: string[] | null = null;
  let pieces: TextPiece[] = [];
  let length = 0;
  let indent = 0;
  let startLine = 0;
  let startChar = 0;
  let endLine = 0;
  let endChar = 0;

  const close = (): void => {
    if (openKind === null) return;
    if (length > 0) {
      blocks.push({
        kind: openKind,
        text: parts === null ? firstPart : parts.join(''),
        pieces,
        range: { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } },
        talk: talkIdx,
        section: sectionIdx,
      });
    }
    openKind = null;
  };
  const start = (kind: ProseBlock['kind'], at: number, line: number, from: number, content: string): void => {
    openKind = kind;
    firstPart = content;
    parts = null;
    pieces = [{ textStart: 0, docStart: lines.starts[line] + from, length: content.length }];
    length = content.length;
    indent = at;
    startLine = line;
    startChar = from;
    endLine = line;
    endChar = from + content.length;
  };
  // A line break and the indentation after it become one space, which maps to no piece.
  const append = (line: number, from: number, content: string): void => {
    if (parts === null) parts = [firstPart];
    parts.push(' ', content);
    pieces.push({ textStart: length + 1, docStart: lines.starts[line] + from, length: content.length });
    length += 1 + content.length;
    endLine = line;
    endChar = from + content.length;
  };

  for (let i = 0; i < texts.length; i++) {
    if (talkIdx + 1 < talks.length && talks[talkIdx + 1].line === i) {
      close();
      talkIdx++;
      sectionIdx = -1;
    }
    const k = kinds[i];
    if (i === docTitleLine || role[i] !== Role.None || k === BLANK_LINE || k === DIRECTIVE_LINE) {
      close();
      continue;
    }
    const raw = texts[i];
    if (k === DEFINITION_LINE) {
      close();
      const d = definitionLine(raw);
      if (d) {
        const body = raw.slice(d.textStart, d.textEnd);
        definitions.push({
          marker: raw.slice(d.markerStart, d.markerEnd),
          id: d.id.toLowerCase(),
          text: body,
          url: /^https?:\/\//i.test(body) ? body.slice(0, urlEnd(body)) : null,
          line: i,
          range: span(i, d.markerStart, d.textEnd),
          markerRange: span(i, d.markerStart, d.markerEnd),
        });
      }
      continue;
    }
    if (k === SECTION_LINE) {
      close();
      const sec = sectionTitle(raw);
      if (talkIdx >= 0 && sec) {
        const talk = talks[talkIdx];
        const section: Section = {
          title: raw.slice(sec.start, sec.end),
          line: i,
          titleRange: span(i, sec.start, sec.end),
          range: span(i, 0, raw.length),
        };
        talk.sections.push(section);
        sectionIdx = talk.sections.length - 1;
      }
      continue;
    }
    const s = skipSpaces(raw, 0);
    const e = trimEndAt(raw, s, raw.length);
    if (k === BULLET_LINE) {
      close();
      const b = bullets[i];
      const cs = b ? b.contentStart : s;
      if (cs < e) start('bullet', b ? b.markerStart : s, i, cs, raw.slice(cs, e));
      continue;
    }
    const kind = openKind as ProseBlock['kind'] | null;
    if ((kind === 'bullet' && s > indent) || (kind === 'paragraph' && separated)) {
      append(i, s, raw.slice(s, e));
      continue;
    }
    close();
    start('paragraph', s, i, s, raw.slice(s, e));
  }
  close();
  return { blocks, definitions };
}

function urlEnd(body: string): number {
  let p = 0;
  while (p < body.length && body.charCodeAt(p) > 32 && body[p] !== '>' && body[p] !== '"') p++;
  return p;
}

/** Talk and section ranges run to the last non-blank line before the next talk / section. */
function finishRanges(talks: Talk[], kinds: Uint8Array, lines: LineIndex): void {
  const lastLine = kinds.length - 1;
  const trimBack = (from: number, to: number): number => {
    let j = to;
    while (j > from && kinds[j] === BLANK_LINE) j--;
    return j;
  };
  for (let t = 0; t < talks.length; t++) {
    const talk = talks[t];
    const end = trimBack(talk.line, t + 1 < talks.length ? talks[t + 1].line - 1 : lastLine);
    talk.range = { start: { line: talk.line, character: 0 }, end: { line: end, character: lines.ends[end] - lines.starts[end] } };
    const secs = talk.sections;
    for (let k = 0; k < secs.length; k++) {
      const sEnd = trimBack(secs[k].line, k + 1 < secs.length ? secs[k + 1].line - 1 : end);
      secs[k].range = { start: { line: secs[k].line, character: 0 }, end: { line: sEnd, character: lines.ends[sEnd] - lines.starts[sEnd] } };
    }
  }
}
