// A deliberately small reader of notes files for the summary tests and eval: given the talk
// titles (the reference files list them), it finds each talk, its speaker line, its sections
// and its prose blocks. It lets the summariser be tested and evaluated independently of the
// real parsers (parse/), which the eval prefers whenever they find the same talks.
import { documentFromStructure } from '../../server/src/core/analyze';
import type { NotesDocument, NotesFormat, ProseBlock, Section, Speaker, Talk } from '../../server/src/core/model/types';
import { LineIndex, stripBom } from '../../server/src/core/text/lineIndex';
import { TextBuilder } from '../../server/src/core/text/pieces';

const SECTION_LINE = /^(?:(?:Part|Section|Session) \d+:.*|(?:Q&A|Questions|Takeaways|Summary|Discussion|Key points):?)$/;
const BULLET = /^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+/;
/** A Markdown ATX heading as [marks, text], scanned (a `(.*?)[ #]*$` regex would backtrack polynomially). */
function atxHeading(line: string): [string, string] | null {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level === 0 || level > 6 || !(line[level] === ' ' || line[level] === '\t')) return null;
  let end = line.trimEnd().length;
  let k = end;
  while (k > level && line[k - 1] === '#') k--;
  // A closing run of `#` counts only after a space (`## C#` keeps its `#`).
  if (k < end && (line[k - 1] === ' ' || line[k - 1] === '\t')) end = k;
  return [line.slice(0, level), line.slice(level, end).trim()];
}

/** Builds a NotesDocument whose talks start at the lines titled `titles` (in order); the line after each title is its speaker line. */
export function handDocument(source: string, format: NotesFormat, titles: readonly string[], uri = 'file:///hand.notes'): NotesDocument {
  const text = stripBom(source);
  const lines = new LineIndex(text);
  const n = lines.lineCount;
  const lineText = (i: number): string => lines.lineText(i);
  const titleOf = (i: number): { title: string; level: number } => {
    const t = lineText(i).trim();
    const h = format === 'markdown' ? atxHeading(t) : null;
    return h ? { title: h[1], level: h[0].length } : { title: t, level: 0 };
  };

  // Talk title lines, in order.
  const starts: number[] = [];
  let from = 0;
  for (const title of titles) {
    for (let i = from; i < n; i++) {
      if (titleOf(i).title === title) {
        starts.push(i);
        from = i + 1;
        break;
      }
    }
  }

  const talks: Talk[] = [];
  const blocks: ProseBlock[] = [];
  const blankSeparated = format === 'markdown' || countBlank(lines) * 4 >= n;
  let inFence = false;
  let block: { builder: TextBuilder; kind: ProseBlock['kind']; talk: number; section: number } | null = null;
  const flush = (): void => {
    if (block && block.builder.text.trim()) {
      const p = block.builder.pieces;
      const last = p[p.length - 1];
      blocks.push({
        kind: block.kind,
        text: block.builder.text,
        pieces: p,
        range: lines.range(p[0].docStart, last.docStart + last.length),
        talk: block.talk,
        section: block.section,
      });
    }
    block = null;
  };

  let talk = -1;
  let section = -1;
  let speakerLine = -1;
  for (let i = 0; i < n; i++) {
    const raw = lineText(i);
    const trimmed = raw.trim();
    if (format === 'markdown' && trimmed.startsWith('```')) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const k = starts.indexOf(i);
    if (k >= 0) {
      flush();
      closeTalk(talks, lines, i - 1);
      talk = k;
      section = -1;
      const { title, level } = titleOf(i);
      const col = raw.indexOf(title);
      talks.push({
        title,
        line: i,
        titleRange: lines.range(lines.starts[i] + col, lines.starts[i] + col + title.length),
        range: lines.lineRange(i),
        speakers: [],
        sections: [],
        headingLevel: level,
      });
      speakerLine = i + 1;
      while (speakerLine < n && !lineText(speakerLine).trim()) speakerLine++;
      if (!looksLikeSpeaker(lineText(speakerLine))) speakerLine = -1;
      continue;
    }
    if (i === speakerLine && talk >= 0) {
      talks[talk].speakers.push(speakerOf(lines, i));
      continue;
    }
    if (!trimmed) {
      if (blankSeparated) flush();
      continue;
    }
    if (talk < 0 && i === firstNonBlank(lines)) continue; // document title
    if (format === 'markdown' && (/^\[\^?[^\]]+\]:/.test(trimmed) || trimmed.startsWith('<!--') || trimmed === '---' || /^[a-z]+:/.test(trimmed) && talk < 0)) {
      flush();
      continue;
    }
    const heading = format === 'markdown' ? atxHeading(trimmed) : null;
    if (talk >= 0 && (heading || SECTION_LINE.test(trimmed))) {
      flush();
      const title = heading ? heading[1] : trimmed;
      const col = raw.indexOf(title);
      talks[talk].sections.push({
        title,
        line: i,
        titleRange: lines.range(lines.starts[i] + col, lines.starts[i] + col + title.length),
        range: lines.lineRange(i),
      });
      section = talks[talk].sections.length - 1;
      continue;
    }
    if (heading) {
      flush();
      continue;
    }
    const bullet = BULLET.exec(raw);
    const lineStart = lines.starts[i];
    if (bullet || !blankSeparated || !block) {
      flush();
      block = { builder: new TextBuilder(), kind: bullet ? 'bullet' : 'paragraph', talk, section };
      const col = bullet ? bullet[0].length : raw.length - raw.trimStart().length;
      pushInline(block.builder, raw.slice(col).trimEnd(), lineStart + col, format);
    } else {
      const col = raw.length - raw.trimStart().length;
      block.builder.pushSeparator();
      pushInline(block.builder, raw.slice(col).trimEnd(), lineStart + col, format);
    }
  }
  flush();
  closeTalk(talks, lines, n - 1);
  for (const t of talks) closeSections(t.sections, t, lines);

  const firstTitle = firstNonBlank(lines);
  return documentFromStructure(
    { title: firstTitle >= 0 && !starts.includes(firstTitle) ? { text: lineText(firstTitle).trim(), range: lines.lineRange(firstTitle) } : null, conference: null, talks, blocks, definitions: [], comments: [], problems: [] },
    { uri: uri, format: format, text: text },
  );
}

/** Pushes a line's text, dropping Markdown `**`/`__` emphasis markers (the pieces skip them). */
function pushInline(builder: TextBuilder, s: string, docStart: number, format: NotesFormat): void {
  if (format !== 'markdown') {
    builder.push(s, docStart);
    return;
  }
  let from = 0;
  for (let i = 0; i + 1 < s.length; i++) {
    if ((s[i] === '*' && s[i + 1] === '*') || (s[i] === '_' && s[i + 1] === '_')) {
      builder.push(s.slice(from, i), docStart + from);
      from = i + 2;
      i++;
    }
  }
  builder.push(s.slice(from), docStart + from);
}

/** A speaker line of the forms the reference notes use: `Name, Role @ Org`, `Speaker: …`, `Name (Org)`, `*Name …*`. */
function looksLikeSpeaker(line: string): boolean {
  const t = line.trim();
  return /^[*_]*Speakers?:/.test(t) || ((t.includes(' @ ') || t.includes('(') || /^[*_]/.test(t)) && !/[.?!]$/.test(t));
}

function speakerOf(lines: LineIndex, line: number): Speaker {
  const raw = lines.lineText(line);
  const body = raw.replace(/^[\s*_]*(?:Speakers?:\s*)?/, '');
  const col = raw.length - body.length;
  let cut = body.length;
  for (const c of [',', '@', '(']) {
    const k = body.indexOf(c);
    if (k >= 0 && k < cut) cut = k;
  }
  const name = body.slice(0, cut).replace(/[*_]+$/, '').trim();
  const start = lines.starts[line] + col;
  return {
    name,
    key: name.toLowerCase(),
    role: null,
    org: null,
    line,
    nameRange: lines.range(start, start + name.length),
    lineRange: lines.lineRange(line),
  };
}

function closeTalk(talks: Talk[], lines: LineIndex, lastLine: number): void {
  const t = talks[talks.length - 1];
  if (!t) return;
  let end = lastLine;
  while (end > t.line && !lines.lineText(end).trim()) end--;
  t.range = { start: t.range.start, end: lines.positionAt(lines.ends[end]) };
}

function closeSections(sections: Section[], talk: Talk, lines: LineIndex): void {
  sections.forEach((s, k) => {
    let end = k + 1 < sections.length ? sections[k + 1].line - 1 : talk.range.end.line;
    while (end > s.line && !lines.lineText(end).trim()) end--;
    s.range = { start: s.range.start, end: lines.positionAt(lines.ends[end]) };
  });
}

function firstNonBlank(lines: LineIndex): number {
  for (let i = 0; i < lines.lineCount; i++) if (lines.lineText(i).trim()) return i;
  return -1;
}

function countBlank(lines: LineIndex): number {
  let c = 0;
  for (let i = 0; i < lines.lineCount; i++) if (!lines.lineText(i).trim()) c++;
  return c;
}
