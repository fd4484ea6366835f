// The server prepares hover answers in idle time and remembers cards and reference lists until
// the index changes: over the real process, an edit or a file event after that must still show
// in the next answer.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, endSession } from './support/lspSession';
import { TempWorkspace } from './support/tempWorkspace';
import { LINKS, MENTIONS, SPEAKER } from './support/cacheNotes';
import { eventually } from './support/eventually';

let ws: TempWorkspace;
let s: LspSession;

before(async () => {
  ws = new TempWorkspace([], { 'a.notes': SPEAKER, 'b.notes': MENTIONS, 'c.notes': LINKS });
  s = await LspSession.start({ folders: [ws.uri] });
  await s.indexed();
});

after(() => endSession(s, ws));

/** Lets the server's idle-time preparation run (it starts a moment after the index last changed). */
const idle = () => new Promise((r) => setTimeout(r, 400));

test('hover after an edit shows the new text, in the talk card and in a person card elsewhere', async () => {
  const a = ws.uriOf('a.notes');
  const b = ws.uriOf('b.notes');
  await s.open(a, SPEAKER);
  await s.open(b, MENTIONS);
  await idle();
  const talkCard = async () => ((await s.request('textDocument/hover', { textDocument: { uri: a }, position: { line: 3, character: 2 } })) as any)?.contents.value as string;
  const personCard = async () => ((await s.request('textDocument/hover', { textDocument: { uri: b }, position: { line: 5, character: 47 } })) as any)?.contents.value as string;
  assert.match(await talkCard(), /over ten years of production use/);
  assert.match(await personCard(), /\(a\\\.notes\): Ada explained how the storage engine evolved over ten years of production use\\\./);

  // "over ten years of production use" → "through nine migrations between datacenters" on line 5.
  const line = SPEAKER.split('\n')[5];
  const from = line.indexOf('over ten years of production use');
  await s.change(a, 2, [{ range: { start: { line: 5, character: from }, end: { line: 5, character: from + 'over ten years of production use'.length } }, text: 'through nine migrations between datacenters' }]);
  const edited = await talkCard();
  assert.match(edited, /through nine migrations between datacenters/);
  assert.doesNotMatch(edited, /ten years/);
  assert.match(await personCard(), /\(a\\\.notes\): Ada explained how the storage engine evolved through nine migrations between datacenters\\\./);
  await s.close(a);
  await s.close(b);
});

test('references after a file delete drop its locations', async () => {
  const b = ws.uriOf('b.notes');
  await s.open(b, MENTIONS);
  await idle();
  const refs = async () =>
    ((await s.request('textDocument/references', { textDocument: { uri: b }, position: { line: 5, character: 47 }, context: { includeDeclaration: true } })) as any[]).map(
      (l) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.range.start.line}:${l.range.start.character}`,
    );
  assert.deepEqual(await refs(), ['a.notes:4:0', 'a.notes:5:0', 'b.notes:5:46', 'b.notes:5:236', 'c.notes:5:49']);

  ws.remove('c.notes');
  await s.watched([{ uri: ws.uriOf('c.notes'), type: 3 }]);
  await eventually(refs, (v) => !v.some((x) => x.startsWith('c.notes')), 'references after c.notes was deleted');
  ws.remove('a.notes');
  await s.watched([{ uri: ws.uriOf('a.notes'), type: 3 }]);
  assert.deepEqual(await eventually(refs, (v) => !v.some((x) => x.startsWith('a.notes')), 'references after a.notes was deleted'), ['b.notes:5:46', 'b.notes:5:236']);
  await s.close(b);
});
