// Runs the fuzzing property in worker threads with a watchdog. A worker whose case counter does
// not move for `watchdogMs` is stopped and reported as a hang with the seed and case index that
// reproduce it (`fc.assert(prop, { seed, path: String(index) })`); timing only catches hangs.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface FuzzReport {
  ok: boolean;
  runs: number;
  ranges: number;
  chars: number;
  failures: string[];
}

export async function runFuzz(options: { seed: number; numRuns: number; workers: number; watchdogMs: number; onProgress?: (done: number) => void }): Promise<FuzzReport> {
  const progress = new SharedArrayBuffer(4 * options.workers);
  const counter = new Int32Array(progress);
  const share = Math.ceil(options.numRuns / options.workers);
  const report: FuzzReport = { ok: true, runs: 0, ranges: 0, chars: 0, failures: [] };
  const entry = join(__dirname, 'fuzzWorker.ts');
  const jobs = Array.from({ length: options.workers }, (_, slot) => {
    const seed = options.seed + slot;
    return new Promise<void>((resolve) => {
      const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, {
        eval: true,
        workerData: { seed, numRuns: share, progress, slot },
      });
      let last = -1;
      let lastChange = Date.now();
      const timer = setInterval(() => {
        const now = Atomics.load(counter, slot);
        if (now !== last) {
          last = now;
          lastChange = Date.now();
          options.onProgress?.(Array.from(counter).reduce((a, b) => a + b, 0));
          return;
        }
        if (Date.now() - lastChange > options.watchdogMs) {
          report.ok = false;
          report.failures.push(`hang: worker seed ${seed} made no progress for ${options.watchdogMs} ms in case index ${now - 1} (reproduce: fc.assert(prop, { seed: ${seed}, path: "${now - 1}" }))`);
          clearInterval(timer);
          void worker.terminate().then(() => resolve());
        }
      }, 250);
      worker.on('message', (m: { error: string; failed: boolean; numRuns: number; ranges: number; chars: number; report: string; counterexample: string; seed: number; path?: string }) => {
        report.runs += m.numRuns;
        report.ranges += m.ranges;
        report.chars += m.chars;
        if (m.failed) {
          report.ok = false;
          report.failures.push(`seed ${m.seed} path ${m.path}: ${m.error}\ncounterexample (JSON, cut): ${m.counterexample.slice(0, 1500)}`);
        }
      });
      worker.on('error', (err) => {
        report.ok = false;
        report.failures.push(`worker seed ${seed} crashed: ${err instanceof Error ? err.stack : String(err)}`);
      });
      worker.on('exit', () => {
        clearInterval(timer);
        resolve();
      });
    });
  });
  await Promise.all(jobs);
  return report;
}
