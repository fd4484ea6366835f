import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentSymbols } from '../../../server/src/core/features/documentSymbols';
import { DAY1_URI, day1, day2, r, workspace } from './helpers';

const strip = (s: ReturnType<typeof documentSymbols>[number]): unknown => ({ name: s.name, detail: s.detail, kind: s.kind, range: s.range, sel: s.selectionRange, children: s.children.map(strip) });

test('outline: title over the preamble, talks with speakers as detail, sections as children', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(documentSymbols(index, DAY1_URI).map(strip), [
    { name: 'Conference Day One', detail: '', kind: 'title', range: r(0, 0, 1, 49), sel: r(0, 0, 0, 18), children: [] },
    {
      name: 'Fast storage at scale',
      detail: 'Ben Eggers @ OpenAI',
      kind: 'talk',
      range: r(3, 0, 11, 0),
      sel: r(3, 0, 3, 21),
      children: [{ name: 'Part 1: Design', detail: '', kind: 'section', range: r(6, 0, 11, 0), sel: r(6, 0, 6, 14), children: [] }],
    },
    { name: 'Testing the testers', detail: 'Dana Whitfield, Tomás Ortega @ Example University', kind: 'talk', range: r(12, 0, 18, 21), sel: r(12, 0, 12, 19), children: [] },
  ]);
});

test('outline: claims as children of their section, talk or the title when outlineShowClaims', () => {
  const index = workspace([day1(), day2()], { outlineShowClaims: true });
  const [title, t1, t2] = documentSymbols(index, DAY1_URI);
  assert.equal(title.children.length, 0);
  assert.deepEqual(
    t1.children.map((c) => [c.kind, c.name, c.detail, c.range.start.line]),
    [
      ['claim', 'Ben said the cluster handles 100K writes/sec [1].', 'quantitative, attributed', 5],
      // The paragraph's [1] supports both of its sentences (SPEC §2 "Claims").
      ['claim', "Will Wilson's claim was that half of the time goes to testing.", 'quantitative, attributed', 5],
      ['section', 'Part 1: Design', '', 6],
    ],
  );
  assert.deepEqual(t1.children[1].selectionRange, r(5, 50, 5, 112));
  assert.deepEqual(
    t2.children.map((c) => [c.kind, c.detail]),
    [
      ['claim', 'superlative · unsupported'],
      ['claim', 'generalization · unsupported'],
    ],
  );
});

test('outline: a document without a title or talks, and unknown URIs', () => {
  const index = workspace([day1()]);
  assert.deepEqual(documentSymbols(index, 'file:///nope.notes'), []);
  const empty = workspace([{ ...day1(), title: null, talks: [] }]);
  assert.deepEqual(documentSymbols(empty, DAY1_URI), []);
});
