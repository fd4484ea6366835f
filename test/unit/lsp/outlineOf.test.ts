// `NotesWorkspace.outlineOf`: the outline of an open document changed since its last analysis
// comes from the structure of its latest text, without analysing it; the analysis that follows
// completes that same structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { NotesWorkspace } from '../../../server/src/lsp/notesWorkspace';

const URI = 'file:///w/day.notes.md';
const TEXT = '# Day\n\n## First talk\nJane Doe, CTO @ Acme\n\nJane said the cache is 10x faster than before.\n';

function workspace(): { ws: NotesWorkspace; analysed: string[] } {
  const ws = new NotesWorkspace(DEFAULT_CONFIG);
  const analysed: string[] = [];
  ws.onAnalysed = (uri) => analysed.push(uri);
  return { ws, analysed };
}

test('a freshly opened document: the outline comes from its structure, nothing is analysed', () => {
  const { ws, analysed } = workspace();
  ws.didOpen(URI, TextDocument.create(URI, 'markdown', 1, TEXT));
  const doc = ws.outlineOf(URI)!;
  assert.deepEqual(doc.talks.map((t) => [t.title, t.speakers.map((s) => s.name)]), [['First talk', ['Jane Doe']]]);
  assert.deepEqual([doc.claims, doc.mentions], [[], []]);
  assert.deepEqual(analysed, []);
  assert.equal(ws.isStale(URI), true);
  assert.equal(ws.index.has(URI), false);
  // Asked again for the same version: the same structure, not parsed again.
  assert.equal(ws.outlineOf(URI), doc);
  // The analysis completes that structure and stores it.
  const result = ws.analyse(URI)!;
  assert.equal(result.doc, doc);
  assert.equal(doc.claims.length, 1);
  assert.deepEqual(JSON.parse(JSON.stringify(doc)), JSON.parse(JSON.stringify(analyzeDocument({ uri: URI, text: TEXT, format: 'markdown' }))));
  // Analysed: the outline reads the index.
  assert.equal(ws.outlineOf(URI), ws.index.get(URI));
});

test('after a change the outline shows the new text while the index keeps the last analysis', () => {
  const { ws, analysed } = workspace();
  ws.didOpen(URI, TextDocument.create(URI, 'markdown', 1, TEXT));
  ws.analyse(URI);
  const before = ws.index.get(URI)!;
  const changed = TEXT + '\n## Second talk\nJohn Roe @ Initech\n';
  ws.recordChanges(URI, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: '\n## Second talk\nJohn Roe @ Initech\n' }]);
  ws.didChange(URI, TextDocument.create(URI, 'markdown', 2, changed));
  const outline = ws.outlineOf(URI)!;
  assert.deepEqual(outline.talks.map((t) => t.title), ['First talk', 'Second talk']);
  assert.equal(ws.index.get(URI), before);
  assert.equal(analysed.length, 1);
  ws.flush();
  assert.deepEqual(ws.index.get(URI)!.talks.map((t) => t.title), ['First talk', 'Second talk']);
  assert.equal(ws.outlineOf(URI), ws.index.get(URI));
});

test('a document that is not notes has no outline', () => {
  const { ws } = workspace();
  const uri = 'file:///w/readme.md';
  ws.didOpen(uri, TextDocument.create(uri, 'markdown', 1, '# Readme\n\nNot notes.\n'));
  assert.equal(ws.outlineOf(uri), undefined);
});
