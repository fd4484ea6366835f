import type { ProseBlock, Range, TextPiece } from '../model/types';
import type { LineIndex } from './lineIndex';

/**
 * Builds a block's text from source pieces. Parsers push the stretches of the source they
 * keep; the builder records where each came from so any index in the text maps back.
 */
export class TextBuilder {
  text = '';
  readonly pieces: TextPiece[] = [];

  /** Appends source text that starts at document offset `docStart`. */
  push(source: string, docStart: number): void {
    if (source.length === 0) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.docStart + last.length === docStart && last.textStart + last.length === this.text.length) {
      last.length += source.length;
    } else {
      this.pieces.push({ textStart: this.text.length, docStart, length: source.length });
    }
    this.text += source;
  }

  /** Appends a synthetic separator (the space that replaces a line break); it maps to the end of the previous piece. */
  pushSeparator(sep = ' '): void {
    if (this.text.length === 0 || this.text.endsWith(sep)) return;
    this.text += sep;
  }
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
  const s = docOffset(block.pieces, start);
  const e = end > start ? docOffset(block.pieces, end - 1) + 1 : s;
  return lines.range(s, e);
}
