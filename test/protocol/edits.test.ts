// Edits the user invokes (rename, quick fixes) come back as WorkspaceEdits; the test applies them
// as the editor would (didChange on the open documents) and checks the server's view afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, pos1, endSession } from './support/lspSession';
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

after(() => endSession(s, ws));

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

/** Waits for the diagnostics of `uri` published after its latest change. */
async function fresh(uri: string, test: (d: any[]) => boolean = () => true): Promise<any[]> {
  return s.diagnosticsFor(uri, test, 5000, s.published(uri));
}

async function fixesFor(uri: string, d: any): Promise<any[]> {
  return s.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
}

const unsupportedAt = (diags: any[], line0: number, char0: number) =>
  diags.find((d) => d.code === 'unsupported-claim' && d.range.start.line === line0 && d.range.start.character === char0);

test('quick fixes on an unsupported claim: [citation needed] makes it a hint, silencing removes it', async () => {
  const uri = ws.uriOf(AFTERNOON);
  const raft = s.diagnostics.get(uri)!.find((d) => d.code === 'unsupported-claim' && d.range.start.line === 36 && d.range.start.character === 82)!;
  assert.ok(raft);
  const actions = await fixesFor(uri, raft);
  assert.deepEqual(
    actions.map((a: any) => a.title.replace(/\[\d+\]/, '[n]')),
    ['Add citation [n] and a reference to fill in', 'Mark as [citation needed]', 'Silence this claim', 'Silence all claims in this file'],
  );
  for (const a of actions) {
    assert.equal(a.kind, 'quickfix');
    assert.deepEqual(Object.keys(a.edit.changes), [uri]);
    assert.equal(a.diagnostics[0].code, 'unsupported-claim');
  }
  assert.equal(actions[0].isPreferred, true);

  let next = fresh(uri, (d) => unsupportedAt(d, 36, 82)?.severity === 4);
  await apply(actions[1].edit);
  assert.match(line(uri, 37), /Raft implementation \[citation needed\]\. This was built/);
  const hint = unsupportedAt(await next, 36, 82);
  assert.equal(hint.severity, 4, 'acknowledged: a hint');

  const [silence] = (await fixesFor(uri, hint)).filter((a: any) => a.title === 'Silence this claim');
  next = fresh(uri, (d) => !d.some((x) => x.code === 'unsupported-claim' && x.range.start.line === 36 && x.range.start.character === 82));
  await apply(silence.edit);
  await next;
  // The other claims of the line are still reported: only the silenced one went.
  assert.ok(s.diagnostics.get(uri)!.some((d) => d.code === 'unsupported-claim'));
});

test('quick fix "add citation" in Markdown: a marker and a definition to fill in; the claim counts as sourced', async () => {
  const uri = ws.uriOf(MORNING);
  const diags = await s.diagnosticsFor(uri);
  const claim = diags.find((d) => d.code === 'unsupported-claim')!;
  assert.ok(claim, JSON.stringify(diags));
  const talksBefore = (await s.request('textDocument/documentSymbol', { textDocument: { uri } })).map((x: any) => x.name);
  const [add] = await fixesFor(uri, claim);
  assert.match(add.title, /^Add citation \[\d+\]/);
  const marker = add.title.match(/\[\d+\]/)![0];
  const next = fresh(uri, (d) => !d.some((x) => x.code === 'unsupported-claim' && x.range.start.line === claim.range.start.line && x.range.start.character === claim.range.start.character));
  await apply(add.edit);
  const after = await next;
  assert.ok(texts.get(uri)!.includes(`${marker}: TODO`));
  assert.deepEqual(after.filter((d) => d.code === 'unresolved-citation' || d.code === 'unused-reference'), []);
  assert.deepEqual((await s.request('textDocument/documentSymbol', { textDocument: { uri } })).map((x: any) => x.name), talksBefore);
});

test('quick fix "silence all claims in this file" leaves no unsupported-claim in it', async () => {
  const uri = ws.uriOf(AFTERNOON);
  const d = s.diagnostics.get(uri)!.find((x) => x.code === 'unsupported-claim')!;
  const [all] = (await fixesFor(uri, d)).filter((a: any) => a.title === 'Silence all claims in this file');
  const next = fresh(uri, (x) => !x.some((y) => y.code === 'unsupported-claim'));
  await apply(all.edit);
  await next;
  assert.match(texts.get(uri)!, /%% talknotes-disable\n$/);
  // Code actions of other kinds are not offered.
  assert.deepEqual(await s.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['refactor'] } }), []);
});
