import type { LineIndex } from '../text/lineIndex';
import { sourceSpan } from './markdownEngine';
import { TextBuilder } from '../text/pieces';
import type { MappedText } from '../text/pieces';
import type { InlineSource, Token } from './markdownEngine';

/**
 * Maps indices of an inline token's `content` back to document offsets.
 *
 * markdown-it gives only block lines (`map`) and an inline content string built from those
 * lines: container prefixes (`> `, list markers, block indentation) removed, `\r\n` read as
 * `\n`, the whole trimmed. Each content line is therefore the tail of its document line, up to
 * trailing white space; we anchor it at the end of the line. Offsets come from the document's
 * own lines, never from markdown-it's normalised copy, so CRLF and lone CR stay exact.
 */
export class ContentMap {
  private readonly segStart: number[] = [];
  private readonly segLead: number[] = [];
  private readonly segDoc: number[] = [];
  private readonly segLine: number[] = [];

  constructor(
    readonly content: string,
    firstLine: number,
    private readonly lines: LineIndex,
  ) {
    let start = 0;
    let line = firstLine;
    while (start <= content.length) {
      let end = content.indexOf('\n', start);
      if (end < 0) end = content.length;
      this.addSegment(start, end, Math.min(line, lines.lineCount - 1));
      start = end + 1;
      line++;
    }
  }

  private addSegment(start: number, end: number, line: number): void {
    const seg = this.content.slice(start, end);
    const core = seg.trim();
    const lead = core.length === 0 ? seg.length : seg.length - seg.trimStart().length;
    const lineText = this.lines.lineText(line);
    const lineStart = this.lines.starts[line];
    let at = lineText.trimEnd().length - core.length;
    if (at < 0 || !sameText(lineText.slice(at, at + core.length), core)) {
      const found = lineText.indexOf(core);
      at = found >= 0 ? found : 0;
    }
    this.segStart.push(start);
    this.segLead.push(lead);
    this.segDoc.push(lineStart + at);
    this.segLine.push(line);
  }

  /** Document offset of content index `i`; a `\n` maps to the end of its line. */
  doc(i: number): number {
    const s = this.segmentOf(i);
    const k = i - this.segStart[s];
    if (this.content.charCodeAt(i) === 10) return this.lines.ends[this.segLine[s]];
    return this.segDoc[s] + Math.max(0, k - this.segLead[s]);
  }

  /** True when content index `i` is in the leading white space of its line (not mapped 1:1). */
  inLead(i: number): boolean {
    const s = this.segmentOf(i);
    return i - this.segStart[s] < this.segLead[s];
  }

  /** Length of the leading white space of the content line holding index `i`. */
  leadOf(i: number): number {
    return this.segLead[this.segmentOf(i)];
  }

  private segmentOf(i: number): number {
    const starts = this.segStart;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** markdown-it turns NUL into U+FFFD; everything else in a content line is the source as is. */
function sameText(docText: string, content: string): boolean {
  return docText === content || docText.replace(/\0/g, '\uFFFD') === content;
}

/** How links are rendered into block text. */
export type LinkMode =
  /** The whole link source `[text](url)` / `[text][1]` / `[1]` is kept, so URLs and citation markers in it stay findable. */
  | 'source'
  /** Only the link text is kept (titles and speaker lines: `[Jane Doe](https://…)` reads as `Jane Doe`). */
  | 'text';

/** The text of one inline token, with where every character came from. */
export interface InlineText {
  builder: MappedText;
  /** Spans of the text (start, end) that came from links (only in `text` mode). */
  links: [number, number][];
  /** Inline HTML comments, as document offsets [start, end). */
  comments: [number, number][];
}

/**
 * Renders an `inline` token to plain text: emphasis and strike-through markers dropped,
 * escapes and entities decoded, code spans without their backticks, line breaks plus following
 * indentation as one space, images and inline HTML dropped, footnote references `[^id]` and
 * autolinks kept as written. Every kept character maps to its exact document offset.
 */
export function renderInline(inline: InlineSource, firstLine: number, lines: LineIndex, mode: LinkMode): InlineText {
  const content = inline.content;
  const map = new ContentMap(content, firstLine, lines);
  const out = new TextBuilder();
  const links: [number, number][] = [];
  const comments: [number, number][] = [];
  const children = inline.children ?? [];
  let p = 0;

  /** Emits content [a, b): line breaks (and the indentation after them) become one space. */
  const emit = (a: number, b: number): void => {
    let i = a;
    while (i < b) {
      if (content.charCodeAt(i) === 10) {
        out.pushSeparator();
        i++;
        while (i < b && isBlank(content.charCodeAt(i))) i++;
        continue;
      }
      if (map.inLead(i)) {
        i++;
        continue;
      }
      let end = content.indexOf('\n', i);
      if (end < 0 || end > b) end = b;
      out.push(content.slice(i, end), map.doc(i));
      i = end;
    }
  };

  /** Where `s` starts at or after the cursor, skipping only white space (the newline rule eats some). */
  const locate = (s: string, from: number): number => {
    let q = from;
    while (q < content.length && !content.startsWith(s, q) && isSpaceCode(content.charCodeAt(q))) q++;
    if (content.startsWith(s, q)) return q;
    const found = content.indexOf(s, from);
    return found >= 0 ? found : from;
  };

  let linkEnd = -1;
  let linkTextStart = -1;
  for (let i = 0; i < children.length; i++) {
    const t = children[i];
    switch (t.type) {
      case 'text': {
        if (t.content.length === 0) break;
        const q = locate(t.content, p);
        emit(q, q + t.content.length);
        p = q + t.content.length;
        break;
      }
      case 'text_special': {
        const q = locate(t.markup, p);
        // `\*` maps `*` to the star; `\é` (not escapable) keeps both characters.
        const at = t.info === 'escape' ? q + Math.max(0, t.markup.length - t.content.length) : q;
        out.push(t.content, map.doc(Math.min(at, Math.max(0, content.length - 1))));
        p = q + t.markup.length;
        break;
      }
      case 'softbreak':
      case 'hardbreak': {
        const q = content.indexOf('\n', p);
        if (q < 0) break;
        out.pushSeparator();
        p = q + 1;
        while (p < content.length && isBlank(content.charCodeAt(p))) p++;
        break;
      }
      case 'em_open':
      case 'em_close':
      case 'strong_open':
      case 'strong_close':
      case 's_open':
      case 's_close': {
        if (t.markup.length === 0) break;
        p = locate(t.markup, p) + t.markup.length;
        break;
      }
      case 'code_inline': {
        const [s, e] = sourceSpan(t) ?? [locate(t.markup, p), -1];
        const m = t.markup.length;
        const end = e >= 0 ? e : Math.min(content.length, s + 2 * m + t.content.length);
        const inner = end - m - (s + m);
        const pad = inner >= 2 && t.content.length === inner - 2 ? 1 : 0;
        emit(s + m + pad, Math.max(s + m + pad, end - m - pad));
        p = end;
        break;
      }
      case 'link_open': {
        const span = sourceSpan(t);
        if (!span) break;
        const [s, e] = span;
        if (t.markup === 'autolink' || t.markup === 'linkify') {
          if (mode === 'text') emit(s + 1, e - 1);
          else emit(s, e);
          i = skipToLinkClose(children, i);
          p = e;
        } else if (mode === 'source') {
          emit(s, e);
          i = skipToLinkClose(children, i);
          p = e;
        } else {
          linkEnd = e;
          linkTextStart = out.length;
          p = s + 1;
        }
        break;
      }
      case 'link_close': {
        if (linkEnd >= 0) {
          links.push([linkTextStart, out.length]);
          p = linkEnd;
          linkEnd = -1;
        }
        break;
      }
      case 'image': {
        const span = sourceSpan(t);
        if (span) p = span[1];
        break;
      }
      case 'html_inline': {
        const [s, e] = sourceSpan(t) ?? [locate(t.content, p), -1];
        const end = e >= 0 ? e : s + t.content.length;
        if (t.content.startsWith('<!--') && end > s) comments.push([map.doc(s), map.doc(end - 1) + 1]);
        p = end;
        break;
      }
      case 'footnote_ref': {
        const span = sourceSpan(t);
        if (span) {
          emit(span[0], span[1]);
          p = span[1];
        }
        break;
      }
      default:
        break;
    }
  }
  return { builder: out, links, comments };
}

function skipToLinkClose(children: Token[], i: number): number {
  let j = i + 1;
  while (j < children.length && children[j].type !== 'link_close') j++;
  return j;
}

/** Space or tab: the indentation markdown-it strips after a line break. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13;
}
