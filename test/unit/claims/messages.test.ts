import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unsupportedClaimMessage } from '../../../server/src/core/claims/messages';
import { analyse, claimWith, TALK } from './helpers';

test('the message names the kinds, the cues and the attribution', () => {
  const doc = analyse(TALK("Ada harkened back to Will Wilson's claim that 50% of the time is testing. It supports 100K transactions/sec. It is the world's fastest cache [7]. It is the largest [citation needed]."));
  assert.equal(unsupportedClaimMessage(claimWith(doc, '50%')), 'Unsupported claim (quantitative, attributed to Will Wilson) — a number: 50%; a reporting verb: claim. Add a source, or mark it [citation needed].');
  assert.equal(unsupportedClaimMessage(claimWith(doc, '100K')), 'Unsupported claim (quantitative) — a number: 100K transactions/sec. Add a source, or mark it [citation needed].');
  assert.equal(unsupportedClaimMessage(claimWith(doc, 'fastest')), "Unsupported claim (superlative) — a superlative: world's, fastest. [7] has no definition in this file; add it, or another source.");
  assert.equal(unsupportedClaimMessage(claimWith(doc, 'largest')), 'Unsupported claim (superlative) — a superlative: largest. Marked [citation needed].');
});

test('an unnamed reporter is said so', () => {
  const doc = analyse(TALK('Some people claimed it is 3x faster.'));
  assert.equal(unsupportedClaimMessage(doc.claims[0]), 'Unsupported claim (quantitative, comparative, attributed to someone unnamed) — a number: 3x; a comparison: 3x faster; a reporting verb: claimed. Add a source, or mark it [citation needed].');
});
