// Typing re-analyses only what an edit can change (core/incremental.ts through
// WorkspaceIndex.applyEdits); the result over the protocol must equal a fresh analysis of the
// same text. Random small edits, seeded, compared against a document opened with the final text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';
import { applyEdits } from './support/edits';

const AFTERNOON = 'bugbash26-afternoon-day1.notes';

function prng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

test('edits while typing give the same diagnostics, outline and tokens as a fresh analysis', async () => {
  const ws = new TempWorkspace([AFTERNOON]);
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    await s.indexed();
    const typed = ws.uriOf('typed.notes');
    const fresh = ws.uriOf('fresh.notes');
    let text = fixture(AFTERNOON);
    await s.open(typed, text);
    await s.diagnosticsFor(typed);
    const rand = prng(20261125);
    const pieces = ['x', ' ', '50% ', 'Ben ', '.', '\n', '', 'said ', '[1]', 'the fastest '];
    let version = 1;
    for (let i = 0; i < 60; i++) {
      const lines = text.split('\n');
      const line = Math.floor(rand() * lines.length);
      const character = Math.floor(rand() * (lines[line].length + 1));
      const del = rand() < 0.3 ? Math.min(3, lines[line].length - character) : 0;
      const range = { start: { line, character }, end: { line, character: character + del } };
      const insert = pieces[Math.floor(rand() * pieces.length)];
      text = applyEdits(text, [{ range, newText: insert }]);
      await s.change(typed, ++version, [{ range, text: insert }]);
      // Now and then a request analyses the text so far (the incremental path runs many times).
      if (i % 4 === 0) await s.request('textDocument/documentSymbol', { textDocument: { uri: typed } });
    }
    const n = s.published(typed);
    await s.open(fresh, text);
    const a = await s.diagnosticsFor(typed, () => true, 5000, n);
    const b = await s.diagnosticsFor(fresh);
    const norm = (d: any[]) => d.map((x) => ({ code: x.code, range: x.range, severity: x.severity, message: x.message }));
    assert.deepEqual(norm(a), norm(b));
    for (const method of ['textDocument/documentSymbol', 'textDocument/semanticTokens/full', 'textDocument/foldingRange']) {
      assert.deepEqual(await s.request(method, { textDocument: { uri: typed } }), await s.request(method, { textDocument: { uri: fresh } }), method);
    }
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});
