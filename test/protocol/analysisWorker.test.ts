// The background analyser (files that are not open) over the real bundle: what comes back from the
// worker thread (packed, with its tables) equals an analysis on this thread, and the worker stops
// when idle and starts again for the next job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BackgroundAnalyser } from '../../server/src/lsp/analysisWorker';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { documentTables } from '../../server/src/core/workspace/documentTables';
import { fixture } from './support/tempWorkspace';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('documents analysed on the worker equal the same analysis on this thread', async () => {
  const errors: unknown[] = [];
  const analyser = new BackgroundAnalyser(SERVER, (e) => errors.push(e), 60_000);
  try {
    for (const [name, format] of [['bugbash26-afternoon-day1.notes', 'plaintext'], ['bugbash26-morning-day1.notes.md', 'markdown'], ['unicode-crlf.notes', 'plaintext']] as const) {
      const source = { uri: `file:///w/${name}`, text: fixture(name), format };
      const fromWorker = await analyser.analyse(source, DEFAULT_CONFIG);
      const here = analyzeDocument(source, DEFAULT_CONFIG);
      assert.deepStrictEqual(fromWorker.packed.unpack(), here, name);
      assert.equal(fromWorker.packed.textLength, here.text.length);
      assert.deepStrictEqual(fromWorker.tables, documentTables(here, true), name);
      assert.ok(fromWorker.tables.claimTerms!.length === here.claims.length && here.claims.length > 0, name);
    }
    assert.equal(analyser.running, true);
    assert.deepStrictEqual(errors, []);
  } finally {
    analyser.dispose();
  }
});

test('the worker stops when idle and a later job starts a new one', async () => {
  const errors: unknown[] = [];
  const analyser = new BackgroundAnalyser(SERVER, (e) => errors.push(e), 100);
  try {
    const source = { uri: 'file:///w/a.notes', text: fixture('bugbash26-afternoon-day1.notes'), format: 'plaintext' as const };
    const first = await analyser.analyse(source, DEFAULT_CONFIG);
    assert.equal(analyser.running, true);
    for (let i = 0; i < 50 && analyser.running; i++) await sleep(50);
    assert.equal(analyser.running, false, 'stopped after being idle');
    const again = await analyser.analyse(source, DEFAULT_CONFIG);
    assert.equal(analyser.running, true, 'a new worker for the next job');
    assert.deepStrictEqual(again.packed.unpack(), first.packed.unpack());
    assert.deepStrictEqual(again.tables, first.tables);
    // Stopping an idle worker is not a failure: nothing was reported and the main thread was not used instead.
    assert.deepStrictEqual(errors, []);
  } finally {
    analyser.dispose();
  }
});
