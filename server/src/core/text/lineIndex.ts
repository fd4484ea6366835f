import type { Position, Range } from '../model/types';

/**
 * Line starts of a text, for converting between UTF-16 offsets and LSP positions.
 * Recognises `\n`, `\r\n` and a lone `\r` as line ends (SPEC §6), so a position never
 * points inside a line end and no line's text includes a carriage return.
 */
export class LineIndex {
  /** Offset where each line starts. */
  readonly starts: number[];
  /** Offset where each line's content ends (before its line end). */
  readonly ends: number[];
  /** The line `lineAt` found last. */
  private hint = 0;

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    const n = text.length;
    if (text.indexOf('\r') < 0) {
      // Only `\n` line ends (most files): the native search skips each line's content.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
      ends.push(n);
      this.starts = starts;
      this.ends = ends;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) {
        ends.push(i);
        starts.push(i + 1);
      } else if (c === 13 /* \r */) {
        ends.push(i);
        if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(n);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of a line without its line end. */
  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    return this.text.slice(this.starts[line], this.ends[line]);
  }

  /** The line holding an offset (binary search, after a look at the line found last). */
  lineAt(offset: number): number {
    // Callers walk a document in order, so the answer is mostly the line asked about last.
    const h = this.hint;
    if (this.starts[h] <= offset && (h + 1 === this.starts.length || this.starts[h + 1] > offset)) return h;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    return { line, character: Math.min(o, this.ends[line]) - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    return Math.min(start + Math.max(0, pos.character), this.ends[pos.line]);
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** Range of a whole line's content. */
  lineRange(line: number): Range {
    return this.range(this.starts[line], this.ends[line]);
  }
}

/** Removes a leading byte-order mark: VS Code never shows it as part of a document's text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
