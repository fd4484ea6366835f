import type { DocumentStructure, NotesDiagnostic, ProseBlock, ReferenceDefinition, Section, Speaker, Talk } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { blockRange } from '../text/pieces';
import { readFrontMatter } from './frontMatter';
import { findDefinitionLines, footnoteDefinition } from './markdownDefinitions';
import { markdownEngine } from './markdownEngine';
import type { Token } from './markdownEngine';
import { InlineRenderer, plainLinesOf } from './markdownRender';
import type { InlineSlot } from './markdownRender';
import { TextBuilder, isWhiteSpace } from '../text/pieces';
import type { MappedText } from '../text/pieces';
import { cleanTitle } from './titleText';
import { lineViews, speakersOnLine, titleAndSpeakers } from './markdownSpeakers';
import type { LineView, SpeakerLine } from './markdownSpeakers';

/**
 * Reads the Markdown form of notes (SPEC §2 "Markdown") from markdown-it's token stream:
 * front matter, the document title, talks and sections from headings, speaker lines, prose
 * blocks, reference and footnote definitions, HTML comments. Never throws.
 */
export function parseMarkdown(text: string, lines: LineIndex): DocumentStructure {
  try {
    return parseMarkdownStructure(text, lines);
  } catch {
    return { title: null, conference: readFrontMatter(text).conference, talks: [], blocks: [], definitions: [], comments: [], problems: [] };
  }
}

interface Heading extends InlineSlot {
  level: number;
  /** First and last line of the heading (a setext heading spans its underline too). */
  line: number;
  lastLine: number;
}

interface Paragraph extends InlineSlot {
  lastLine: number;
  kind: ProseBlock['kind'];
  /**
   * Which speaker lines the paragraph may hold: any form at the top level; in the first
   * paragraph of a top-level list item only a prefixed one (`- Speaker: Jane Doe`), since
   * bullets are otherwise never speaker lines; none inside quotes or deeper lists.
   */
  speakers: 'any' | 'prefixed' | 'none';
}

interface Collected {
  headings: Heading[];
  paragraphs: Paragraph[];
  comments: { text: string; range: DocumentStructure['comments'][number]['range'] }[];
  footnotes: ReferenceDefinition[];
  covered: Uint8Array;
}

/** The parse without the safety net (tests call it to see failures). */
export function parseMarkdownStructure(text: string, lines: LineIndex): DocumentStructure {
  const front = readFrontMatter(text);
  const bodyLine = front.endLine + 1;
  // Front matter lines are blanked, not removed, so markdown-it's line numbers stay the document's.
  const source = bodyLine > 0 ? '\n'.repeat(bodyLine) + text.slice(lines.starts[bodyLine] ?? text.length) : text;
  const md = markdownEngine();
  const env: { references?: Record<string, unknown>; footnotes?: { refs?: Record<string, number> } } = {};
  // The token stream is read once and dropped: only the inline content of paragraphs and headings is kept.
  const found = collect(md.parse(source, env as Record<string, unknown>), text, lines, bodyLine);
  const render = new InlineRenderer(md, env, lines);

  const isDefined = (label: string): boolean =>
    label.startsWith('^')
      ? env.footnotes?.refs?.[`:${label.slice(1)}`] !== undefined
      : env.references?.[md.utils.normalizeReference(label)] !== undefined;
  const definitions = [...found.footnotes, ...findDefinitionLines(lines, found.covered, bodyLine, isDefined)].sort((a, b) => a.line - b.line);

  const outline = buildOutline(found, lines, render);
  const blocks = buildBlocks(found.paragraphs, outline, lines, found.comments, render);
  found.comments.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return {
    title: outline.title,
    conference: front.conference,
    talks: outline.talks,
    blocks,
    definitions,
    comments: found.comments,
    problems: outline.problems,
  };
}

const CONTAINERS = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open', 'list_item_open']);
const CLOSERS = new Set(['blockquote_close', 'bullet_list_close', 'ordered_list_close', 'list_item_close']);

/** One pass over the block tokens: headings, paragraphs, comments, footnote definitions, covered lines. */
function collect(tokens: Token[], text: string, lines: LineIndex, bodyLine: number): Collected {
  const out: Collected = { headings: [], paragraphs: [], comments: [], footnotes: [], covered: new Uint8Array(lines.lineCount + 1) };
  out.covered.fill(1, 0, Math.min(bodyLine, out.covered.length));
  const stack: { type: string; paragraphs: number }[] = [];
  let footnote: { label: string; first: number; last: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.map && !CONTAINERS.has(t.type)) out.covered.fill(1, t.map[0], Math.min(t.map[1], out.covered.length));
    if (footnote && t.map) {
      if (footnote.first < 0) footnote.first = t.map[0];
      footnote.last = Math.max(footnote.last, t.map[1] - 1);
    }
    switch (t.type) {
      case 'footnote_reference_open':
        footnote = { label: String((t.meta as { label?: unknown } | null)?.label ?? ''), first: -1, last: -1 };
        break;
      case 'footnote_reference_close':
        if (footnote && footnote.first >= 0) {
          const def = footnoteDefinition(lines, footnote.label, footnote.first, Math.min(footnote.last, lines.lineCount - 1));
          if (def) out.footnotes.push(def);
        }
        footnote = null;
        break;
      case 'heading_open': {
        const inline = tokens[i + 1];
        if (!footnote && stack.length === 0 && t.map && inline?.type === 'inline') {
          out.headings.push({ level: Number(t.tag.slice(1)) || 1, line: t.map[0], lastLine: t.map[1] - 1, content: inline.content, children: null, source: undefined, text: undefined });
        }
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        if (footnote || !t.map || inline?.type !== 'inline') break;
        const top = stack[stack.length - 1];
        const bullet = top?.type === 'list_item_open' && top.paragraphs === 0;
        if (top) top.paragraphs++;
        const topItem = bullet && stack.length === 2 && stack[0].type !== 'blockquote_open';
        const speakers = stack.length === 0 ? 'any' : topItem ? 'prefixed' : 'none';
        out.paragraphs.push({ content: inline.content, children: null, source: undefined, text: undefined, line: t.map[0], lastLine: t.map[1] - 1, kind: bullet ? 'bullet' : 'paragraph', speakers });
        break;
      }
      case 'html_block':
        if (t.map) htmlComments(text, lines, lines.starts[t.map[0]] ?? text.length, lines.ends[Math.min(t.map[1], lines.lineCount) - 1] ?? text.length, out.comments);
        break;
      default:
        if (CONTAINERS.has(t.type)) stack.push({ type: t.type, paragraphs: 0 });
        else if (t.nesting === -1 && CLOSERS.has(t.type)) stack.pop();
    }
  }
  return out;
}

/** The `<!-- … -->` comments between two document offsets (an unclosed one runs to `end`). */
function htmlComments(text: string, lines: LineIndex, start: number, end: number, out: Collected['comments']): void {
  let at = text.indexOf('<!--', start);
  while (at >= 0 && at < end) {
    const close = text.indexOf('-->', at + 2);
    const stop = close < 0 || close + 3 > end ? end : close + 3;
    out.push({ text: text.slice(at, stop), range: lines.range(at, stop) });
    at = text.indexOf('<!--', stop);
  }
}

interface Outline {
  title: DocumentStructure['title'];
  talks: Talk[];
  problems: NotesDiagnostic[];
  /** 1 on the lines that are speaker lines (not prose). */
  speakerLines: Uint8Array;
  /** Talk and section index per line (-1 outside). */
  talkOfLine: Int32Array;
  sectionOfLine: Int32Array;
}

interface RenderedHeading {
  heading: Heading;
  title: string;
  titleRange: Talk['titleRange'];
  builder: MappedText;
}

/** Title, talks, sections and speaker lines from the headings (SPEC §2 "Markdown"). */
function buildOutline(found: Collected, lines: LineIndex, render: InlineRenderer): Outline {
  const headings = found.headings.map((h) => renderHeading(h, lines, found.comments, render)).filter((h): h is RenderedHeading => h !== null);
  const lineCount = lines.lineCount;
  const headingAt = new Uint8Array(lineCount + 1);
  for (const { heading } of headings) headingAt.fill(1, heading.line, heading.lastLine + 1);
  const speakerFinder = new SpeakerLines(found.paragraphs, lines, render);

  // Speakers under each heading: the first speaker line within the next three non-blank lines,
  // then every speaker line directly after it.
  const underHeading: { speakers: Speaker[]; lines: number[] }[] = headings.map(({ heading }) => {
    const result = { speakers: [] as Speaker[], lines: [] as number[] };
    let seen = 0;
    let l = heading.lastLine + 1;
    while (l < lineCount && seen < 3 && !headingAt[l]) {
      if (isBlank(lines, l)) {
        l++;
        continue;
      }
      seen++;
      const first = speakerFinder.at(l);
      l++;
      if (!first) continue;
      result.speakers.push(...first.speakers);
      result.lines.push(l - 1);
      // Panels: more speaker lines directly below; after a blank line only the stronger forms,
      // so a lone name paragraph further down is not taken for a speaker.
      let afterBlank = false;
      while (l < lineCount && !headingAt[l]) {
        if (isBlank(lines, l)) {
          afterBlank = true;
          l++;
          continue;
        }
        const more = speakerFinder.at(l);
        if (!more || (afterBlank && more.bare)) break;
        result.speakers.push(...more.speakers);
        result.lines.push(l);
        afterBlank = false;
        l++;
      }
      break;
    }
    return result;
  });

  const titleIndex = headings.findIndex((h) => h.heading.level === 1);
  let talkLevel = 0;
  const withSpeakers = headings.map((_, i) => i).filter((i) => underHeading[i].speakers.length > 0);
  if (withSpeakers.length > 0) {
    talkLevel = headings[withSpeakers[0]].heading.level;
    // A byline under the document title (`# Notes` / `by Jane Doe`) must not turn every talk into a section.
    if (withSpeakers[0] === titleIndex) {
      const deeper = withSpeakers.find((i) => headings[i].heading.level > 1);
      if (deeper !== undefined) talkLevel = headings[deeper].heading.level;
    }
  }
  // Headings that carry their speaker (`## Title — Jane Doe`), for headings without a speaker line.
  const inHeading = headings.map((h, i) =>
    i !== titleIndex && underHeading[i].speakers.length === 0 && (talkLevel === 0 || h.heading.level === talkLevel)
      ? titleAndSpeakers(h.builder, h.heading.line, lines)
      : null,
  );
  if (talkLevel === 0) {
    const first = inHeading.findIndex((x) => x !== null);
    if (first >= 0) talkLevel = headings[first].heading.level;
  }

  const isTalk = headings.map(
    (h, i) => talkLevel > 0 && h.heading.level === talkLevel && (i !== titleIndex || underHeading[i].speakers.length > 0),
  );
  const title = titleIndex >= 0 && !isTalk[titleIndex] ? { text: headings[titleIndex].title, range: headings[titleIndex].titleRange } : null;

  // Index of the next heading at the same or a shallower level: where a talk or section ends.
  const nextNotDeeper = new Array<number>(headings.length).fill(headings.length);
  const nextAtLevel = new Array<number>(7).fill(headings.length);
  for (let i = headings.length - 1; i >= 0; i--) {
    const level = headings[i].heading.level;
    let next = headings.length;
    for (let l = 1; l <= level; l++) next = Math.min(next, nextAtLevel[l]);
    nextNotDeeper[i] = next;
    nextAtLevel[level] = i;
  }
  const lastLineBefore = (index: number): number => (index < headings.length ? headings[index].heading.line - 1 : lineCount - 1);

  const talks: Talk[] = [];
  const problems: NotesDiagnostic[] = [];
  const speakerLines = new Uint8Array(lineCount);
  const talkOfLine = new Int32Array(lineCount).fill(-1);
  const sectionOfLine = new Int32Array(lineCount).fill(-1);
  for (let i = 0; i < headings.length; i++) {
    if (!isTalk[i]) continue;
    const h = headings[i];
    const end = Math.max(h.heading.line, lastLineBefore(nextNotDeeper[i]));
    const fromHeading = inHeading[i];
    const speakers = underHeading[i].speakers.length > 0 ? underHeading[i].speakers : (fromHeading?.speakers ?? []);
    for (const l of underHeading[i].lines) speakerLines[l] = 1;
    // The title without a schedule prefix (`09:00 –`), quotes or a trailing colon.
    const clean = cleanTitle(h.title, 0, h.title.length);
    let [ts, te] = clean ? [clean.start, clean.end] : [0, h.title.length];
    if (underHeading[i].speakers.length === 0 && fromHeading) [ts, te] = fromHeading.title;
    const talkTitle = h.builder.text.slice(ts, te);
    const titleRange = blockRange(h.builder, lines, ts, te);
    const talk: Talk = {
      title: talkTitle,
      line: h.heading.line,
      titleRange,
      range: lines.range(lines.starts[h.heading.line], lines.ends[end]),
      speakers,
      sections: [],
      headingLevel: h.heading.level,
    };
    const index = talks.push(talk) - 1;
    talkOfLine.fill(index, h.heading.line, end + 1);
    for (let k = i + 1; k < headings.length && headings[k].heading.line <= end; k++) {
      const s = headings[k];
      if (s.heading.level <= talkLevel) continue;
      const sectionEnd = Math.min(end, Math.max(s.heading.line, lastLineBefore(nextNotDeeper[k])));
      const section: Section = {
        title: s.title,
        line: s.heading.line,
        titleRange: s.titleRange,
        range: lines.range(lines.starts[s.heading.line], lines.ends[sectionEnd]),
      };
      sectionOfLine.fill(talk.sections.push(section) - 1, s.heading.line, sectionEnd + 1);
    }
    if (speakers.length === 0) {
      problems.push({
        code: 'talk-without-speaker',
        severity: 'hint',
        message: `Talk "${talkTitle}" has no speaker line: put one (\`Name, Role @ Org\`) right under its heading.`,
        range: titleRange,
      });
    }
  }
  return { title, talks, problems, speakerLines, talkOfLine, sectionOfLine };
}

/** A heading's title as plain text (emphasis dropped, links as their text), or null when empty. */
function renderHeading(heading: Heading, lines: LineIndex, comments: Collected['comments'], render: InlineRenderer): RenderedHeading | null {
  const rendered = render.render(heading, 'text');
  for (const [s, e] of rendered.comments) comments.push({ text: lines.text.slice(s, e), range: lines.range(s, e) });
  const trimmed = 'plain' in rendered && rendered.trimmed ? rendered.builder : rebuild(rendered.builder, lines, () => true);
  if (trimmed.text.length === 0) return null;
  return { heading, title: trimmed.text, titleRange: blockRange(trimmed, lines, 0, trimmed.text.length), builder: trimmed };
}

/** Speaker lines are read from top-level paragraphs (and prefixed top-level bullets), rendered with links as their text; each paragraph once. */
class SpeakerLines {
  /** Paragraph index per line (-1: none that may hold a speaker line). */
  private readonly paragraphAt: Int32Array;
  /** Line views per paragraph, of its lines up to `lastLine`. */
  private readonly views: ({ lastLine: number; byLine: LineView[] } | undefined)[] = [];

  constructor(
    private readonly paragraphs: Paragraph[],
    private readonly lines: LineIndex,
    private readonly render: InlineRenderer,
  ) {
    this.paragraphAt = new Int32Array(lines.lineCount).fill(-1);
    paragraphs.forEach((p, i) => {
      if (p.speakers === 'none') return;
      this.paragraphAt.fill(i, p.line, Math.min(p.lastLine + 1, lines.lineCount));
    });
  }

  at(line: number): SpeakerLine | null {
    const index = line >= 0 && line < this.paragraphAt.length ? this.paragraphAt[line] : -1;
    if (index < 0) return null;
    const p = this.paragraphs[index];
    let views = this.views[index];
    if (!views || views.lastLine < line) {
      // The lines before any markup need no inline parse; the whole paragraph is rendered only when the line asked for may hold some.
      const plain = plainLinesOf(p, this.lines);
      const { rendered, lastLine } = plain && plain.lastLine >= line ? plain : { rendered: this.render.render(p, 'text'), lastLine: Number.MAX_SAFE_INTEGER };
      views = { lastLine, byLine: lineViews(rendered.builder, rendered.links, this.lines) };
      this.views[index] = views;
    }
    // A paragraph has few lines: a scan beats a map per paragraph.
    let view: LineView | undefined;
    for (const v of views.byLine) if (v.line === line) view = v;
    const found = view ? speakersOnLine(view, this.lines) : null;
    return found && (found.prefixed || p.speakers === 'any') ? found : null;
  }
}

/** Paragraphs and list items as prose blocks, speaker lines left out, links kept as written. */
function buildBlocks(paragraphs: Paragraph[], outline: Outline, lines: LineIndex, comments: Collected['comments'], render: InlineRenderer): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const p of paragraphs) {
    const rendered = render.render(p, 'source');
    for (const [s, e] of rendered.comments) comments.push({ text: lines.text.slice(s, e), range: lines.range(s, e) });
    let hasSpeakerLine = false;
    for (let l = p.line; l <= p.lastLine && !hasSpeakerLine; l++) hasSpeakerLine = outline.speakerLines[l] === 1;
    // Plain content renders with nothing to collapse: kept as it is when already trimmed and no speaker line leaves it.
    const builder =
      'plain' in rendered && rendered.trimmed && !hasSpeakerLine
        ? rendered.builder
        : rebuild(rendered.builder, lines, hasSpeakerLine ? (line: number) => outline.speakerLines[line] !== 1 : () => true);
    if (builder.text.length === 0) continue;
    const first = lines.lineAt(builder.pieces[0].docStart);
    const block: ProseBlock = {
      kind: p.kind,
      text: builder.text,
      pieces: builder.pieces,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      talk: outline.talkOfLine[first] ?? -1,
      section: outline.sectionOfLine[first] ?? -1,
    };
    block.range = blockRange(block, lines, 0, block.text.length);
    blocks.push(block);
  }
  return blocks;
}

/**
 * A copy of a rendered text keeping only the pieces on lines `keep` accepts, trimmed of white
 * space at both ends. Gaps between kept pieces (line breaks) stay one space.
 */
function rebuild(source: MappedText, lines: LineIndex, keep: (line: number) => boolean): MappedText {
  const text = source.text;
  let from = 0;
  let to = text.length;
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  const out = new TextBuilder();
  let lastEnd = -1;
  for (const piece of source.pieces) {
    const s = Math.max(piece.textStart, from);
    const e = Math.min(piece.textStart + piece.length, to);
    if (e <= s || !keep(lines.lineAt(piece.docStart))) continue;
    let start = s;
    // At the start, and where a dropped element (comment, image) leaves two spaces, keep one.
    if (out.endsWithSpace()) while (start < e && isWhiteSpace(text.charCodeAt(start))) start++;
    if (start >= e) continue;
    if (lastEnd >= 0 && lastEnd !== start) out.pushSeparator();
    out.push(text.slice(start, e), piece.docStart + (start - piece.textStart));
    lastEnd = e;
  }
  // Dropping lines may leave white space at the end.
  return out.trimmedEnd();
}

function isBlank(lines: LineIndex, line: number): boolean {
  const start = lines.starts[line];
  const end = lines.ends[line];
  for (let i = start; i < end; i++) {
    const c = lines.text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
