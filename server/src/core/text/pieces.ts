import type { ProseBlock, Range, TextPiece } from '../model/types';
import type { LineIndex } from './lineIndex';

/** Text with the pieces that map it back to the document (what `ProseBlock` stores). */
export interface MappedText {
  readonly text: string;
  readonly pieces: TextPiece[];
}

/**
 * Builds a block's text from source pieces, and never reads
 * the text while building: V8 flattens a concatenated string whenever a character of it is read,
 * so checking the last character of a growing `+=` string makes a long paragraph quadratic.
 * Parts are joined once, when `text` is first read.
 */
export class TextBuilder implements MappedText {
  readonly pieces: TextPiece[] = [];
  private parts: string[] = [];
  private joined: string | null = '';
  private size = 0;
  private lastCode = -1;

  get length(): number {
    return this.size;
  }

  get text(): string {
    if (this.joined === null) {
      this.joined = this.parts.join('');
      this.parts = [this.joined];
    }
    return this.joined;
  }

  /** True when the text so far ends with white space (or is empty). */
  endsWithSpace(): boolean {
    return this.size === 0 || isWhiteSpace(this.lastCode);
  }

  /** Appends source text that starts at document offset `docStart`. */
  push(source: string, docStart: number): void {
    if (source.length === 0) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.docStart + last.length === docStart && last.textStart + last.length === this.size) last.length += source.length;
    else this.pieces.push({ textStart: this.size, docStart, length: source.length });
    this.append(source);
  }

  /** Appends the one space that stands for a line break or a dropped element (never two in a row, never first). */
  pushSeparator(): void {
    if (this.size === 0 || this.lastCode === 32) return;
    this.append(' ');
  }

  /** The text and pieces without white space at the end. */
  trimmedEnd(): MappedText {
    const text = this.text;
    let end = text.length;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === text.length) return { text, pieces: this.pieces };
    const pieces: TextPiece[] = [];
    for (const p of this.pieces) {
      if (p.textStart >= end) break;
      pieces.push({ ...p, length: Math.min(p.length, end - p.textStart) });
    }
    return { text: text.slice(0, end), pieces };
  }

  private append(s: string): void {
    this.parts.push(s);
    this.joined = null;
    this.size += s.length;
    this.lastCode = s.charCodeAt(s.length - 1);
  }
}

/** White space as `\s` sees it. */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Document offset of an index in a block's text. An index past a piece maps to that piece's end. */
export function docOffset(pieces: readonly TextPiece[], index: number): number {
  if (pieces.length === 0) return 0;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].textStart <= index) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  return p.docStart + Math.min(Math.max(index - p.textStart, 0), p.length);
}

/**
 * Range in the document of the text span [start, end) of a block. The end maps as the end of
 * the last character, so a span ending at a piece boundary does not jump to the next line.
 */
export function blockRange(block: Pick<ProseBlock, 'pieces'>, lines: LineIndex, start: number, end: number): Range {
  return piecesRange(block.pieces, lines, start, end);
}

/**
 * `blockRange` from the block's pieces. For hot callers that hold the pieces: blocks, builders
 * and mapped texts are objects of several shapes, and reading `pieces` here threw the optimised
 * `blockRange` away each time a shape it had not seen came by.
 */
export function piecesRange(pieces: readonly TextPiece[], lines: LineIndex, start: number, end: number): Range {
  const s = docOffset(pieces, start);
  const e = end > start ? docOffset(pieces, end - 1) + 1 : s;
  return lines.range(s, e);
}
