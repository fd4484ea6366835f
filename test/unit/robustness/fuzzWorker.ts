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
  // Escaped so invisible characters (U+2028, BOM, controls) show in the report.
  counterexample: result.failed && result.counterexample ? escape(JSON.stringify(result.counterexample[0])).slice(0, 4000) : '',
  seed: result.seed,
  path: result.counterexamplePath,
});

function escape(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
