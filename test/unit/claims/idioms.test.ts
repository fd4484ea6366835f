import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSync } from 'recheck';
import { ANY_MASK_PHRASE, maskIdioms } from '../../../server/src/core/claims/cues';

test('idioms are blanked in place, other text untouched', () => {
  assert.equal(maskIdioms('It was, at least, MOST LIKELY the fastest.'), 'It was,         ,             the fastest.');
  assert.equal(maskIdioms('No idioms here: 3x faster.'), 'No idioms here: 3x faster.');
});

test('overlapping idioms mask phrase by phrase, in list order, not leftmost first', () => {
  // `more or less` comes before `more and more` in the list, so it wins the shared `more`.
  assert.equal(maskIdioms('more and more or less'), 'more and ' + ' '.repeat(12));
});

test('the combined idiom check is safe from catastrophic backtracking', () => {
  assert.equal(checkSync(ANY_MASK_PHRASE.source, ANY_MASK_PHRASE.flags, { timeout: 10_000 }).status, 'safe');
});
