// The server's life cycle over a real process: handshake, capabilities, the start-up scan,
// shutdown/exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';

const AFTERNOON = 'bugbash26-afternoon-day1.notes';
const MORNING = 'bugbash26-morning-day1.notes.md';

test('initialize announces incremental sync; the scan indexes the folder and reports it', async () => {
  const ws = new TempWorkspace([AFTERNOON, MORNING, 'unicode-crlf.notes'], {
    'sub/more.talknotes': 'Notes\nA talk\nJane Doe @ Acme\nJane said hello.\n',
    'node_modules/pkg/ignored.notes': 'Ignored\nA talk\nJohn Roe @ Acme\n',
    'excluded/hidden.notes': 'Hidden\nA talk\nJohn Roe @ Acme\n',
    'readme.md': '# Not notes\n',
  });
  const s = await LspSession.start({ folders: [ws.uri], settings: { 'files.exclude': { 'excluded/**': true } } });
  try {
    assert.equal(s.capabilities.textDocumentSync.change, 2);
    assert.equal(s.capabilities.textDocumentSync.openClose, true);
    assert.equal(s.initializeResult.serverInfo.name, 'talk-notes');
    const indexed = await s.indexed();
    // afternoon, morning (Markdown notes by its .notes.md name), unicode-crlf, sub/more: not node_modules, not excluded, not readme.md.
    assert.equal(indexed.files, 4);
    assert.ok(s.serverRequests.includes('workspace/configuration'));
    const watchers = s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watchers, 'file watchers registered dynamically');
    assert.equal(watchers.registerOptions.watchers[0].globPattern, '**/*.{notes,talknotes,md,txt,bib,json}');
    assert.ok(s.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
    // Work-done progress for the scan: created by the server, begun and ended.
    assert.ok(s.serverRequests.includes('window/workDoneProgress/create'));
    const progress = s.notificationsOf<{ value: { kind: string } }>('$/progress').map((p) => p.value.kind);
    assert.equal(progress[0], 'begin');
    assert.equal(progress[progress.length - 1], 'end');
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('didOpen publishes diagnostics and a status notification for the document', async () => {
  const ws = new TempWorkspace([AFTERNOON]);
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON));
    const diags = await s.diagnosticsFor(uri);
    assert.ok(Array.isArray(diags));
    await s.waitFor(() => s.notificationsOf('talkNotes/status').some((p) => p.uri === uri), 5000, 'status');
    const status = s.notificationsOf('talkNotes/status').find((p) => p.uri === uri);
    assert.equal(typeof status.claims, 'number');
    assert.equal(typeof status.analysisMs, 'number');
    assert.equal(status.unsupported, diags.filter((d) => d.code === 'unsupported-claim').length);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('a second workspace folder is indexed too (multi-root)', async () => {
  const a = new TempWorkspace([AFTERNOON]);
  const b = new TempWorkspace([], { 'other.notes': 'Other\nTalk one\nJane Doe @ Acme\n' });
  const s = await LspSession.start({ folders: [a.uri, b.uri] });
  try {
    assert.equal((await s.indexed()).files, 2);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    a.dispose();
    b.dispose();
  }
});

test('the same bundle serves over --node-ipc (the transport the VS Code client uses)', async () => {
  const { fork } = await import('node:child_process');
  const { createProtocolConnection, IPCMessageReader, IPCMessageWriter } = await import('vscode-languageserver-protocol/node');
  const { serverPath } = await import('./support/lspSession');
  const ws = new TempWorkspace([AFTERNOON]);
  const child = fork(serverPath, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const c = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  c.onRequest('client/registerCapability', () => null);
  c.listen();
  try {
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const init: any = await c.sendRequest('initialize', { processId: process.pid, rootUri: ws.uri, workspaceFolders: [{ uri: ws.uri, name: 'ws' }], capabilities: {} });
    assert.equal(init.capabilities.hoverProvider, true);
    await c.sendNotification('initialized', {});
    const uri = ws.uriOf(AFTERNOON);
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'talknotes', version: 1, text: fixture(AFTERNOON) } });
    const defs: any = await c.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 36, character: 82 } });
    assert.equal(defs[0].range.start.line, 35);
    await c.sendRequest('shutdown');
    await c.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    c.dispose();
    if (child.exitCode === null) child.kill();
    ws.dispose();
  }
});

test('a single file opened without a workspace folder is served (and so is an untitled document)', async () => {
  const ws = new TempWorkspace([AFTERNOON]);
  const s = await LspSession.start({ folders: [] });
  try {
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON));
    const symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.slice(1, 3).map((x: { name: string; detail: string }) => [x.name, x.detail]), [
      ['Informal methods', 'Ben Eggers @ OpenAI'],
      ['Now more than ever: building reliable software in the age of agents', 'Ron Minsky @ Jane Street'],
    ]);
    const untitled = 'untitled:Untitled-1';
    await s.open(untitled, 'Scratch\nCaching at the edge\nMina Park, Engineer @ Contoso\nMina said caching cut latency by 80%.\n');
    const diags = await s.diagnosticsFor(untitled);
    assert.deepEqual(diags.map((d) => [d.code, d.range.start.line]), [['unsupported-claim', 3]]);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});
