// SPEC §6 over a real server process: files too large, binary, unknown, deleted while open,
// malformed settings, a failing feature, untrusted workspaces. The server must answer, never die.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, pos1, type SessionOptions } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';

const AFTERNOON = 'bugbash26-afternoon-day1.notes';

/** Runs `body` with a fresh workspace and server, then checks a clean shutdown. */
async function withServer(
  files: { fixtures?: string[]; files?: Record<string, string | Uint8Array> },
  options: Omit<SessionOptions, 'folders'>,
  body: (s: LspSession, ws: TempWorkspace) => Promise<void>,
): Promise<void> {
  const ws = new TempWorkspace(files.fixtures ?? [], files.files ?? {});
  const s = await LspSession.start({ folders: [ws.uri], ...options });
  try {
    await s.indexed();
    await body(s, ws);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
}

const on = (uri: string) => ({ textDocument: { uri } });
const at = (uri: string, line1: number, col1: number) => ({ textDocument: { uri }, position: pos1(line1, col1) });

test('a file above talkNotes.maxFileSize gets the outline and exactly one clear message', async () => {
  await withServer({ fixtures: [AFTERNOON] }, { settings: { talkNotes: { maxFileSize: 2000 } } }, async (s, ws) => {
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON));
    const diags = await s.diagnosticsFor(uri);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'file-too-large');
    assert.match(String(diags[0].message), /maxFileSize/);
    assert.equal(diags[0].source, 'talk-notes');
    const symbols = await s.request('textDocument/documentSymbol', on(uri));
    assert.equal(symbols.length, 6, 'the outline is still there');
    // No claims or mentions are computed: no claim-cue tokens, no mention of Ben on line 9.
    const tokens = (await s.request('textDocument/semanticTokens/full', on(uri))).data as number[];
    const keyword = s.capabilities.semanticTokensProvider.legend.tokenTypes.indexOf('keyword');
    assert.ok(!tokens.some((v, i) => i % 5 === 3 && v === keyword));
    assert.equal(await s.request('textDocument/hover', at(uri, 9, 69)), null);
    // One message in all: no pop-up on top of the diagnostic, and not repeated on edits.
    await s.change(uri, 2, [{ range: { start: pos1(1, 1), end: pos1(1, 1) }, text: 'x' }]);
    const again = await s.diagnosticsFor(uri, () => true, 5000, s.published(uri));
    assert.equal(again.length, 1);
    assert.deepEqual(s.shown, []);
  });
});

test('a binary file with a notes extension: not indexed from disk, and harmless when opened', async () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 256;
  await withServer({ fixtures: [AFTERNOON], files: { 'blob.notes': bytes } }, {}, async (s, ws) => {
    const talks = await s.request('talkNotes/talks', {});
    assert.deepEqual(talks.files.map((f: any) => f.uri), [ws.uriOf(AFTERNOON)]);
    // An editor shows such a file decoded anyway: NULs, control characters, lone CRs, surrogates, a BOM.
    const uri = ws.uriOf('blob.notes');
    const text = '\ufeff' + Buffer.from(bytes).toString('latin1') + '\r\r\n\u0000Title\rA B @ C\n😀 Ben said 50% \ud83d\n';
    await s.open(uri, text);
    await s.diagnosticsFor(uri);
    for (const [method, params] of [
      ['textDocument/documentSymbol', on(uri)],
      ['textDocument/foldingRange', on(uri)],
      ['textDocument/semanticTokens/full', on(uri)],
      ['textDocument/codeLens', on(uri)],
      ['textDocument/documentLink', on(uri)],
      ['textDocument/hover', at(uri, 3, 2)],
      ['textDocument/definition', at(uri, 3, 2)],
      ['textDocument/completion', at(uri, 3, 2)],
      ['textDocument/selectionRange', { ...on(uri), positions: [pos1(1, 1), pos1(3, 5)] }],
    ] as const) {
      await s.request(method, params);
    }
    // The server is still well: a normal request on another file.
    const defs = await s.request('textDocument/definition', at(ws.uriOf(AFTERNOON), 37, 83));
    assert.equal(defs[0].range.start.line, 35);
  });
});

test('requests for an unknown document answer empty', async () => {
  await withServer({ fixtures: [AFTERNOON] }, {}, async (s) => {
    const uri = 'file:///nowhere/unknown.notes';
    assert.equal(await s.request('textDocument/hover', at(uri, 1, 1)), null);
    assert.deepEqual(await s.request('textDocument/definition', at(uri, 1, 1)), []);
    assert.deepEqual(await s.request('textDocument/references', { ...at(uri, 1, 1), context: { includeDeclaration: true } }), []);
    assert.deepEqual(await s.request('textDocument/documentSymbol', on(uri)), []);
    assert.deepEqual(await s.request('textDocument/foldingRange', on(uri)), []);
    assert.deepEqual(await s.request('textDocument/codeLens', on(uri)), []);
    assert.deepEqual(await s.request('textDocument/documentLink', on(uri)), []);
    assert.deepEqual(await s.request('textDocument/completion', at(uri, 1, 1)), []);
    // No claims or mentions are computed: no claim-cue tokens, no mention of Ben on line 9.
    const tokens = (await s.request('textDocument/semanticTokens/full', on(uri))).data as number[];
    const keyword = s.capabilities.semanticTokensProvider.legend.tokenTypes.indexOf('keyword');
    assert.ok(!tokens.some((v, i) => i % 5 === 3 && v === keyword));
    assert.equal(await s.request('textDocument/hover', at(uri, 9, 69)), null);
    assert.equal(await s.request('textDocument/prepareRename', at(uri, 1, 1)), null);
    assert.equal(await s.request('talkNotes/speakerLocation', { uri, position: pos1(1, 1) }), null);
    assert.deepEqual(await s.request('talkNotes/talks', { uri }), { files: [] });
    // Not even well-formed parameters take it down.
    assert.equal(await s.request('textDocument/hover', { textDocument: { uri: 42 }, position: null }), null);
    assert.equal((await s.request('talkNotes/talks', null)).files.length, 1);
    assert.deepEqual(s.logs.filter((l) => /failed/.test(l)), []);
  });
});

test('malformed settings values fall back to defaults; valid changes apply and re-publish', async () => {
  const malformed = {
    talkNotes: {
      diagnostics: { severity: { 'unsupported-claim': 'loud', 'broken-cross-reference': 42 } },
      claims: { kinds: 'all', customCues: [5, null, { x: 1 }] },
      hover: { summarySentences: 'three' },
      outline: { showClaims: 'yes' },
      markdown: { include: 7 },
      detectPlainText: 'no',
      maxFileSize: -5,
      codeLens: { enabled: null },
    },
    'files.exclude': ['not', 'an', 'object'],
    'search.exclude': 'x',
  };
  await withServer({ fixtures: [AFTERNOON] }, { settings: malformed }, async (s, ws) => {
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON));
    const diags = await s.diagnosticsFor(uri);
    const raft = () => s.diagnostics.get(uri)!.find((d) => d.code === 'unsupported-claim' && d.range.start.line === 36 && d.range.start.character === 82);
    assert.equal(raft()?.severity, 3, 'default severity: information');
    assert.ok(diags.length > 1);
    assert.equal((await s.request('textDocument/codeLens', on(uri))).length, 5);

    // A valid change: severity, claims in the outline, code lens off.
    const n = s.published(uri);
    await s.changeSettings({
      talkNotes: { diagnostics: { severity: { 'unsupported-claim': 'warning' } }, outline: { showClaims: true }, codeLens: { enabled: false } },
    });
    await s.diagnosticsFor(uri, () => raft()?.severity === 2, 5000, n);
    const symbols = await s.request('textDocument/documentSymbol', on(uri));
    const raftTalk = symbols.find((x: any) => x.name === 'Fast and fault-tolerant: pick two');
    assert.ok(raftTalk.children.some((c: any) => c.range.start.line === 36 && c.range.start.character === 82));
    assert.deepEqual(await s.request('textDocument/codeLens', on(uri)), []);
    assert.ok(s.serverRequests.includes('workspace/codeLens/refresh'));
    assert.ok(s.serverRequests.includes('workspace/semanticTokens/refresh'));

    await s.changeSettings({ talkNotes: { diagnostics: { severity: { 'unsupported-claim': 'off' } } } });
    await s.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'unsupported-claim'), 5000, s.published(uri));
  });
});

test('an exception inside one feature is isolated: empty result, logged once, others keep working', async () => {
  await withServer({ fixtures: [AFTERNOON] }, { env: { TALK_NOTES_FAULTS: 'hover' } }, async (s, ws) => {
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON));
    assert.equal(await s.request('textDocument/hover', at(uri, 9, 69)), null);
    assert.equal(await s.request('textDocument/hover', at(uri, 3, 3)), null);
    const defs = await s.request('textDocument/definition', at(uri, 37, 83));
    assert.equal(defs[0].range.start.line, 35);
    await s.waitFor(() => s.logs.some((l) => /hover failed/.test(l)), 2000, 'the error log');
    assert.equal(s.logs.filter((l) => /hover failed/.test(l)).length, 1);
    assert.deepEqual(s.shown, [], 'not thrown at the user');
  });
});

test('a file deleted while open keeps its text; closing it then forgets it', async () => {
  await withServer({ fixtures: [AFTERNOON] }, {}, async (s, ws) => {
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON));
    await s.diagnosticsFor(uri);
    ws.remove(AFTERNOON);
    await s.watched([{ uri, type: 3 }]);
    const defs = await s.request('textDocument/definition', at(uri, 37, 83));
    assert.equal(defs[0].range.start.line, 35);
    await s.close(uri);
    await s.waitFor(() => (s.diagnostics.get(uri) ?? ['x']).length === 0, 2000, 'diagnostics cleared on close');
    // The index forgets it once the close has been handled (the disk copy is gone).
    let files: string[] = [];
    for (let i = 0; i < 50; i++) {
      files = (await s.request('talkNotes/talks', {})).files.map((f: any) => f.uri);
      if (files.length === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(files, []);
  });
});

const CUE_NOTES = 'Cue test\nA talk\nJane Doe @ Acme\nRust programs are blazingly quick to write.\n';
const CUE_SETTINGS = { talkNotes: { claims: { customCues: ['generalization:\\bblazingly\\b'] } } };

test('custom cue patterns apply in a trusted workspace', async () => {
  await withServer({ files: { 'cues.notes': CUE_NOTES } }, { settings: CUE_SETTINGS, initializationOptions: { trusted: true } }, async (s, ws) => {
    const uri = ws.uriOf('cues.notes');
    await s.open(uri, CUE_NOTES);
    const diags = await s.diagnosticsFor(uri);
    assert.deepEqual(
      diags.filter((d) => d.code === 'unsupported-claim').map((d) => d.range),
      [{ start: pos1(4, 1), end: pos1(4, 44) }],
    );
  });
});

test('in an untrusted workspace custom cue patterns are ignored', async () => {
  await withServer({ files: { 'cues.notes': CUE_NOTES } }, { settings: CUE_SETTINGS, initializationOptions: { trusted: false } }, async (s, ws) => {
    const uri = ws.uriOf('cues.notes');
    await s.open(uri, CUE_NOTES);
    const diags = await s.diagnosticsFor(uri);
    assert.deepEqual(diags.filter((d) => d.code === 'unsupported-claim'), []);
  });
});

test('a custom cue pattern that could backtrack without end is rejected with a message', async () => {
  const settings = { talkNotes: { claims: { customCues: ['(a+)+$'] } } };
  await withServer({ files: { 'cues.notes': CUE_NOTES } }, { settings }, async (s) => {
    await s.waitFor(() => s.shown.length > 0, 5000, 'a warning');
    assert.match(s.shown[0], /\(a\+\)\+\$/);
    assert.match(s.shown[0], /ignored/);
  });
});

test('odd documents (empty, no line end, lone CR, a 1 MB line, thousands of talks, emoji) answer every request in range', async () => {
  const docs: Record<string, string> = {
    'empty.notes': '',
    'no-eol.notes': 'Title only',
    'lone-cr.notes': 'Title\rA talk\rJane Doe @ Acme\rJane said it is 5x faster.\r',
    'one-line.notes': 'Ben said 50% of the time is spent in tests. '.repeat(24000),
    'many-talks.notes': 'Big day\n' + Array.from({ length: 3000 }, (_, i) => `Talk number ${i}\nJane Doe @ Acme\nJane said it is ${i}x faster.\n`).join(''),
    'emoji.notes': 'Día 👩🏽‍💻\nCharla 🚀 uno\nZoë Ångström @ Ørsted\n🎉🎉 Zoë said it is 3x faster than ever 🎉.\n\ud800 broken surrogate\n',
  };
  await withServer({ files: docs }, {}, async (s, ws) => {
    for (const [name, text] of Object.entries(docs)) {
      const uri = ws.uriOf(name);
      await s.open(uri, text);
      const lines = text.split(/\r\n|\r|\n/);
      const inside = (r: any, what: string) => {
        for (const p of [r.start, r.end]) {
          assert.ok(p.line >= 0 && p.line < lines.length, `${name} ${what}: line ${p.line}`);
          assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${name} ${what}: character ${p.character} of ${lines[p.line].length}`);
        }
      };
      for (const d of await s.diagnosticsFor(uri)) inside(d.range, d.code as string);
      const symbols = await s.request('textDocument/documentSymbol', on(uri));
      const walk = (xs: any[]) => xs.forEach((x) => (inside(x.range, 'symbol'), inside(x.selectionRange, 'symbol'), walk(x.children ?? [])));
      walk(symbols);
      for (const f of await s.request('textDocument/foldingRange', on(uri))) assert.ok(f.startLine <= f.endLine && f.endLine < lines.length);
      for (const l of await s.request('textDocument/codeLens', on(uri))) inside(l.range, 'code lens');
      for (const l of await s.request('textDocument/documentLink', on(uri))) inside(l.range, 'link');
      const last = lines.length - 1;
      for (const p of [pos1(1, 1), { line: last, character: lines[last].length }, { line: 2, character: 3 }, { line: 1e6, character: 1e6 }]) {
        const h = await s.request('textDocument/hover', { ...on(uri), position: p });
        if (h) inside(h.range, 'hover');
        for (const d of await s.request('textDocument/definition', { ...on(uri), position: p })) assert.ok(d.uri);
      }
      if (name === 'many-talks.notes') assert.equal((await s.request('talkNotes/talks', { uri })).files[0].talks.length, 3000);
      await s.close(uri);
    }
  });
});
