import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, stem, words } from '../../../server/src/core/summarize/tokens';

test('words: lower-cased runs of letters and digits of any script, possessive dropped', () => {
  assert.deepEqual(words("Will Wilson's claim: 50% don't ship — Zoë's Ørsted 10 TB/sec"), [
    'will', 'wilson', 'claim', '50', "don't", 'ship', 'zoë', 'ørsted', '10', 'tb', 'sec',
  ]);
  assert.deepEqual(words(''), []);
});

test('content words drop function words, talk filler, single characters and excluded names', () => {
  assert.deepEqual(contentWords('Ben said that the tests of the API were slow in the talk', new Set(['ben'])), ['test', 'api', 'slow']);
  assert.deepEqual(contentWords('It supports 100K transactions/sec', undefined), ['support', '100k', 'transaction', 'sec']);
  assert.equal(contentWords('replica '.repeat(1000), undefined, 50).length, 50);
});

test('inflections of a word share a stem', () => {
  for (const group of [
    ['test', 'tests', 'testing', 'tested'],
    ['replica', 'replicas'],
    ['query', 'queries'],
    ['stop', 'stopping', 'stopped'],
    ['write', 'writes'],
  ]) {
    const stems = new Set(group.map(stem));
    assert.equal(stems.size, 1, `${group.join(', ')} -> ${[...stems].join(', ')}`);
  }
  assert.equal(stem('2015'), '2015');
  assert.equal(stem('ms'), 'ms');
  assert.notEqual(stem('storage'), stem('story'));
});
