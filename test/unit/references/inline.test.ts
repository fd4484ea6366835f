import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analyze';

const plain = (text: string) => analyzeDocument({ uri: 'file:///t.notes', text, format: 'plaintext' });
const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
  `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

const NOTES = [
  'Day one',
  'Fast logs',
  'Ada Lovelace, Engineer @ Engines',
  'Ada said the log is 3x faster [1] than before, see [[Slow logs]] and [@smith2020; @doe:2021].',
  'Details at https://example.org/bench?a=1. Also [^fn] and [2](https://x.org) which is a link.',
  '',
  '[1]: https://example.org/one',
  '[^fn]: A footnote.',
].join('\n');

test('citation markers resolve to the definitions of the file by id', () => {
  const d = plain(NOTES);
  assert.deepEqual(d.citations.map((c) => [c.marker, at(c.range), c.definition >= 0 ? d.definitions[c.definition].line : null]), [
    ['[1]', '3:30-3:33', 6],
    ['[^fn]', '4:47-4:52', 7],
  ]);
});

test('cross-references keep the brackets in the range and the inside as target', () => {
  const [x] = plain(NOTES).crossReferences;
  assert.equal(x.text, '[[Slow logs]]');
  assert.equal(x.target, 'Slow logs');
  assert.equal(at(x.range), '3:51-3:64');
  assert.equal(at(x.targetRange), '3:53-3:62');
});

test('Pandoc citations yield one key each (the range includes the @)', () => {
  assert.deepEqual(plain(NOTES).pandocCitations.map((p) => [p.key, at(p.range)]), [
    ['smith2020', '3:70-3:80'],
    ['doe:2021', '3:82-3:91'],
  ]);
});

test('URLs lose trailing sentence punctuation; definition URLs are links too', () => {
  const urls = plain(NOTES).urls.map((u) => [u.url, at(u.range)]);
  assert.deepEqual(urls, [
    ['https://example.org/bench?a=1', '4:11-4:40'],
    ['https://x.org', '4:61-4:74'],
    ['https://example.org/one', '6:5-6:28'],
  ]);
});

test('a citation without a definition keeps definition -1; a long run of brackets stays linear', () => {
  const d = plain(`T\nA talk\nAda Lovelace @ X\nSee [7] and ${'[@'.repeat(50_000)} and ${'['.repeat(50_000)}\n`);
  assert.equal(d.citations.length, 1);
  assert.equal(d.citations[0].definition, -1);
});
