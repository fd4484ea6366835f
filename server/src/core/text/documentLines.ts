import { LineIndex } from './lineIndex';

/**
 * One LineIndex per analysed document, shared by everything that maps its offsets to positions
 * after the analysis (features, summaries, the incremental re-analysis): building one scans the
 * whole text, which a request or a keystroke should not pay again. Kept as long as the document.
 */
const byDocument = new WeakMap<{ text: string }, LineIndex>();

export function documentLines(doc: { text: string }): LineIndex {
  let lines = byDocument.get(doc);
  if (!lines || lines.text !== doc.text) {
    lines = new LineIndex(doc.text);
    byDocument.set(doc, lines);
  }
  return lines;
}

/** Records the LineIndex a document was built with (e.g. one spliced from the previous version's). */
export function rememberLines(doc: { text: string }, lines: LineIndex): void {
  byDocument.set(doc, lines);
}
