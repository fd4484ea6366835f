// Runs the project's test suites with Node's own test runner (TypeScript through tsx).
// Node 20's `--test` takes no globs, so the files are listed here.
//   unit      the pure library (fast inner loop, no build needed)
//   protocol  the bundled server over stdio, the CLI as a process (needs `npm run build`)
//   all       unit + protocol (npm test adds the real VS Code suite when it is installed)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const suites = {
  unit: ['test/unit'],
  protocol: ['test/protocol', 'test/cli'],
};
const mode = process.argv[2] ?? 'all';
const dirs = mode === 'all' ? [...suites.unit, ...suites.protocol] : suites[mode];
if (!dirs) {
  console.error(`unknown suite ${mode}; use one of: ${Object.keys(suites).join(', ')}, all`);
  process.exit(2);
}

function testFiles(dir) {
  let out = [];
  let entries;
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries.sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(testFiles(p));
    else if (/\.test\.(ts|mjs|js)$/.test(name)) out.push(p);
  }
  return out;
}

const files = dirs.flatMap(testFiles);
if (files.length === 0) {
  console.error(`no test files under ${dirs.join(', ')}`);
  process.exit(1);
}
const extra = process.env.TEST_CONCURRENCY ? [`--test-concurrency=${process.env.TEST_CONCURRENCY}`] : [];
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extra, ...files], { stdio: 'inherit' });
process.exit(res.status ?? 1);
