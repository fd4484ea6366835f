// The LineIndex shared per document: built once, replaced when the text is not the one it was built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentLines, rememberLines } from '../../../server/src/core/text/documentLines';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

test('one LineIndex per document, rebuilt for another text, and a remembered one is used', () => {
  const doc = { text: 'a\nbc\r\nd' };
  const first = documentLines(doc);
  assert.equal(documentLines(doc), first);
  assert.deepEqual(first.positionAt(6), { line: 2, character: 0 });
  const other = { text: 'x\ny' };
  assert.notEqual(documentLines(other), first);
  doc.text = 'a\n\nbc';
  const rebuilt = documentLines(doc);
  assert.notEqual(rebuilt, first);
  assert.deepEqual(rebuilt.positionAt(3), { line: 2, character: 0 });
  const spliced = new LineIndex(doc.text);
  rememberLines(doc, spliced);
  assert.equal(documentLines(doc), spliced);
});
