import fc from 'fast-check';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { lastReanalysis, reanalyze } from '../../../server/src/core/incremental';
import { editCase } from './editGen';
let fast = 0;
const r = fc.check(fc.property(editCase, (c) => {
  const prev = analyzeDocument({ uri: 'u', text: c.text, format: 'plaintext' });
  const got = reanalyze(prev, c.newText, [c.edit]);
  if (lastReanalysis.incremental) fast++;
  assert.deepStrictEqual(got, analyzeDocument({ uri: 'u', text: c.newText, format: 'plaintext' }));
}), { seed: Number(process.argv[2] ?? 1), numRuns: 3000 });
console.log('fast', fast, r.failed ? fc.defaultReportMessage(r).slice(0, 6000) : 'OK');
