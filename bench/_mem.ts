import { analyzeDocument } from '../server/src/core/analyze';
import { generateOfSize } from './generate';
const gc = (globalThis as any).gc as () => void;
const text = generateOfSize(3, 1_000_000, 'plaintext');
const h = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const base = h();
const doc: any = analyzeDocument({ uri: 'u', text, format: 'plaintext' });
let prev = h();
console.log('text chars', text.length, 'one-byte?', !/[^\u0000-\u00ff]/.test(text), 'total', ((prev - base) / text.length).toFixed(2), 'x chars');
for (const k of ['claims', 'mentions', 'blocks', 'talks', 'citations', 'urls', 'crossReferences', 'definitions']) {
  const n = Array.isArray(doc[k]) ? doc[k].length : 0;
  doc[k] = [];
  const now = h();
  console.log(k.padEnd(16), String(n).padStart(6), ((prev - now) / 1e6).toFixed(2), 'MB', ((prev - now) / Math.max(1, n)).toFixed(0), 'B/item');
  prev = now;
}
