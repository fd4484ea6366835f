// A packed file (the server's form for files that are not open) unpacks to exactly its analysis:
// the structure and references found again from the text, mentions and claims kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import type { NotesFormat } from '../../../server/src/core/model/types';
import { documentTables } from '../../../server/src/core/workspace/documentTables';
import { fromWire, packForWire } from '../../../server/src/lsp/packedDocument';
import { generateNotes } from '../../../bench/generate';
import { fuzzInput } from '../robustness/fuzzCheck';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

function roundTrip(text: string, format: NotesFormat, config = DEFAULT_CONFIG): void {
  const doc = analyzeDocument({ uri: 'file:///ws/a.notes', text, format }, config);
  const { tables, packed } = fromWire(packForWire(doc));
  assert.deepStrictEqual(packed.unpack(), doc);
  assert.equal(packed.textLength, doc.text.length);
  assert.deepStrictEqual(tables, documentTables(doc, true));
}

test('the fixtures unpack to their analysis', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.notes') || f.endsWith('.md') || f.endsWith('.txt'));
  assert.ok(files.length >= 3);
  for (const f of files) roundTrip(readFileSync(join(FIXTURES, f), 'utf8'), f.endsWith('.md') ? 'markdown' : 'plaintext');
});

test('odd inputs unpack to their analysis: empty, BOM, CRLF and lone CR, NUL, a long line, a file over the size limit', () => {
  for (const text of ['', '\uFEFF\uFEFFtwo marks', '\uFEFFTitle\r\nA talk\r\nAda Okafor @ Globex\r\nAda said 40% more.\r\n', 'A\rB\r\rC', 'x\u0000y\n', 'word '.repeat(20_000)]) {
    roundTrip(text, 'plaintext');
    roundTrip(text, 'markdown');
  }
  roundTrip('Title\n\nA talk\nAda Okafor @ Globex\nAda said it is the fastest.\n', 'plaintext', { ...DEFAULT_CONFIG, maxFileSize: 10 });
});

test('generated notes unpack to their analysis', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom<NotesFormat>('plaintext', 'markdown'), (seed, format) => {
      roundTrip(generateNotes({ seed, talks: 3, format }).text, format);
    }),
    { numRuns: 30, seed: 5 },
  );
});

test('mutated notes (the fuzzer\'s inputs) unpack to their analysis', () => {
  fc.assert(
    fc.property(fuzzInput, (input) => roundTrip(input.text, input.format)),
    { numRuns: 400, seed: 12 },
  );
});
