// Keeping the index current from file events (workspace/didChangeWatchedFiles): create, change,
// delete, rename (= delete + create), deleted folders; a broken [[link]] follows its target.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, pos1, endSession } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';
import { eventually } from './support/eventually';

const AFTERNOON = 'bugbash26-afternoon-day1.notes';
const MORNING = 'bugbash26-morning-day1.notes.md';
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

let ws: TempWorkspace;
let s: LspSession;

before(async () => {
  ws = new TempWorkspace([AFTERNOON, MORNING]);
  s = await LspSession.start({ folders: [ws.uri] });
  await s.indexed();
});

after(() => endSession(s, ws));

const symbolsNamed = async (name: string) => ((await s.request('workspace/symbol', { query: name })) as any[]).filter((x) => x.name === name);

test('a broken-link diagnostic appears when the target file is deleted and disappears when it is restored', async () => {
  const morning = ws.uriOf(MORNING);
  const afternoon = ws.uriOf(AFTERNOON);
  await s.open(morning, fixture(MORNING), 'markdown');
  const first = await s.diagnosticsFor(morning);
  assert.deepEqual(first.filter((d) => d.code === 'broken-cross-reference'), []);

  ws.remove(AFTERNOON);
  await s.watched([{ uri: afternoon, type: DELETED }]);
  const broken = await s.diagnosticsFor(morning, (d) => d.some((x) => x.code === 'broken-cross-reference'), 5000, s.published(morning));
  const d = broken.find((x) => x.code === 'broken-cross-reference')!;
  assert.deepEqual(d.range, { start: pos1(26, 1), end: pos1(26, 21) });
  assert.equal(d.severity, 2);
  assert.match(String(d.message), /Informal methods/);
  // The cross-file definition is gone with it.
  assert.deepEqual(await s.request('textDocument/definition', { textDocument: { uri: morning }, position: pos1(26, 55) }), []);

  ws.write(AFTERNOON, fixture(AFTERNOON));
  await s.watched([{ uri: afternoon, type: CREATED }]);
  await s.diagnosticsFor(morning, (x) => !x.some((y) => y.code === 'broken-cross-reference'), 5000, s.published(morning));
  const defs = await s.request('textDocument/definition', { textDocument: { uri: morning }, position: pos1(26, 55) });
  assert.equal(defs[0].uri, afternoon);
  assert.equal(defs[0].range.start.line, 3);
  await s.close(morning);
});

test('created, changed and renamed files are indexed; deleted folders are forgotten', async () => {
  const indexedBefore = s.notificationsOf('talkNotes/indexed').length;
  ws.write('talks/new.notes', 'New notes\nA brand new talk\nJane Doe @ Acme\nJane said hello.\n');
  await s.watched([{ uri: ws.uriOf('talks/new.notes'), type: CREATED }]);
  // The index-wide views (the Talks view) are told.
  await s.waitFor(() => s.notificationsOf('talkNotes/indexed').length > indexedBefore, 5000, 'talkNotes/indexed after a file event');
  assert.equal(s.notificationsOf('talkNotes/indexed').at(-1).files, 3);
  await eventually(() => symbolsNamed('A brand new talk'), (v) => v.length === 1 && v[0].location.uri === ws.uriOf('talks/new.notes'), 'created');

  ws.write('talks/new.notes', 'New notes\nA retitled talk\nJane Doe @ Acme\n');
  await s.watched([{ uri: ws.uriOf('talks/new.notes'), type: CHANGED }]);
  await eventually(() => symbolsNamed('A retitled talk'), (v) => v.length === 1, 'changed');
  assert.deepEqual(await symbolsNamed('A brand new talk'), []);

  // A rename arrives as a delete and a create.
  ws.write('talks/renamed.notes', ws.read('talks/new.notes'));
  ws.remove('talks/new.notes');
  await s.watched([
    { uri: ws.uriOf('talks/new.notes'), type: DELETED },
    { uri: ws.uriOf('talks/renamed.notes'), type: CREATED },
  ]);
  await eventually(() => symbolsNamed('A retitled talk'), (v) => v.length === 1 && v[0].location.uri === ws.uriOf('talks/renamed.notes'), 'renamed');

  // Deleting a folder is reported for the folder only.
  ws.remove('talks');
  await s.watched([{ uri: ws.uriOf('talks'), type: DELETED }]);
  await eventually(() => symbolsNamed('A retitled talk'), (v) => v.length === 0, 'folder deleted');
});

test('a Markdown file becomes notes when it matches the include globs, and non-notes files are ignored', async () => {
  ws.write('plain.md', '# Just a readme\n\n## Setup\nJane Doe @ Acme\n');
  ws.write('data.json', '{"name": "not a bibliography"}');
  await s.watched([
    { uri: ws.uriOf('plain.md'), type: CREATED },
    { uri: ws.uriOf('data.json'), type: CREATED },
  ]);
  ws.write('more.notes.md', '# More\n\n## Deep dives\nJane Doe @ Acme\n\nJane talked.\n');
  await s.watched([{ uri: ws.uriOf('more.notes.md'), type: CREATED }]);
  await eventually(() => symbolsNamed('Deep dives'), (v) => v.length === 1, 'Markdown notes');
  assert.deepEqual(await symbolsNamed('Setup'), []);
  const files = (await s.request('talkNotes/talks', {})).files.map((f: any) => f.uri).sort();
  assert.deepEqual(files, [ws.uriOf(AFTERNOON), ws.uriOf(MORNING), ws.uriOf('more.notes.md')].sort());
});

test('a Pandoc citation is supported while its bibliography exists in the workspace', async () => {
  const text = 'Bib notes\nLineage talk\nJane Doe @ Acme\nThe approach finds 50% more bugs than random testing [@alvaro2015].\n';
  const uri = ws.uriOf('bib.notes');
  ws.write('bib.notes', text);
  await s.watched([{ uri, type: CREATED }]);
  await s.open(uri, text);
  const claimAt4 = (d: { code?: unknown; range: { start: { line: number } } }[]) => d.some((x) => x.code === 'unsupported-claim' && x.range.start.line === 3);
  await s.diagnosticsFor(uri, claimAt4);

  ws.write('refs.bib', '@inproceedings{alvaro2015,\n  title = {Lineage-driven Fault Injection},\n  year = {2015}\n}\n');
  await s.watched([{ uri: ws.uriOf('refs.bib'), type: CREATED }]);
  await s.diagnosticsFor(uri, (d) => !claimAt4(d), 5000, s.published(uri));
  const h = await s.request('textDocument/hover', { textDocument: { uri }, position: pos1(4, 60) });
  assert.match(h.contents.value, /Lineage\\?-driven Fault Injection/);

  ws.remove('refs.bib');
  await s.watched([{ uri: ws.uriOf('refs.bib'), type: DELETED }]);
  await s.diagnosticsFor(uri, claimAt4, 5000, s.published(uri));
  await s.close(uri);
});
