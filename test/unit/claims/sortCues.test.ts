import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortCues, sortedByStart } from '../../../server/src/core/claims/claims';
import type { Mention } from '../../../server/src/core/model/types';
import type { RawCue } from '../../../server/src/core/claims/cues';

const KINDS = ['quantitative', 'superlative', 'comparative', 'attributed', 'generalization'] as const;

test('sortCues orders exactly as the stable Array sort it replaces, ties included', () => {
  const cue = fc.record({ kind: fc.constantFrom(...KINDS), start: fc.nat(6), len: fc.nat(4), token: fc.integer({ min: -1, max: 9 }) });
  fc.assert(
    fc.property(fc.array(cue, { maxLength: 24 }), (raw) => {
      const cues: RawCue[] = raw.map((c) => ({ kind: c.kind, start: c.start, end: c.start + c.len, token: c.token }));
      const want = [...cues].sort((a, b) => a.start - b.start || b.end - a.end);
      const got = [...cues];
      sortCues(got);
      // Same objects in the same order: equal-looking cues must not swap either.
      assert.equal(got.length, want.length);
      got.forEach((c, i) => assert.equal(c, want[i]));
    }),
    { numRuns: 3000, seed: 12 },
  );
});

test('sortedByStart: a sorted list is returned as is, any other as a stably sorted copy', () => {
  const at = (line: number, character: number, person: string) =>
    ({ person, key: person, range: { start: { line, character }, end: { line, character: character + 1 } } }) as unknown as Mention;
  const sorted = [at(0, 1, 'a'), at(0, 1, 'b'), at(2, 0, 'c')];
  assert.equal(sortedByStart(sorted), sorted);
  const unsorted = [at(3, 0, 'a'), at(0, 5, 'b'), at(0, 5, 'c'), at(0, 2, 'd')];
  const got = sortedByStart(unsorted);
  assert.notEqual(got, unsorted);
  assert.deepEqual(got.map((m) => m.person), ['d', 'b', 'c', 'a']);
  assert.deepEqual(unsorted.map((m) => m.person), ['a', 'b', 'c', 'd']);
});
