import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimTerms, RELATED_THRESHOLD, similarity } from '../../../server/src/core/claims/related';

const corpus = [
  'Models crossed a usefulness threshold ~3 months ago.',
  'Models crossed a usefulness threshold for writing fuzz harnesses late last year, she said.',
  'The approach finds the same bugs as random fault injection with far fewer runs.',
  'It supports 100K transactions/sec, and provides low double digit microseconds with low variance.',
  'Most developers don\'t know how to use storage properly.',
  'Models write better code when you do the leading.',
  'Nobody knows the right data mixture for code yet.',
  'Nobody has a good answer to that yet.',
];
const terms = corpus.map((t) => [...new Set(claimTerms(t))]);
const df = new Map<string, number>();
for (const ts of terms) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
const weight = (t: string): number => Math.log(1 + corpus.length / (df.get(t) ?? 1));

test('claimTerms: content words, stems and normalised numbers; reporting and time words dropped', () => {
  assert.deepEqual(claimTerms('Models crossed a usefulness threshold ~3 months ago, she said.'), ['model', 'cross', 'useful', 'thresh', '3']);
  assert.deepEqual(claimTerms('their biggest cluster has 15,000 nodes'), ['larges', 'clust', '15000', 'node']);
  assert.deepEqual(claimTerms('Their largest cluster runs 15k nodes'), ['larges', 'clust', 'runs', '15000', 'node']);
});

test('the two usefulness-threshold claims are related; unrelated claims are not', () => {
  assert.ok(similarity(terms[0], terms[1], weight) >= RELATED_THRESHOLD, String(similarity(terms[0], terms[1], weight)));
  for (let i = 0; i < corpus.length; i++) {
    for (let j = i + 1; j < corpus.length; j++) {
      if (i === 0 && j === 1) continue;
      assert.ok(similarity(terms[i], terms[j], weight) < RELATED_THRESHOLD, `${corpus[i]} ~ ${corpus[j]}`);
    }
  }
});

test('one shared word is a topic, not a point', () => {
  assert.equal(similarity(['raft', 'fast'], ['raft', 'slow'], () => 1), 0);
  assert.equal(similarity([], ['x'], () => 1), 0);
});
