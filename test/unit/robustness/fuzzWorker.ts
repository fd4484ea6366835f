// One fuzzing worker: runs the property for its share of the cases and reports progress through
// shared memory, so the parent's watchdog can tell a hang (no progress for seconds) from slow work.
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { checkNotes, fuzzInput } from './fuzzCheck';

const { seed, numRuns, progress, slot } = workerData as { seed: number; numRuns: number; progress: SharedArrayBuffer; slot: number };
const counter = new Int32Array(progress);
let ranges = 0;
let chars = 0;
const result = fc.check(
  fc.property(fuzzInput, (input) => {
    Atomics.add(counter, slot, 1);
    chars += input.text.length;
    ranges += checkNotes(input);
  }),
  { seed, numRuns },
);
parentPort!.postMessage({
  failed: result.failed,
  numRuns: result.numRuns,
  ranges,
  chars,
  error: result.failed ? String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance).slice(0, 2000) : '',
  report: result.failed ? fc.defaultReportMessage(result) : '',
  counterexample: result.failed && result.counterexample ? JSON.stringify(result.counterexample[0]).slice(0, 4000) : '',
  seed: result.seed,
  path: result.counterexamplePath,
});
