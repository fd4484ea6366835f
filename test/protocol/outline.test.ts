// The outline and folding over a real server process answer from the structure of the latest
// text, without waiting for the full analysis (no diagnostics published yet), and equal what
// the full analysis gives once it has run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession } from './support/lspSession';
import { TempWorkspace, fixture } from './support/tempWorkspace';

const MORNING = 'bugbash26-morning-day1.notes.md';

/** ~1 MB of Markdown notes: the fixture's talks many times over, each with its own title. */
function bigMarkdown(copies: number): string {
  const text = fixture(MORNING);
  const body = text.slice(text.indexOf('\n## '));
  let out = text.slice(0, text.indexOf('\n## '));
  for (let i = 0; i < copies; i++) out += body.replace(/\n## ([^\n]+)/g, (_m, title: string) => `\n## ${title} (${i})`);
  return out;
}

const symbolsOf = (s: LspSession, uri: string) => s.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
const foldsOf = (s: LspSession, uri: string) => s.request<any[]>('textDocument/foldingRange', { textDocument: { uri } });

/** Once the full analysis has run, the outline and folding equal what was answered before it; then a clean shutdown. */
async function sameAfterAnalysis(s: LspSession, uri: string, early: unknown[], earlyFolds: unknown[]): Promise<void> {
  assert.deepEqual(await symbolsOf(s, uri), early);
  assert.deepEqual(await foldsOf(s, uri), earlyFolds);
  assert.equal(await s.shutdown(), 0);
}

test('document symbols and folding of a freshly opened large Markdown file come before its full analysis and equal it', async () => {
  const text = bigMarkdown(600);
  assert.ok(text.length > 900_000);
  const ws = new TempWorkspace([]);
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    await s.indexed();
    const uri = ws.uriOf('big.notes.md');
    await s.open(uri, text, 'markdown');
    // Both asked at once, as an editor does on open. The outline is asked first: it must not wait
    // for the full analysis, which runs after the typing debounce and publishes diagnostics and
    // the status (folding may come after it on a slow machine: it is compared below).
    let seen = -1;
    const [early, earlyFolds] = await Promise.all([
      symbolsOf(s, uri).then((r) => ((seen = s.published(uri) + s.notificationsOf('talkNotes/status').length), r)),
      foldsOf(s, uri),
    ]);
    assert.equal(seen, 0, 'outline answered before the full analysis published diagnostics');
    assert.equal(early[0].name, "BugBash'26 Morning of Day 1");
    const talks = early.filter((x) => x.kind === 5 /* Class */);
    assert.equal(talks.length, 1800);
    assert.equal(talks[0].name, 'Simulation first, production second (0)');
    assert.equal(talks[0].detail, 'Priya Raman @ Northwind Systems');
    assert.ok(earlyFolds.length > 1800);

    await s.diagnosticsFor(uri, () => true, 30000);
    await sameAfterAnalysis(s, uri, early, earlyFolds);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('after an edit the outline and folding show the new text inside the typing debounce, and equal the analysis afterwards', async () => {
  const text = fixture(MORNING);
  const ws = new TempWorkspace([MORNING]);
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    await s.indexed();
    const uri = ws.uriOf(MORNING);
    await s.open(uri, text, 'markdown');
    await s.diagnosticsFor(uri);
    const before = s.published(uri);
    // A new talk right after the preamble (line 9 is the first talk heading).
    await s.change(uri, 2, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '## A new talk\nJane Doe, CTO @ Acme\n\n' }]);
    const seen: number[] = [];
    const [early, earlyFolds] = await Promise.all([
      symbolsOf(s, uri).then((r) => (seen.push(s.published(uri)), r)),
      foldsOf(s, uri).then((r) => (seen.push(s.published(uri)), r)),
    ]);
    assert.deepEqual(seen, [before, before], 'answered inside the typing debounce, before the re-analysis');
    const names = early.map((x) => x.name);
    assert.equal(names[1], 'A new talk');
    assert.equal(early[1].detail, 'Jane Doe @ Acme');
    assert.deepEqual(early[1].selectionRange, { start: { line: 9, character: 3 }, end: { line: 9, character: 13 } });
    assert.deepEqual(earlyFolds[0], { startLine: 9, endLine: 10 });

    await s.diagnosticsFor(uri, () => true, 5000, before);
    await sameAfterAnalysis(s, uri, early, earlyFolds);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('with outline.showClaims the outline waits for the analysis that finds the claims', async () => {
  const ws = new TempWorkspace([MORNING]);
  const s = await LspSession.start({ folders: [ws.uri], settings: { talkNotes: { outline: { showClaims: true } } } });
  try {
    await s.indexed();
    const uri = ws.uriOf(MORNING);
    await s.open(uri, fixture(MORNING), 'markdown');
    const symbols = await symbolsOf(s, uri);
    const claims = symbols.flatMap(function all(x: any): any[] {
      return [x, ...x.children.flatMap(all)];
    }).filter((x) => x.kind === 17 /* Boolean: a claim */);
    assert.ok(claims.some((c) => /40x faster/.test(c.name)), JSON.stringify(claims.map((c) => c.name)));
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});

test('a plain-text file gets its outline from the structure before the full analysis too', async () => {
  const AFTERNOON = 'bugbash26-afternoon-day1.notes';
  const ws = new TempWorkspace([AFTERNOON]);
  const s = await LspSession.start({ folders: [ws.uri] });
  try {
    await s.indexed();
    const uri = ws.uriOf(AFTERNOON);
    await s.open(uri, fixture(AFTERNOON).repeat(20));
    const early = await symbolsOf(s, uri).then((r) => (assert.equal(s.published(uri), 0), r));
    assert.ok(early.length > 20);
    await s.diagnosticsFor(uri);
    assert.deepEqual(await symbolsOf(s, uri), early);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws.dispose();
  }
});
