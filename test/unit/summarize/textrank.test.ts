import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cosine, lexRank, tfidfVectors } from '../../../server/src/core/summarize/textrank';

test('tf-idf vectors are unit length, and cosine is 1 for the same words, 0 for none shared', () => {
  const v = tfidfVectors([['log', 'replica'], ['log', 'replica'], ['cache']]);
  assert.ok(Math.abs(cosine(v[0], v[1]) - 1) < 1e-12);
  assert.equal(cosine(v[0], v[2]), 0);
  assert.equal(tfidfVectors([[]])[0].ids.length, 0);
});

test('LexRank: the sentence that shares words with all others is the most central; scores sum to 1', () => {
  const v = tfidfVectors([
    ['log', 'replica', 'leader'],
    ['log', 'snapshot'],
    ['replica', 'catch'],
    ['leader', 'election'],
    ['lunch'],
  ]);
  const r = lexRank(v);
  assert.equal(r.length, 5);
  assert.ok(Math.abs(r.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  const best = r.indexOf(Math.max(...r));
  assert.equal(best, 0);
  assert.ok(r[4] < r[1], 'an isolated sentence ranks lowest');
  assert.deepEqual(lexRank(v), r);
});

test('LexRank edge cases: nothing, one sentence, nothing shared', () => {
  assert.deepEqual(lexRank([]), []);
  assert.deepEqual(lexRank(tfidfVectors([['a1']])), [1]);
  const r = lexRank(tfidfVectors([['a1'], ['b2'], ['c3'], ['d4']]));
  for (const x of r) assert.ok(Math.abs(x - 0.25) < 1e-12);
});
