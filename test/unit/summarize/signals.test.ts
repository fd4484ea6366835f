import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceSignals } from '../../../server/src/core/summarize/signals';

const none = { firstPerson: false, logistics: false, question: false, evaluation: false, listIntro: false, hedge: false };

test('the note-taker in the first person singular, but not inside quoted speech', () => {
  assert.deepEqual(sentenceSignals("I didn't take much notes in this talk."), { ...none, firstPerson: true, logistics: true });
  assert.deepEqual(sentenceSignals("I don't know what he means exactly by that."), { ...none, firstPerson: true });
  assert.deepEqual(sentenceSignals('It took its toll on me.'), { ...none, firstPerson: true });
  assert.deepEqual(sentenceSignals('Ben said "I never write tests" with a straight face.'), none);
  assert.deepEqual(sentenceSignals('Ana quoted the RFC: “my reading is the only one”.'), none);
});

test('logistics: meals, breaks, travel, sleep, clock times; technical homonyms are not logistics', () => {
  assert.equal(sentenceSignals('Waking up at 4am to fly in took its toll.').logistics, true);
  assert.equal(sentenceSignals('Coffee break after this, the pastries were gone.').logistics, true);
  assert.equal(sentenceSignals('Then we hit the hallway track.').logistics, true);
  assert.equal(sentenceSignals('Doors opened at 9:30 sharp.').logistics, true);
  assert.equal(sentenceSignals('The flight computer drains the message queue before it may sleep.').logistics, false);
  assert.equal(sentenceSignals('Latency dropped from 40 ms to 4 ms.').logistics, false);
});

test('questions, opinions of the talk, list introductions', () => {
  assert.equal(sentenceSignals('Why not just use a database?').question, true);
  assert.equal(sentenceSignals('(Is this really new?)').question, true);
  assert.equal(sentenceSignals('This was a fun and also thought provoking talk.').evaluation, true);
  assert.equal(sentenceSignals('Ben is a funny guy, and refreshingly honest.').evaluation, true);
  // An evaluative word in a long sentence about the subject is not an opinion of the talk.
  assert.equal(
    sentenceSignals('The talk showed that a good batching strategy cuts the tail latency of every replica in the cluster by half under load.').evaluation,
    false,
  );
  assert.equal(sentenceSignals('The talk has two parts:').listIntro, true);
  assert.equal(sentenceSignals("It looks like there isn't much protocol level innovation.").hedge, true);
  assert.equal(sentenceSignals('Maybe the innovation is in the networking layer.').hedge, true);
  assert.equal(sentenceSignals('The speedup maybe halves with large batches.').hedge, false);
  assert.deepEqual(sentenceSignals('Storage is a utility, and, hence, is boring.'), none);
});

test('long input is scanned without trouble', () => {
  const s = sentenceSignals('a'.repeat(100_000) + ' "' + 'b '.repeat(50_000));
  assert.deepEqual(s, none);
});
