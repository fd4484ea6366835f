/** Shared helpers of the Markdown parser tests. */
import assert from 'node:assert/strict';
import type { DocumentStructure, ProseBlock, Range } from '../../../server/src/core/model/types';
import { parseMarkdownStructure } from '../../../server/src/core/parse/markdown';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

export function parse(text: string): { s: DocumentStructure; lines: LineIndex } {
  const lines = new LineIndex(text);
  return { s: parseMarkdownStructure(text, lines), lines };
}

/** `line:char-line:char`, 0-based, for compact range assertions. */
export function r(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The document text under a range. */
export function under(lines: LineIndex, range: Range): string {
  return lines.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/**
 * Every piece of every block maps to the same characters in the document, pieces are ordered,
 * and the text between pieces is only the one-space separators.
 */
export function assertPiecesExact(lines: LineIndex, blocks: ProseBlock[]): void {
  for (const b of blocks) {
    let prevEnd = 0;
    let prevDoc = -1;
    for (const p of b.pieces) {
      // markdown-it reads NUL as U+FFFD (CommonMark); everything else is the document's own text.
      const source = lines.text.slice(p.docStart, p.docStart + p.length).replace(/\0/g, '\uFFFD');
      assert.equal(b.text.slice(p.textStart, p.textStart + p.length), source, `piece of ${JSON.stringify(b.text)}`);
      const gap = b.text.slice(prevEnd, p.textStart);
      assert.ok(gap === '' || gap === ' ', `gap ${JSON.stringify(gap)} in ${JSON.stringify(b.text)}`);
      assert.ok(p.docStart > prevDoc, 'pieces in document order');
      prevEnd = p.textStart + p.length;
      prevDoc = p.docStart;
    }
    assert.equal(prevEnd, b.text.length, `last piece ends the text of ${JSON.stringify(b.text)}`);
  }
}
