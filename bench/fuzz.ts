// `npm run fuzz [-- --runs N --seed S --workers W]`: the fuzzing property of
// test/unit/robustness/fuzzCheck.ts over ≥ 100,000 generated and mutated notes, in worker threads
// with a hang watchdog. A failure prints the seed and path that reproduce it; record it as a
// regression test in test/unit/robustness/fuzz.test.ts.
import { cpus } from 'node:os';
import { runFuzz } from '../test/unit/robustness/fuzzRunner';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const runs = arg('runs', 100_000);
  const seed = arg('seed', Date.now() % 2_147_483_647);
  const workers = arg('workers', Math.max(1, Math.min(2, cpus().length)));
  const watchdogMs = arg('watchdog', 60_000);
  const started = Date.now();
  console.log(`fuzz: ${runs} cases, seed ${seed}, ${workers} workers, hang watchdog ${watchdogMs / 1000} s`);
  let lastShown = 0;
  const r = await runFuzz({
    seed,
    numRuns: runs,
    workers,
    watchdogMs,
    onProgress: (done) => {
      if (done - lastShown >= 10_000) {
        lastShown = done;
        console.log(`  ${done} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    },
  });
  const secs = (Date.now() - started) / 1000;
  console.log(`fuzz: ${r.runs} cases in ${secs.toFixed(0)} s (${(r.chars / 1e6).toFixed(1)} M characters analysed, ${(r.ranges / 1e6).toFixed(1)} M positions checked)`);
  if (!r.ok) {
    console.log(`FAIL (${r.failures.length}):`);
    for (const f of r.failures) console.log(f);
    process.exit(1);
  }
  console.log('PASS: no throw, no stage error, no hang, every range inside the text on UTF-16 boundaries');
}

void main();
