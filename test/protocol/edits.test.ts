// Edits the user invokes (rename, quick fixes) come back as WorkspaceEdits; the test applies them
// as the editor would (didChange on the open documents) and checks the server's view afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, pos1 } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';
import { applyEdits, editsByUri } from './support/edits';

const AFTERNOON = 'bugbash26-afternoon-day1.notes';
const MORNING = 'bugbash26-morning-day1.notes.md';

let ws: TempWorkspace;
let s: LspSession;
const texts = new Map<string, string>();
const versions = new Map<string, number>();

before(async () => {
  ws = new TempWorkspace([AFTERNOON, MORNING]);
  s = await LspSession.start({ folders: [ws.uri] });
  await s.indexed();
  for (const [name, lang] of [
    [AFTERNOON, 'talknotes'],
    [MORNING, 'markdown'],
  ] as const) {
    const uri = ws.uriOf(name);
    texts.set(uri, fixture(name));
    versions.set(uri, 1);
    await s.open(uri, fixture(name), lang);
    await s.diagnosticsFor(uri);
  }
});

after(async () => {
  try {
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});

/** Applies a WorkspaceEdit to the open documents (full-text didChange, as a simple editor would). */
async function apply(edit: any): Promise<void> {
  for (const [uri, edits] of editsByUri(edit)) {
    const text = applyEdits(texts.get(uri)!, edits);
    texts.set(uri, text);
    const v = versions.get(uri)! + 1;
    versions.set(uri, v);
    await s.change(uri, v, [{ text }]);
  }
}

const line = (uri: string, n1: number) => texts.get(uri)!.split('\n')[n1 - 1];

test('rename a person, apply the edit: every file reads the new name and links still resolve', async () => {
  const afternoon = ws.uriOf(AFTERNOON);
  const morning = ws.uriOf(MORNING);
  const before = await s.request('textDocument/references', { textDocument: { uri: afternoon }, position: pos1(4, 2), context: { includeDeclaration: true } });
  const edit = await s.request('textDocument/rename', { textDocument: { uri: morning }, position: pos1(26, 55), newName: 'Benjamin Eggers' });
  await apply(edit);
  assert.equal(line(afternoon, 4), 'Benjamin Eggers, Member of Technical Staff @ OpenAI');
  assert.match(line(afternoon, 9), /Benjamin followed with a couple disclaimers/);
  assert.match(line(morning, 26), /said Benjamin Eggers would argue/);
  const after = await s.request('textDocument/references', { textDocument: { uri: afternoon }, position: pos1(4, 2), context: { includeDeclaration: true } });
  assert.equal(after.length, before.length);
  const defs = await s.request('textDocument/definition', { textDocument: { uri: morning }, position: pos1(26, 55) });
  assert.deepEqual(defs.map((d: any) => [d.uri, d.range.start.line]), [[afternoon, 3]]);
});

test('rename a talk title, apply the edit: the [[link]] follows and no link breaks', async () => {
  const afternoon = ws.uriOf(AFTERNOON);
  const morning = ws.uriOf(MORNING);
  const edit = await s.request('textDocument/rename', { textDocument: { uri: afternoon }, position: pos1(3, 4), newName: 'Informal methods revisited' });
  const n = s.published(morning);
  await apply(edit);
  assert.equal(line(afternoon, 3), 'Informal methods revisited');
  assert.match(line(morning, 26), /^\[\[Informal methods revisited\]\]/);
  const diags = await s.diagnosticsFor(morning, () => true, 5000, n);
  assert.deepEqual(diags.filter((d) => d.code === 'broken-cross-reference'), []);
  const defs = await s.request('textDocument/definition', { textDocument: { uri: morning }, position: pos1(26, 5) });
  assert.deepEqual(defs.map((d: any) => [d.uri, d.range.start.line]), [[afternoon, 2]]);
});
