// Editor features over a real server process, on a temporary workspace holding the example
// notes: one session for the whole file (a user's editor stays open too).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSemanticTokens } from '../../server/src/core/features/semanticTokens';
import { LspSession, pos1, endSession } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';

const AFTERNOON = 'bugbash26-afternoon-day1.notes';
const MORNING = 'bugbash26-morning-day1.notes.md';
const CRLF = 'unicode-crlf.notes';

let ws: TempWorkspace;
let s: LspSession;
let afternoon: string;
let morning: string;

before(async () => {
  ws = new TempWorkspace([AFTERNOON, MORNING, CRLF]);
  afternoon = ws.uriOf(AFTERNOON);
  morning = ws.uriOf(MORNING);
  s = await LspSession.start({ folders: [ws.uri] });
  await s.indexed();
  await s.open(afternoon, fixture(AFTERNOON));
  await s.diagnosticsFor(afternoon);
});

after(() => endSession(s, ws));

const at = (uri: string, line1: number, col1: number) => ({ textDocument: { uri }, position: pos1(line1, col1) });
const lines = (locs: { uri: string; range: { start: { line: number } } }[], uri: string) =>
  locs.filter((l) => l.uri === uri).map((l) => l.range.start.line).sort((a, b) => a - b);

test('document symbols: the title, then talks with speakers as detail and sections as children', async () => {
  const symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri: afternoon } });
  assert.deepEqual(
    symbols.map((x: any) => x.name),
    [
      "BugBash'26 Afternoon of Day 1",
      'Informal methods',
      'Now more than ever: building reliable software in the age of agents',
      'Protocol-aware deterministic simulation testing',
      'Fast and fault-tolerant: pick two',
      'Making high performance storage boring',
    ],
  );
  const informal = symbols[1];
  assert.equal(informal.detail, 'Ben Eggers @ OpenAI');
  assert.deepEqual(informal.selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 16 } });
  assert.equal(informal.range.start.line, 2);
  assert.equal(informal.range.end.line, 27);
  assert.deepEqual(
    informal.children.map((c: any) => [c.name, c.selectionRange.start.line]),
    [
      ['Part 1: Writing code has always been where the hard part surfaced', 9],
      ['Part 2: Agents move the work, but don\'t make it disappear', 18],
    ],
  );
  assert.equal(symbols[5].detail, 'Corwin Coburn @ Google');
});

test('hover on a talk title shows the talk card', async () => {
  const h = await s.request('textDocument/hover', at(afternoon, 3, 3));
  assert.equal(h.contents.kind, 'markdown');
  assert.match(h.contents.value, /Informal methods/);
  assert.match(h.contents.value, /Ben Eggers/);
  assert.match(h.contents.value, /Member of Technical Staff/);
  assert.match(h.contents.value, /OpenAI/);
});

test('hover on `Ben` (9:69) shows the person card over the mention', async () => {
  const h = await s.request('textDocument/hover', at(afternoon, 9, 69));
  assert.deepEqual(h.range, { start: pos1(9, 69), end: pos1(9, 72) });
  assert.match(h.contents.value, /Ben Eggers/);
  assert.match(h.contents.value, /Informal methods/);
});

test('definition from `Matt` (37:83) goes to the speaker line 36', async () => {
  const defs = await s.request('textDocument/definition', at(afternoon, 37, 83));
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, afternoon);
  assert.deepEqual(defs[0].range, { start: pos1(36, 1), end: pos1(36, 13) });
});

test('references of Ben Eggers: every mention across the workspace, speaker line included', async () => {
  const refs = await s.request('textDocument/references', { ...at(afternoon, 4, 1), context: { includeDeclaration: true } });
  // In the afternoon notes every word `Ben` is a mention of Ben Eggers (the speaker line's `Ben Eggers` is the declaration).
  const expected: string[] = [];
  fixture(AFTERNOON)
    .split('\n')
    .forEach((text, line) => {
      for (const m of text.matchAll(/\bBen\b/g)) expected.push(`${line}:${m.index}-${m.index! + (line === 3 ? 10 : 3)}`);
    });
  const got = refs
    .filter((r: any) => r.uri === afternoon)
    .map((r: any) => `${r.range.start.line}:${r.range.start.character}-${r.range.end.character}`)
    .sort();
  assert.deepEqual(got, expected.sort());
  assert.equal(expected.length, 7);
  const inMorning = refs.filter((r: any) => r.uri === morning).map((r: any) => `${r.range.start.line}:${r.range.start.character}-${r.range.end.character}`);
  assert.deepEqual(inMorning, ['25:51-61']);
  const without = await s.request('textDocument/references', { ...at(afternoon, 9, 69), context: { includeDeclaration: false } });
  assert.equal(without.length, 7, 'the speaker line is left out without includeDeclaration');
  assert.ok(!lines(without, afternoon).includes(3));
});

test('published diagnostics include the unsupported claim at 37:83–37:185', async () => {
  const diags = s.diagnostics.get(afternoon)!;
  const d = diags.find((x) => x.code === 'unsupported-claim' && x.range.start.line === 36 && x.range.start.character === 82);
  assert.ok(d, JSON.stringify(diags.map((x) => [x.code, x.range.start])));
  assert.deepEqual(d.range, { start: { line: 36, character: 82 }, end: { line: 36, character: 184 } });
  assert.equal(d.source, 'talk-notes');
  assert.equal(d.severity, 3);
  assert.match(String(d.message), /superlative/);
  for (const x of diags) assert.equal(x.source, 'talk-notes');
});

test('workspace symbols: talks and speakers of every notes file', async () => {
  const syms = await s.request('workspace/symbol', { query: 'informal' });
  const talk = syms.find((x: any) => x.name === 'Informal methods');
  assert.ok(talk);
  assert.equal(talk.location.uri, afternoon);
  assert.equal(talk.location.range.start.line, 2);
  const people = await s.request('workspace/symbol', { query: 'Priya' });
  assert.ok(people.some((x: any) => x.name === 'Priya Raman' && x.location.uri === morning && x.location.range.start.line === 11));
});

test('cross-file definition: `Ben Eggers` in the Markdown notes → line 4 of the afternoon notes', async () => {
  // The Markdown file is not open: it is known from the start-up scan.
  const defs = await s.request('textDocument/definition', at(morning, 26, 52));
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, afternoon);
  assert.equal(defs[0].range.start.line, 3);
  const matt = await s.request('textDocument/definition', at(morning, 50, 3));
  assert.equal(matt[0].uri, afternoon);
  assert.equal(matt[0].range.start.line, 35);
});

test('rename a person across files: speaker line, mentions (first names get the new first name), other files', async () => {
  const prep = await s.request('textDocument/prepareRename', at(afternoon, 4, 3));
  assert.deepEqual(prep.range, { start: pos1(4, 1), end: pos1(4, 11) });
  assert.equal(prep.placeholder, 'Ben Eggers');
  const edit = await s.request('textDocument/rename', { ...at(afternoon, 4, 3), newName: 'Benjamin Eggers' });
  const a = edit.changes[afternoon];
  assert.ok(a.some((e: any) => e.range.start.line === 3 && e.range.start.character === 0 && e.newText === 'Benjamin Eggers'));
  assert.ok(a.some((e: any) => e.range.start.line === 8 && e.range.start.character === 68 && e.range.end.character === 71 && e.newText === 'Benjamin'));
  const m = edit.changes[morning];
  assert.ok(m.some((e: any) => e.range.start.line === 25 && e.range.start.character === 51 && e.newText === 'Benjamin Eggers'));
  // A word that is no name is refused with a message.
  await assert.rejects(s.request('textDocument/prepareRename', at(afternoon, 5, 3)), /rename/i);
});

test('completion after `[[` offers talk titles and speakers of the workspace', async () => {
  const uri = ws.uriOf('draft.notes');
  await s.open(uri, 'Draft\nSee [[\n');
  const items = await s.request('textDocument/completion', at(uri, 2, 7));
  const list = Array.isArray(items) ? items : items.items;
  const labels = list.map((i: any) => i.label);
  assert.ok(labels.includes('Informal methods'), labels.join(', '));
  assert.ok(labels.includes('Ben Eggers'));
  assert.ok(labels.includes('Simulation first, production second'));
  const informal = list.find((i: any) => i.label === 'Informal methods');
  assert.deepEqual(informal.textEdit.range, { start: pos1(2, 7), end: pos1(2, 7) });
  assert.equal(informal.textEdit.newText, 'Informal methods]]');
  await s.close(uri);
});

test('folding: talks, sections and runs of bullets', async () => {
  const ranges = await s.request('textDocument/foldingRange', { textDocument: { uri: afternoon } });
  const pairs = ranges.map((r: any) => `${r.startLine}-${r.endLine}`);
  assert.ok(pairs.includes('2-27'), pairs.join(' '));
  assert.ok(pairs.includes('6-7'), 'the two bullets of the talk structure');
  assert.ok(pairs.includes('11-15'), 'the five bullets of part 1');
  assert.ok(pairs.includes('34-38'), 'the Raft talk');
});

test('semantic tokens decode to speaker names, mentions and claim cues', async () => {
  const legend = s.capabilities.semanticTokensProvider.legend;
  const result = await s.request('textDocument/semanticTokens/full', { textDocument: { uri: afternoon } });
  const tokens = decodeSemanticTokens(result.data, legend);
  const ben = tokens.find((t) => t.line === 8 && t.character === 68);
  assert.deepEqual(ben && { length: ben.length, type: ben.type }, { length: 3, type: 'class' });
  const speaker = tokens.find((t) => t.line === 3 && t.character === 0);
  assert.deepEqual(speaker && { length: speaker.length, type: speaker.type, modifiers: speaker.modifiers }, { length: 10, type: 'class', modifiers: ['declaration'] });
  assert.ok(tokens.some((t) => t.type === 'keyword'), 'claim cues');
  // Sorted and on the document.
  for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i].line > tokens[i - 1].line || tokens[i].character >= tokens[i - 1].character + tokens[i - 1].length);
});

test('code lens above each talk with its counts', async () => {
  const lenses = await s.request('textDocument/codeLens', { textDocument: { uri: afternoon } });
  assert.deepEqual(lenses.map((l: any) => l.range.start.line), [2, 28, 31, 34, 39]);
  for (const l of lenses) assert.match(l.command.title, /^\d+ claims? · \d+ unsupported · \d+ mentions? elsewhere$/);
  // Ben Eggers is mentioned once in the Markdown notes.
  assert.match(lenses[0].command.title, / 1 mention elsewhere$/);
});

test('document links: URLs and reference definitions', async () => {
  const links = await s.request('textDocument/documentLink', { textDocument: { uri: morning } });
  assert.ok(links.some((l: any) => l.target === 'https://example.org/northwind/simulator-benchmarks'));
});

test('the custom talks request returns the Talks view tree', async () => {
  const res = await s.request('talkNotes/talks', { uri: afternoon });
  assert.equal(res.files.length, 1);
  const f = res.files[0];
  assert.equal(f.uri, afternoon);
  assert.equal(f.title, "BugBash'26 Afternoon of Day 1");
  assert.deepEqual(f.talks.map((t: any) => t.title)[0], 'Informal methods');
  assert.deepEqual(f.talks[3].speakers, ['Matt Barrett']);
  assert.ok(f.talks[3].claims.some((c: any) => c.range.start.line === 36 && c.range.start.character === 82 && c.supported === false));
  const all = await s.request('talkNotes/talks', {});
  assert.deepEqual(all.files.map((x: any) => x.uri).sort(), [afternoon, morning, ws.uriOf(CRLF)].sort());
});

test('go to speaker and talk summary requests', async () => {
  const loc = await s.request('talkNotes/speakerLocation', { uri: afternoon, position: pos1(38, 10) });
  assert.deepEqual(loc, { uri: afternoon, range: { start: pos1(36, 1), end: pos1(36, 13) } });
  const summary = await s.request('talkNotes/talkSummary', { uri: afternoon, position: pos1(38, 10) });
  assert.equal(summary.title, 'Fast and fault-tolerant: pick two');
  assert.ok(summary.text.length > 0);
  assert.equal(await s.request('talkNotes/speakerLocation', { uri: afternoon, position: pos1(1, 1) }), null);
});

test('document highlights: the speaker name written, the mentions read', async () => {
  const hs = await s.request('textDocument/documentHighlight', at(afternoon, 9, 69));
  const writes = hs.filter((h: any) => h.kind === 3).map((h: any) => `${h.range.start.line}:${h.range.start.character}`);
  const reads = hs.filter((h: any) => h.kind === 2).map((h: any) => h.range.start.line);
  assert.deepEqual(writes, ['3:0']);
  for (const l of [8, 10, 21, 27]) assert.ok(reads.includes(l), `line ${l + 1}`);
});

test('selection ranges grow from the word to the whole document', async () => {
  const [sel] = await s.request('textDocument/selectionRange', { textDocument: { uri: afternoon }, positions: [pos1(9, 70)] });
  const chain: any[] = [];
  for (let r = sel; r; r = r.parent) chain.push(r.range);
  assert.deepEqual(chain[0], { start: pos1(9, 69), end: pos1(9, 72) });
  for (let i = 1; i < chain.length; i++) {
    const [inner, outer] = [chain[i - 1], chain[i]];
    const le = (a: any, b: any) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    assert.ok(le(outer.start, inner.start) && le(inner.end, outer.end), `range ${i} contains range ${i - 1}`);
  }
  assert.equal(chain[chain.length - 1].start.line, 0);
  assert.ok(chain.length >= 4);
});

test('CRLF, accents and emoji: positions are UTF-16 and line ends are not part of any line', async () => {
  const uri = ws.uriOf(CRLF);
  // VS Code never includes the byte-order mark in a document's text.
  await s.open(uri, fixture(CRLF).replace(/^\ufeff/, ''));
  const diags = await s.diagnosticsFor(uri);
  const claim = diags.find((d) => d.code === 'unsupported-claim' && d.range.start.line === 3);
  // Ends after `one.`: 58 UTF-16 units into the line, the emoji counting two.
  assert.deepEqual(claim?.range.end, pos1(4, 59));
  const defs = await s.request('textDocument/definition', at(uri, 4, 5));
  assert.deepEqual(defs, [{ uri, range: { start: pos1(3, 1), end: pos1(3, 13) } }]);
  const h = await s.request('textDocument/hover', at(uri, 4, 4));
  assert.deepEqual(h.range, { start: pos1(4, 4), end: pos1(4, 7) });
  await s.close(uri);
});

test('didChange: fresh diagnostics after the debounce, for the edited text', async () => {
  const before = s.published(afternoon);
  // Give the Raft claim a source: its unsupported-claim diagnostic must go.
  await s.change(afternoon, 2, [{ range: { start: pos1(37, 184), end: pos1(37, 184) }, text: ' (source: https://example.org/aeron)' }]);
  const diags = await s.diagnosticsFor(afternoon, () => true, 5000, before);
  assert.ok(!diags.some((d) => d.code === 'unsupported-claim' && d.range.start.line === 36 && d.range.start.character === 82), JSON.stringify(diags));
  // Other diagnostics are still there.
  assert.ok(diags.some((d) => d.code === 'unsupported-claim'));
  // Undo: the diagnostic is back.
  const n = s.published(afternoon);
  await s.change(afternoon, 3, [{ range: { start: pos1(37, 184), end: pos1(37, 220) }, text: '' }]);
  await s.diagnosticsFor(afternoon, (d) => d.some((x) => x.code === 'unsupported-claim' && x.range.start.line === 36 && x.range.start.character === 82), 5000, n);
});

test('an unsaved edit is visible to other files: renaming a talk title breaks the link to it', async () => {
  await s.open(morning, fixture(MORNING), 'markdown');
  const first = await s.diagnosticsFor(morning);
  assert.ok(!first.some((d) => d.code === 'broken-cross-reference'));
  const n = s.published(morning);
  await s.change(afternoon, 4, [{ range: { start: pos1(3, 1), end: pos1(3, 9) }, text: 'Formal' }]);
  const broken = await s.diagnosticsFor(morning, (d) => d.some((x) => x.code === 'broken-cross-reference'), 5000, n);
  const d = broken.find((x) => x.code === 'broken-cross-reference')!;
  assert.deepEqual(d.range, { start: pos1(26, 1), end: pos1(26, 21) });
  // Definition from the link follows the unsaved text at once (no wait for the debounce).
  await s.change(afternoon, 5, [{ range: { start: pos1(3, 1), end: pos1(3, 7) }, text: 'Informal' }]);
  const defs = await s.request('textDocument/definition', at(morning, 26, 5));
  assert.equal(defs[0].uri, afternoon);
  assert.equal(defs[0].range.start.line, 2);
  await s.diagnosticsFor(morning, (x) => !x.some((y) => y.code === 'broken-cross-reference'), 5000, s.published(morning));
  await s.close(morning);
});
