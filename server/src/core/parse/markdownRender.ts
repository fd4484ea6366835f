import type { LineIndex } from '../text/lineIndex';
import { isWhiteSpace } from '../text/pieces';
import type { MappedText } from '../text/pieces';
import type { TextPiece } from '../model/types';
import { parseInline } from './markdownEngine';
import type { Engine, InlineSource } from './markdownEngine';
import { renderInline } from './markdownInline';
import type { InlineText, LinkMode } from './markdownInline';

/**
 * Renders the inline content of paragraphs and headings on demand, each at most once
 * per link mode, and the two modes share one rendering when they cannot differ.
 *
 * Most prose holds no inline markup at all: its markdown-it children would be one text token
 * per line and the line breaks between them. Such content is rendered straight from its
 * lines (`renderPlain`), with exactly what `renderInline` makes of those tokens, so the
 * inline parser runs only where markup may change the text.
 */
export class InlineRenderer {
  constructor(
    private readonly md: Engine,
    private readonly env: object,
    private readonly lines: LineIndex,
  ) {}

  render(slot: InlineSlot, mode: LinkMode): InlineText | PlainText {
    const known = mode === 'source' ? slot.source : slot.text;
    if (known) return known;
    const content = slot.content;
    const plain = plainness(content);
    if (plain === Plain.Both || (plain === Plain.SourceOnly && mode === 'source')) {
      const rendered = renderPlain(content, slot.line, this.lines);
      if (plain === Plain.Both) slot.source = slot.text = rendered;
      else slot.source = rendered;
      return rendered;
    }
    const children = parseInline(this.md, slot, this.env);
    const rendered = renderInline(slot, slot.line, this.lines, mode);
    // The modes differ only in how links are written.
    if (!children.some((c) => c.type === 'link_open')) slot.source = slot.text = rendered;
    else if (mode === 'source') slot.source = rendered;
    else slot.text = rendered;
    return rendered;
  }
}

/** Inline content to render, from document line `line`, and its renderings so far. */
export interface InlineSlot extends InlineSource {
  line: number;
  source?: InlineText | PlainText;
  text?: InlineText | PlainText;
}

/**
 * Rendered plain content: no white space at its start or at a piece's start, none to collapse
 * between pieces. Its own `builder` (one object per paragraph: most of a large file is these).
 */
export interface PlainText extends InlineText, MappedText {
  plain: true;
  /** No white space at its end either (markdown-it trims content of ASCII white space only: a U+00A0 may end it). */
  trimmed: boolean;
}

const Plain = { No: 0, SourceOnly: 1, Both: 2 } as const;
/** The characters that may start an inline rule that changes the text (see `plainness`). */
const MAY_BE_MARKUP = /[\\`~*_<&!\[]/;
type Plain = (typeof Plain)[keyof typeof Plain];

/**
 * Whether inline content renders as its plain lines. Only these characters start an inline
 * rule that changes the text: `\` escapes, `` ` `` code, `~` strike-through, `*` `_` emphasis,
 * `<` autolinks and HTML, `&` + name or `#` entities, `![` images, `[` links and footnote
 * references (kept as written in `source` mode, unless a line break with trailing spaces sits
 * in one: the link is emitted with those spaces, plain text without them).
 */
function plainness(content: string): Plain {
  let bracket = false;
  // Most content has none of them: one regular-expression scan says so.
  const first = content.search(MAY_BE_MARKUP);
  if (first < 0) return Plain.Both;
  for (let i = first; i < content.length; i++) {
    switch (content.charCodeAt(i)) {
      case 92: // \
      case 96: // `
      case 126: // ~
      case 42: // *
      case 95: // _
      case 60: // <
        return Plain.No;
      case 38: {
        // &
        const next = content.charCodeAt(i + 1);
        if (next === 35 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return Plain.No;
        break;
      }
      case 33: // !
        if (content.charCodeAt(i + 1) === 91) return Plain.No;
        break;
      case 91: // [
        bracket = true;
        break;
      default:
        break;
    }
  }
  if (!bracket) return Plain.Both;
  return content.includes(' \n') ? Plain.No : Plain.SourceOnly;
}

/**
 * Where the content line holding the first character that may start markup begins (the
 * content's length when there is none). Markup starts at such a character, so the lines
 * before that one read as plain text in either mode, whatever follows.
 */
function plainLinesEnd(content: string): number {
  const first = content.search(MAY_BE_MARKUP);
  return first < 0 ? content.length : content.lastIndexOf('\n', first) + 1;
}

/** True when `renderPlain` renders `content` in `mode` (no markup that could change its text there). */
export function isPlainContent(content: string, mode: LinkMode): boolean {
  const plain = plainness(content);
  return plain === Plain.Both || (plain === Plain.SourceOnly && mode === 'source');
}

/**
 * `renderInline` of content without markup, from its lines: markdown-it reads each line as one
 * text token (indentation after a line break skipped; before a break one trailing space
 * dropped, or all of two or more) and each break as a soft or hard break, one space here.
 */
export function renderPlain(content: string, firstLine: number, lines: LineIndex, linesEnd = content.length): PlainText {
  // What `TextBuilder` does (pieces of source text, one space per break, never two, never first),
  // without its buffers: most content is one line, whose text is one slice of it.
  let text = '';
  let size = 0;
  let lastCode = -1;
  const pieces: TextPiece[] = [];
  const doc = lines.text;
  const lastLine = lines.lineCount - 1;
  let start = 0;
  let line = firstLine;
  for (;;) {
    const nl = content.indexOf('\n', start);
    const last = nl < 0;
    const end = last ? content.length : nl;
    let from = start;
    while (from < end && isBlank(content.charCodeAt(from))) from++;
    let to = end;
    if (!last && to > from && content.charCodeAt(to - 1) === 32) {
      if (to - 2 >= from && content.charCodeAt(to - 2) === 32) {
        while (to > from && content.charCodeAt(to - 1) === 32) to--;
      } else {
        to--;
      }
    }
    // Where the line's text starts in the document: `ContentMap`'s anchoring, without its arrays.
    let cs = start;
    while (cs < end && isWhiteSpace(content.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isWhiteSpace(content.charCodeAt(ce - 1))) ce--;
    // Leading white space beyond spaces and tabs (U+00A0 …) is not mapped: skipped, as `renderInline` does.
    const at = Math.max(from, cs);
    if (at < to) {
      pieces.push({ textStart: size, docStart: anchor(content, cs, ce, doc, lines, Math.min(line, lastLine)) + (at - cs), length: to - at });
      // Never read while built (a `+=` string read as it grows is flattened every time).
      text = size === 0 && at === 0 && to === content.length ? content : text + content.slice(at, to);
      size += to - at;
      lastCode = content.charCodeAt(to - 1);
    }
    if (last) break;
    if (size > 0 && lastCode !== 32) {
      text += ' ';
      size++;
      lastCode = 32;
    }
    start = nl + 1;
    line++;
    if (start >= linesEnd) break;
  }
  const rendered = { text, pieces, builder: null as unknown as MappedText, links: NO_SPANS, comments: NO_SPANS, plain: true as const, trimmed: size > 0 && !isWhiteSpace(lastCode) };
  rendered.builder = rendered;
  return rendered;
}

/**
 * The text-mode rendering of the lines of a slot before its first line that may hold markup
 * (all of them for plain content), without parsing anything: what the speaker-line search
 * reads, so a paragraph under a heading is parsed only when the line it looks at needs it.
 * Null when the first line already may hold markup.
 */
export function plainLinesOf(slot: InlineSlot, lines: LineIndex): { rendered: InlineText; lastLine: number } | null {
  if (slot.text) return { rendered: slot.text, lastLine: Number.MAX_SAFE_INTEGER };
  const content = slot.content;
  const end = plainLinesEnd(content);
  if (end === content.length) {
    // No markup at all: this is the rendering in both modes.
    slot.source = slot.text = renderPlain(content, slot.line, lines);
    return { rendered: slot.text, lastLine: Number.MAX_SAFE_INTEGER };
  }
  if (end === 0) return null;
  let count = 0;
  for (let i = content.indexOf('\n'); i >= 0 && i < end; i = content.indexOf('\n', i + 1)) count++;
  return { rendered: renderPlain(content, slot.line, lines, end), lastLine: slot.line + count - 1 };
}

/** Document offset of the trimmed content line [cs, ce) on document line `line` (as `ContentMap.addSegment` finds it). */
function anchor(content: string, cs: number, ce: number, doc: string, lines: LineIndex, line: number): number {
  const lineStart = lines.starts[line];
  let te = lines.ends[line];
  while (te > lineStart && isWhiteSpace(doc.charCodeAt(te - 1))) te--;
  const length = ce - cs;
  const at = te - lineStart - length;
  if (at >= 0 && (doc.startsWith(content.slice(cs, ce), lineStart + at) || sameChars(doc, lineStart + at, content, cs, length))) return lineStart + at;
  const found = lines.lineText(line).indexOf(content.slice(cs, ce));
  return lineStart + (found >= 0 ? found : 0);
}

/** markdown-it turns NUL into U+FFFD; everything else in a content line is the source as is. */
function sameChars(doc: string, d: number, content: string, c: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = doc.charCodeAt(d + k);
    const y = content.charCodeAt(c + k);
    if (x !== y && !(x === 0 && y === 0xfffd)) return false;
  }
  return true;
}

/** The links and comments of plain content: none (shared, never written). */
const NO_SPANS: [number, number][] = [];

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
