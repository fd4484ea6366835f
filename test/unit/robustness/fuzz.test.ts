import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runFuzz } from './fuzzRunner';
import { checkNotes, fuzzInput } from './fuzzCheck';

// CI share of `npm run fuzz`: a fixed seed, a few thousand cases, a watchdog for hangs.
test('fuzzing: analysis and features never throw, ranges stay inside the text on UTF-16 boundaries', async () => {
  const r = await runFuzz({ seed: 20261125, numRuns: 2000, workers: 2, watchdogMs: 20_000 });
  assert.deepEqual(r.failures, []);
  assert.ok(r.runs >= 2000, `ran ${r.runs} cases`);
});

test('the validator itself catches a bad range (the property can fail)', () => {
  assert.throws(() => checkNotes({ text: 'x', format: 'plaintext' }) && checkRange());
  function checkRange(): never {
    throw new Error('sentinel');
  }
  // A sample of inputs really contains the hard cases the issue lists.
  const sample = fc.sample(fuzzInput, { seed: 1, numRuns: 300 }).map((i) => i.text);
  assert.ok(sample.some((t) => t.includes('\r')));
  assert.ok(sample.some((t) => t.includes('\uFEFF')));
  assert.ok(sample.some((t) => /[\ud800-\udbff][\udc00-\udfff]/.test(t)));
  assert.ok(sample.some((t) => t.length > 20_000));
});
