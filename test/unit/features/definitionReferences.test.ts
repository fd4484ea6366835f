import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../../server/src/core/features/definition';
import { references } from '../../../server/src/core/features/references';
import { documentHighlights } from '../../../server/src/core/features/documentHighlights';
import { DAY1_URI, DAY2_URI, buildDoc, day1, day2, r, workspace } from './helpers';

test('definition: first-name mention → speaker name in the same talk', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(definition(index, DAY1_URI, { line: 5, character: 1 }), [{ uri: DAY1_URI, range: r(4, 0, 4, 10) }]);
  assert.deepEqual(definition(index, DAY1_URI, { line: 14, character: 67 }), [{ uri: DAY1_URI, range: r(13, 19, 13, 31) }]);
});

test('definition: full-name mention in another file → that file\'s speaker line', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(definition(index, DAY2_URI, { line: 3, character: 20 }), [{ uri: DAY1_URI, range: r(4, 0, 4, 10) }]);
  // Resolution prefers the mention's own document: Ana speaks in day2.
  assert.deepEqual(definition(index, DAY1_URI, { line: 1, character: 28 }), [{ uri: DAY2_URI, range: r(2, 0, 2, 8) }]);
});

test('definition: the same person speaking in two files resolves to the mention\'s own file', () => {
  const text = ['Day three', 'Storage again', 'Ben Eggers @ OpenAI', 'Ben Eggers repeated himself.'].join('\n');
  const c = buildDoc('file:///ws/day3.notes', text, { title: 'Day three', talks: [{ title: 'Storage again', speakers: [{ name: 'Ben Eggers', org: 'OpenAI' }] }] });
  const index = workspace([day1(), day2(), c]);
  assert.deepEqual(definition(index, 'file:///ws/day3.notes', { line: 3, character: 2 }), [{ uri: 'file:///ws/day3.notes', range: r(2, 0, 2, 10) }]);
  // From a file where Ben does not speak: the first speaker line in URI order.
  assert.deepEqual(definition(index, DAY2_URI, { line: 3, character: 20 }), [{ uri: DAY1_URI, range: r(4, 0, 4, 10) }]);
});

test('definition: talk title → first speaker; speaker name → itself; links; citations', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(definition(index, DAY1_URI, { line: 12, character: 3 }), [{ uri: DAY1_URI, range: r(13, 0, 13, 14) }]);
  assert.deepEqual(definition(index, DAY1_URI, { line: 13, character: 25 }), [{ uri: DAY1_URI, range: r(13, 19, 13, 31) }]);
  assert.deepEqual(definition(index, DAY2_URI, { line: 4, character: 20 }), [{ uri: DAY1_URI, range: r(3, 0, 3, 21) }]);
  assert.deepEqual(definition(index, DAY1_URI, { line: 10, character: 65 }), [{ uri: DAY1_URI, range: r(13, 0, 13, 14) }]);
  assert.deepEqual(definition(index, DAY1_URI, { line: 5, character: 48 }), [{ uri: DAY1_URI, range: r(17, 0, 17, 30) }]);
  assert.deepEqual(definition(index, DAY2_URI, { line: 4, character: 70 }), []);
  assert.deepEqual(definition(index, DAY1_URI, { line: 5, character: 55 }), [], 'Will Wilson never speaks');
  assert.deepEqual(definition(index, DAY1_URI, { line: 5, character: 20 }), [], 'inside a claim, not a name');
  index.setBibliography('file:///ws/refs.bib', [{ key: 'smith2020', title: null, author: null, year: null, url: null, uri: 'file:///ws/refs.bib', line: 6 }]);
  assert.deepEqual(definition(index, DAY2_URI, { line: 4, character: 47 }), [{ uri: 'file:///ws/refs.bib', range: r(6, 0, 6, 0) }]);
});

test('references of a person: speaker lines, mentions, [[links]] across files; a mention inside a link counts once', () => {
  const index = workspace([day1(), day2()]);
  const expected = [
    { uri: DAY1_URI, range: r(10, 62, 10, 80) },
    { uri: DAY1_URI, range: r(13, 0, 13, 14) },
    { uri: DAY1_URI, range: r(14, 0, 14, 4) },
    { uri: DAY2_URI, range: r(3, 29, 3, 43) },
  ];
  assert.deepEqual(references(index, DAY1_URI, { line: 14, character: 2 }, true), expected);
  assert.deepEqual(references(index, DAY2_URI, { line: 3, character: 30 }, true), expected);
  assert.deepEqual(references(index, DAY1_URI, { line: 13, character: 0 }, true), expected);
  assert.deepEqual(
    references(index, DAY1_URI, { line: 14, character: 2 }, false),
    expected.filter((_, i) => i !== 1),
  );
  assert.deepEqual(references(index, DAY1_URI, { line: 5, character: 0 }, true), [
    { uri: DAY1_URI, range: r(4, 0, 4, 10) },
    { uri: DAY1_URI, range: r(5, 0, 5, 3) },
    { uri: DAY1_URI, range: r(10, 0, 10, 3) },
    { uri: DAY2_URI, range: r(3, 14, 3, 24) },
  ]);
});

test('references of a citation or definition: every citation of it; of a talk: the links to it', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(references(index, DAY1_URI, { line: 17, character: 1 }, true), [
    { uri: DAY1_URI, range: r(5, 45, 5, 48) },
    { uri: DAY1_URI, range: r(17, 0, 17, 3) },
  ]);
  assert.deepEqual(references(index, DAY1_URI, { line: 5, character: 46 }, false), [{ uri: DAY1_URI, range: r(5, 45, 5, 48) }]);
  assert.deepEqual(references(index, DAY1_URI, { line: 3, character: 1 }, true), [
    { uri: DAY1_URI, range: r(3, 0, 3, 21) },
    { uri: DAY2_URI, range: r(4, 13, 4, 38) },
  ]);
  assert.deepEqual(references(index, DAY1_URI, { line: 2, character: 0 }, true), []);
  assert.deepEqual(references(index, 'file:///x', { line: 0, character: 0 }, true), []);
});

test('document highlights: the person in this document, speaker name as write', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(documentHighlights(index, DAY1_URI, { line: 10, character: 1 }), [
    { range: r(4, 0, 4, 10), kind: 'write' },
    { range: r(5, 0, 5, 3), kind: 'read' },
    { range: r(10, 0, 10, 3), kind: 'read' },
  ]);
  assert.deepEqual(documentHighlights(index, DAY1_URI, { line: 17, character: 1 }), [
    { range: r(5, 45, 5, 48), kind: 'read' },
    { range: r(17, 0, 17, 3), kind: 'write' },
  ]);
  assert.deepEqual(documentHighlights(index, DAY1_URI, { line: 5, character: 20 }), []);
});
