// SPEC §6: the server changes files only through edits the user invokes. A full session of
// requests (rename and quick fixes included: they return edits, the editor applies them) must
// leave every file of the workspace byte for byte as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, pos1 } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';

const AFTERNOON = 'bugbash26-afternoon-day1.notes';
const MORNING = 'bugbash26-morning-day1.notes.md';
const CRLF = 'unicode-crlf.notes';

test('no file in the workspace changes after a full session of requests', async () => {
  const ws = new TempWorkspace([AFTERNOON, MORNING, CRLF], { 'refs.bib': '@article{alvaro2015,\n  title = {Lineage-driven Fault Injection},\n  year = {2015}\n}\n', 'draft.txt': 'not notes\n' });
  const before = ws.hashes();
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    await s.indexed();
    for (const [name, lang] of [
      [AFTERNOON, 'talknotes'],
      [MORNING, 'markdown'],
      [CRLF, 'talknotes'],
    ] as const) {
      const uri = ws.uriOf(name);
      const text = fixture(name);
      await s.open(uri, text, lang);
      await s.diagnosticsFor(uri);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      const doc = { textDocument: { uri } };
      await s.request('textDocument/documentSymbol', doc);
      await s.request('textDocument/foldingRange', doc);
      await s.request('textDocument/semanticTokens/full', doc);
      await s.request('textDocument/codeLens', doc);
      await s.request('textDocument/documentLink', doc);
      for (let line = 0; line < lineCount; line += 3) {
        for (const character of [0, 5, 40]) {
          const p = { ...doc, position: { line, character } };
          await s.request('textDocument/hover', p);
          await s.request('textDocument/definition', p);
          await s.request('textDocument/references', { ...p, context: { includeDeclaration: true } });
          await s.request('textDocument/documentHighlight', p);
          await s.request('textDocument/completion', p);
          await s.request('textDocument/prepareRename', p).catch(() => null);
          await s.request('textDocument/rename', { ...p, newName: 'Zed Zedson' }).catch(() => null);
          await s.request('talkNotes/speakerLocation', { uri, position: p.position });
          await s.request('talkNotes/talkSummary', { uri, position: p.position });
        }
      }
      const diagnostics = s.diagnostics.get(uri) ?? [];
      if (s.capabilities.codeActionProvider) await s.request('textDocument/codeAction', { ...doc, range: { start: pos1(1, 1), end: pos1(lineCount, 1) }, context: { diagnostics } });
      await s.request('textDocument/selectionRange', { ...doc, positions: [pos1(4, 2), pos1(9, 70)] });
      // An unsaved edit and a close: the editor's buffer, never the disk.
      await s.change(uri, 2, [{ range: { start: pos1(1, 1), end: pos1(1, 1) }, text: 'Edited ' }]);
      await s.request('textDocument/documentSymbol', doc);
      await s.close(uri);
    }
    await s.request('workspace/symbol', { query: '' });
    await s.request('talkNotes/talks', {});
    await s.changeSettings({ talkNotes: { outline: { showClaims: true } } });
    await s.request('workspace/symbol', { query: 'a' });
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
  }
  assert.deepEqual(ws.hashes(), before);
  ws.dispose();
});
