import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, claimWith } from './helpers';

const NOTES = [
  'Conference notes',
  'A talk about storage',
  'Ada Lovelace & Grace Hopper, Engineers @ Example Corp',
  'Ada opened with the history. Grace covered the compiler. It is 40x faster, she said.',
  '',
  'Grace handed over to Ada for the demo. It keeps 3 replicas per region, she said.',
  '',
  'Another talk about queues',
  'Linus Torvalds & Ada Lovelace, Maintainers @ Kernel',
  'It handles 5 million messages a day, she said.',
  '',
].join('\n');

test('`she said` is the talk speaker named most recently, the last name of a sentence winning', () => {
  const doc = analyse(NOTES);
  assert.equal(claimWith(doc, '40x').attribution?.name, 'Grace Hopper');
  assert.equal(claimWith(doc, '3 replicas').attribution?.name, 'Ada Lovelace');
});

test('a talk does not inherit the speaker named in the talk before it', () => {
  // Ada was named last in the first talk; the second talk has named nobody, so its first speaker stands.
  assert.deepEqual(claimWith(analyse(NOTES), '5 million').attribution, { name: 'Linus Torvalds', key: 'linus torvalds', how: 'explicit' });
});
