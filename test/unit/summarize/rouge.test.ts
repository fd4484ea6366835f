// The measures of the summary eval (test/eval/summaries.ts), on cases worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rouge1, rougeL, rougeTokens, score } from '../../eval/summaries';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('ROUGE tokens are lower-cased letter/digit runs', () => {
  assert.deepEqual(rougeTokens('The p99.9 latency, in ms!'), ['the', 'p99', '9', 'latency', 'in', 'ms']);
});

test('ROUGE-1 F clips repeated words; ROUGE-L F uses the longest common subsequence', () => {
  // candidate "the the cat", reference "the cat sat": hits = the, cat → P 2/3, R 2/3.
  close(rouge1(['the', 'the', 'cat'], ['the', 'cat', 'sat']), 2 / 3);
  // LCS("a b c d", "a c b d") = 3 → P = R = 3/4.
  close(rougeL(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']), 3 / 4);
  assert.equal(rouge1([], ['a']), 0);
  assert.equal(rougeL(['a'], []), 0);
});

test('sentence overlap counts chosen sentences found in the reference, tolerating a trailing marker', () => {
  const s = score(['Alpha beta gamma delta epsilon.', 'Zeta eta.', 'Theta iota kappa lambda mu nu [1].'], [
    'Alpha beta gamma delta epsilon.',
    'Theta iota kappa lambda mu nu.',
    'Something else.',
  ]);
  close(s.overlap, 2 / 3);
  assert.equal(score([], ['x']).overlap, 0);
});
