// Scheduling over a real server process: the start-up scan never blocks the active file,
// diagnostics are debounced while typing, cancelled requests do no work, folders come and go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, pos1 } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';

const AFTERNOON = 'bugbash26-afternoon-day1.notes';

test('the first request on the active file is answered while the workspace is still being indexed', async () => {
  const text = fixture(AFTERNOON);
  const files: Record<string, string> = {};
  // ~3 MB of notes in 100 files.
  for (let i = 0; i < 100; i++) files[`archive/day${String(i).padStart(3, '0')}.notes`] = text.repeat(3);
  const ws = new TempWorkspace([AFTERNOON], files);
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, text);
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: pos1(9, 69) });
    assert.match(h.contents.value, /Ben Eggers/);
    assert.ok(!s.notifications.some((n) => n.method === 'talkNotes/indexed'), 'answered before the scan finished');
    // Progress is reported while the scan runs, and the scan completes.
    const indexed = await s.indexed(60000);
    assert.equal(indexed.files, 101);
    const reports = s.notificationsOf<{ value: { kind: string; percentage?: number } }>('$/progress').filter((p) => p.value.kind === 'report');
    assert.ok(reports.length > 0);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('a large file on disk is analysed off the main thread: requests on the open file do not wait for it', async () => {
  const text = fixture(AFTERNOON);
  const ws = new TempWorkspace([AFTERNOON], { 'dump/big.notes': text.repeat(120) });
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, text);
    await s.diagnosticsFor(uri);
    // Ask repeatedly while the scan runs; every answer comes quickly compared to the scan.
    let slowest = 0;
    while (!s.notifications.some((n) => n.method === 'talkNotes/indexed')) {
      const started = performance.now();
      const defs = await s.request('textDocument/definition', { textDocument: { uri }, position: pos1(37, 83) });
      slowest = Math.max(slowest, performance.now() - started);
      assert.equal(defs[0].range.start.line, 35);
      await new Promise((r) => setTimeout(r, 10));
    }
    const indexed = await s.indexed();
    assert.equal(indexed.files, 2);
    assert.ok(slowest < indexed.ms / 4, `slowest request ${slowest.toFixed(0)} ms against a scan of ${indexed.ms} ms`);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('diagnostics are debounced while typing: one publication after a burst of edits', async () => {
  const ws = new TempWorkspace([AFTERNOON]);
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    await s.indexed();
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON));
    await s.diagnosticsFor(uri);
    const before = s.published(uri);
    for (let v = 2; v <= 11; v++) await s.change(uri, v, [{ range: { start: pos1(1, 1), end: pos1(1, 1) }, text: 'x' }]);
    await s.diagnosticsFor(uri, () => true, 5000, before);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(s.published(uri), before + 1);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('a request cancelled while the server is busy does no work', async () => {
  const ws = new TempWorkspace([AFTERNOON]);
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    await s.indexed();
    const big = ws.uriOf('big.notes');
    const bigText = fixture(AFTERNOON).repeat(40);
    await s.open(big, bigText);
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON));
    // An edit of the big file makes the next request that needs the analysis (semantic tokens do;
    // the outline answers from the structure alone) re-analyse 400 KB first.
    await s.change(big, 2, [{ range: { start: pos1(1, 1), end: pos1(1, 1) }, text: 'x' }]);
    const busy = s.request('textDocument/semanticTokens/full', { textDocument: { uri: big } });
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
    const source = new CancellationTokenSource();
    const cancelled = s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos1(9, 69) }, source.token);
    source.cancel();
    const outcome = await cancelled.then(
      (r) => r,
      (e) => e.code,
    );
    assert.ok(outcome === null || outcome === -32800, `cancelled hover answered ${JSON.stringify(outcome)}`);
    assert.ok((await busy).data.length > 100);
    // Uncancelled, the same request answers.
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: pos1(9, 69) });
    assert.match(h.contents.value, /Ben Eggers/);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('workspace folders added later are indexed, removed ones forgotten', async () => {
  const a = new TempWorkspace([AFTERNOON]);
  const b = new TempWorkspace([], { 'b.notes': 'B notes\nThe B talk\nJane Doe @ Acme\n' });
  const s = await LspSession.start({ folders: [a.uri] });
  try {
    await s.indexed();
    const names = async () => ((await s.request('workspace/symbol', { query: 'The B talk' })) as any[]).filter((x) => x.name === 'The B talk').length;
    assert.equal(await names(), 0);
    await s.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: b.uri, name: 'b' }], removed: [] } });
    await s.waitFor(() => s.notificationsOf('talkNotes/indexed').length === 2, 5000, 'second scan');
    assert.equal(await names(), 1);
    await s.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: b.uri, name: 'b' }] } });
    await s.waitFor(() => s.notificationsOf('talkNotes/indexed').length === 3, 5000, 'third scan');
    assert.equal(await names(), 0);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    a.dispose();
    b.dispose();
  }
});

test('talkNotes/isNotes answers for .txt detection, and honours talkNotes.detectPlainText', async () => {
  const notes = 'Conference day\n\nFirst talk\nJane Doe @ Acme\nShe spoke.\n\nSecond talk\nSpeaker: John Roe (Initech)\nHe spoke.\n';
  const ws = new TempWorkspace([], { 'day.txt': notes, 'todo.txt': 'buy milk\ncall mom\n' });
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    // The .txt file that looks like notes is indexed by the scan; the other is not.
    assert.equal((await s.indexed()).files, 1);
    assert.deepEqual(await s.request('talkNotes/isNotes', { uri: ws.uriOf('day.txt'), text: notes }), { notes: true });
    assert.deepEqual(await s.request('talkNotes/isNotes', { uri: ws.uriOf('todo.txt'), text: 'buy milk\ncall mom\n' }), { notes: false });
    await s.changeSettings({ talkNotes: { detectPlainText: false } });
    await s.waitFor(() => s.notificationsOf('talkNotes/indexed').length === 2, 5000, 'rescan');
    assert.deepEqual(await s.request('talkNotes/isNotes', { uri: ws.uriOf('day.txt'), text: notes }), { notes: false });
    assert.equal(s.notificationsOf('talkNotes/indexed')[1].files, 0);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});
