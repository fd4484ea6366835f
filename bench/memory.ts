// Child process of `npm run bench` (run with --expose-gc): resident memory of the index of a
// workspace folder, relative to the size of its text. Prints one JSON line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../server/src/core/workspace/workspaceIndex';

const gc = (globalThis as { gc?: () => void }).gc;
function settle(): void {
  for (let i = 0; i < 3; i++) gc?.();
}

const dir = process.argv[2];
const files = readdirSync(dir).map((f) => join(dir, f));
settle();
const before = process.memoryUsage();
const index = new WorkspaceIndex();
let bytes = 0;
for (const f of files) {
  bytes += statSync(f).size;
  index.upsert({ uri: `file://${f}`, text: readFileSync(f, 'utf8'), format: f.endsWith('.md') ? 'markdown' : 'plaintext' });
}
settle();
const after = process.memoryUsage();
console.log(JSON.stringify({ files: files.length, bytes, rss: after.rss - before.rss, heap: after.heapUsed - before.heapUsed + after.external - before.external, docs: index.documents().length }));
