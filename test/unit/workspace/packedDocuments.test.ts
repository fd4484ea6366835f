// Files kept packed (the server's form for files that are not open): every feature answers as
// with the whole analyses at hand, the cross-file ones without unpacking anything, and the
// index keeps only a bounded amount unpacked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import type { NotesDocument, Position } from '../../../server/src/core/model/types';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';
import { documentTables } from '../../../server/src/core/workspace/documentTables';
import type { PackedDocument } from '../../../server/src/core/workspace/documentTables';
import { definition, hover, personCard, references, rename, talksTree, workspaceSymbols } from '../../../server/src/core/features';
import { prepareRequests } from '../../../server/src/core/features/prepare';
import { generateWorkspace } from '../../../bench/generate';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Packs as JSON (what the server does, less the compression) and counts unpacks. */
class CountingPack implements PackedDocument {
  static unpacks = 0;
  private readonly json: string;
  readonly textLength: number;
  constructor(doc: NotesDocument) {
    this.json = JSON.stringify(doc);
    this.textLength = doc.text.length;
  }
  unpack(): NotesDocument {
    CountingPack.unpacks++;
    return JSON.parse(this.json) as NotesDocument;
  }
}

function sources() {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.notes') || f.endsWith('.notes.md'))
    .map((f) => ({ uri: `file:///ws/${f}`, text: readFileSync(join(FIXTURES, f), 'utf8'), format: f.endsWith('.md') ? ('markdown' as const) : ('plaintext' as const) }));
  const generated = generateWorkspace(11, 6, 6_000).map((f) => ({ uri: `file:///ws/gen/${f.name}`, text: f.text, format: f.format }));
  return [...files, ...generated];
}

/** The same workspace twice: every file whole, and every file but `open` packed. */
function workspaces(open: string) {
  const whole = new WorkspaceIndex();
  const packed = new WorkspaceIndex(DEFAULT_CONFIG, (doc) => ({ tables: documentTables(doc, true), packed: new CountingPack(doc) }));
  for (const source of sources()) {
    const doc = analyzeDocument(source, DEFAULT_CONFIG);
    whole.put(doc);
    if (source.uri === open) packed.put(analyzeDocument(source, DEFAULT_CONFIG));
    else packed.putPacked(documentTables(doc, true), new CountingPack(doc));
  }
  return { whole, packed };
}

/** Every position worth asking about in a document: mentions, speaker names, titles, links, claims. */
function positions(doc: NotesDocument): Position[] {
  return [
    ...doc.mentions.map((m) => m.range.start),
    ...doc.talks.flatMap((t) => [t.titleRange.start, ...t.speakers.map((s) => s.nameRange.start)]),
    ...doc.crossReferences.map((c) => c.targetRange.start),
    ...doc.claims.map((c) => c.range.start),
  ];
}

const OPEN = 'file:///ws/bugbash26-morning-day1.notes.md';

test('cross-file features on packed files answer as on whole ones, without unpacking', () => {
  const { whole, packed } = workspaces(OPEN);
  const doc = whole.get(OPEN)!;
  const at = positions(doc);
  assert.ok(at.length > 20, 'the open file has mentions, talks, links and claims to ask about');
  CountingPack.unpacks = 0;
  for (const p of at) {
    assert.deepStrictEqual(definition(packed, OPEN, p), definition(whole, OPEN, p), JSON.stringify(p));
    assert.deepStrictEqual(references(packed, OPEN, p, true), references(whole, OPEN, p, true), JSON.stringify(p));
  }
  assert.deepStrictEqual(workspaceSymbols(packed, ''), workspaceSymbols(whole, ''));
  assert.deepStrictEqual(workspaceSymbols(packed, 'ben'), workspaceSymbols(whole, 'ben'));
  assert.equal(CountingPack.unpacks, 0, 'definitions, references and symbols read the tables only');
});

test('hovers, rename and the Talks view on packed files answer as on whole ones', () => {
  const { whole, packed } = workspaces(OPEN);
  for (const p of positions(whole.get(OPEN)!)) {
    assert.deepStrictEqual(hover(packed, OPEN, p), hover(whole, OPEN, p), JSON.stringify(p));
    assert.deepStrictEqual(rename(packed, OPEN, p, 'Renamed Person'), rename(whole, OPEN, p, 'Renamed Person'), JSON.stringify(p));
  }
  for (const key of whole.people()) assert.deepStrictEqual(personCard(packed, key, OPEN), personCard(whole, key, OPEN), key);
  assert.deepStrictEqual(talksTree(packed), talksTree(whole));
  assert.deepStrictEqual(packed.documents(), whole.documents());
});

test('related claims come from packed files, and a claim card lists them as from whole files', () => {
  const { whole, packed } = workspaces(OPEN);
  let related = 0;
  for (const uri of whole.uris()) {
    const count = whole.get(uri)!.claims.length;
    for (let c = 0; c < count; c++) {
      const want = whole.relatedClaims(uri, c);
      related += want.length;
      assert.deepStrictEqual(packed.relatedClaims(uri, c), want, `${uri}#${c}`);
    }
  }
  assert.ok(related > 0, 'the workspace has related claims across files');
});

test('person-card summaries of a packed file are computed once, not at every change elsewhere', () => {
  const { packed } = workspaces(OPEN);
  const drain = () => {
    for (const _ of prepareRequests(packed, [OPEN])) void _;
  };
  drain();
  CountingPack.unpacks = 0;
  // A keystroke in the open file changes the index; the packed files did not change.
  packed.put(analyzeDocument({ uri: OPEN, text: packed.get(OPEN)!.text + '\nOne more line.\n', format: 'markdown' }, DEFAULT_CONFIG));
  drain();
  assert.equal(CountingPack.unpacks, 0);
});

test('only a bounded amount of text stays unpacked, and a replaced file is unpacked afresh', () => {
  const index = new WorkspaceIndex();
  const big = 'x '.repeat(300_000); // 600 KB of text per file
  for (let i = 0; i < 5; i++) {
    const doc = analyzeDocument({ uri: `file:///ws/${i}.notes`, text: `Title ${i}\n\n${big}\n`, format: 'plaintext' }, DEFAULT_CONFIG);
    index.putPacked(documentTables(doc, true), new CountingPack(doc));
  }
  CountingPack.unpacks = 0;
  for (let i = 0; i < 5; i++) index.get(`file:///ws/${i}.notes`);
  assert.equal(CountingPack.unpacks, 5);
  // The budget (2 MB of text) keeps the three most recent; the first ones were dropped.
  index.get('file:///ws/4.notes');
  index.get('file:///ws/3.notes');
  index.get('file:///ws/2.notes');
  assert.equal(CountingPack.unpacks, 5);
  index.get('file:///ws/0.notes');
  assert.equal(CountingPack.unpacks, 6);
  index.releaseUnpacked();
  index.get('file:///ws/0.notes');
  assert.equal(CountingPack.unpacks, 7);
  const doc = analyzeDocument({ uri: 'file:///ws/3.notes', text: 'Changed\n\nNew text.\n', format: 'plaintext' }, DEFAULT_CONFIG);
  index.putPacked(documentTables(doc, true), new CountingPack(doc));
  assert.equal(index.get('file:///ws/3.notes')!.text, 'Changed\n\nNew text.\n');
});

test('a settings change that re-analyses keeps packed files packed', () => {
  const { packed } = workspaces(OPEN);
  const other = packed.uris().find((u) => u !== OPEN)!;
  packed.setConfig({ ...DEFAULT_CONFIG, customCues: ['\\bplanet-scale\\b'] });
  CountingPack.unpacks = 0;
  assert.ok(packed.get(other));
  assert.equal(CountingPack.unpacks, 1, 'the re-analysed file was packed again');
  assert.ok(packed.get(OPEN));
  assert.equal(CountingPack.unpacks, 1, 'the open file stayed whole');
});

test('the Talks view summarises a packed file once; an edit elsewhere recomputes only the edited file, a bibliography change all', () => {
  const { whole, packed } = workspaces(OPEN);
  assert.deepStrictEqual(talksTree(packed), talksTree(whole));
  const edited = analyzeDocument({ uri: OPEN, text: packed.get(OPEN)!.text + '\nIt is the fastest fuzzer ever built.\n', format: 'markdown' }, DEFAULT_CONFIG);
  packed.releaseUnpacked();
  CountingPack.unpacks = 0;
  packed.put(edited);
  whole.put(analyzeDocument({ uri: OPEN, text: edited.text, format: 'markdown' }, DEFAULT_CONFIG));
  assert.deepStrictEqual(talksTree(packed), talksTree(whole), 'the edited file is current');
  assert.equal(CountingPack.unpacks, 0, 'no packed file was unpacked');
  packed.setBibliography('file:///ws/refs.bib', []);
  whole.setBibliography('file:///ws/refs.bib', []);
  assert.deepStrictEqual(talksTree(packed), talksTree(whole));
  assert.equal(CountingPack.unpacks, packed.uris().length - 1, 'every packed file again after a bibliography change');
});

test('idle preparation summarises the talks of people named in the open files, and unpacks no other file', () => {
  const index = new WorkspaceIndex(DEFAULT_CONFIG, (doc) => ({ tables: documentTables(doc, true), packed: new CountingPack(doc) }));
  const open = 'file:///ws/open.notes';
  index.put(analyzeDocument({ uri: open, text: 'Day\nHallway talk\nLi Wei @ Contoso\nLi said that Ada Okafor rewrote the scheduler.\n', format: 'plaintext' }, DEFAULT_CONFIG));
  const packedFile = (uri: string, text: string) => {
    const doc = analyzeDocument({ uri, text, format: 'plaintext' }, DEFAULT_CONFIG);
    index.putPacked(documentTables(doc, true), new CountingPack(doc));
  };
  packedFile('file:///ws/ada.notes', 'Day A\nSchedulers\nAda Okafor @ Globex\nAda rewrote the scheduler twice. It now runs every job on time. The old one dropped jobs.\n');
  packedFile('file:///ws/zed.notes', 'Day Z\nCompilers\nZed Quist @ Initech\nZed explained the new register allocator. It spills less. Builds got faster.\n');
  CountingPack.unpacks = 0;
  for (const _ of prepareRequests(index, [open])) void _;
  assert.equal(CountingPack.unpacks, 1, "only Ada's file: she is named in the open file, Zed is not");
});
