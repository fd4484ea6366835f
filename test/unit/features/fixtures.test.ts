/**
 * The features over the analysis of the example notes (test/fixtures), as a user meets them:
 * these go through the real parsers, mentions and claims, so they check the joints too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as F from '../../../server/src/core/features';
import type { NotesSelectionRange } from '../../../server/src/core/features';
import type { Position, Range } from '../../../server/src/core/model/types';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';
import { posOf, r } from './helpers';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const AFTERNOON = 'file:///fx/bugbash26-afternoon-day1.notes';
const MORNING = 'file:///fx/bugbash26-morning-day1.notes.md';
const UNICODE = 'file:///fx/unicode-crlf.notes';

function fixtures(config = {}): WorkspaceIndex {
  const index = new WorkspaceIndex({ ...new WorkspaceIndex().configuration, ...config });
  for (const uri of [AFTERNOON, MORNING, UNICODE]) {
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    index.upsert({ uri, text: readFileSync(join(FIXTURES, name), 'utf8'), format: name.endsWith('.md') ? 'markdown' : 'plaintext' });
  }
  return index;
}

test('fixtures: outline of the plain-text example', () => {
  const index = fixtures();
  const symbols = F.documentSymbols(index, AFTERNOON);
  assert.deepEqual(
    symbols.map((s) => [s.kind, s.name, s.detail, s.selectionRange.start.line]),
    [
      ['title', "BugBash'26 Afternoon of Day 1", '', 0],
      ['talk', 'Informal methods', 'Ben Eggers @ OpenAI', 2],
      ['talk', 'Now more than ever: building reliable software in the age of agents', 'Ron Minsky @ Jane Street', 28],
      ['talk', 'Protocol-aware deterministic simulation testing', 'Chaitanya Bhandari @ TigerBeetle', 31],
      ['talk', 'Fast and fault-tolerant: pick two', 'Matt Barrett @ Adaptive', 34],
      ['talk', 'Making high performance storage boring', 'Corwin Coburn @ Google', 39],
    ],
  );
  assert.deepEqual(
    symbols[1].children.map((c) => [c.name, c.selectionRange]),
    [
      ['Part 1: Writing code has always been where the hard part surfaced', r(9, 0, 9, 65)],
      ["Part 2: Agents move the work, but don't make it disappear", r(18, 0, 18, 57)],
    ],
  );
  const withClaims = F.documentSymbols(fixtures({ outlineShowClaims: true }), AFTERNOON);
  const claimCount = (s: F.NotesSymbol): number => (s.kind === 'claim' ? 1 : 0) + s.children.reduce((n, c) => n + claimCount(c), 0);
  assert.equal(withClaims.reduce((n, s) => n + claimCount(s), 0), index.get(AFTERNOON)!.claims.length);
});

test('fixtures: hover on a talk title and on Ben (9:69)', () => {
  const index = fixtures();
  const doc = index.get(AFTERNOON)!;
  const card = F.hover(index, AFTERNOON, { line: 2, character: 3 });
  assert.deepEqual(card?.range, r(2, 0, 2, 16));
  const claims = doc.claims.filter((c) => c.talk === 0).length;
  assert.ok(card?.markdown.startsWith(`### Informal methods\n\n**Ben Eggers** · Member of Technical Staff @ OpenAI\n\nBugBash'26 Afternoon of Day 1 · ${claims} claims · `), card?.markdown);
  const person = F.hover(index, AFTERNOON, { line: 8, character: 68 });
  assert.deepEqual(person?.range, r(8, 68, 8, 71));
  assert.ok(person?.markdown.startsWith('**Ben Eggers** · Member of Technical Staff @ OpenAI\n\nTalks:\n- [Informal methods]('));
  assert.match(person!.markdown, /Mentioned \d+ times in 2 files/);
  const heading = F.hover(index, MORNING, { line: 10, character: 0 });
  assert.deepEqual(heading?.range, r(10, 3, 10, 38));
  assert.ok(heading?.markdown.startsWith("### Simulation first, production second\n\n**Priya Raman** · Principal Engineer @ Northwind Systems\n\nBugBash'26 · "), heading?.markdown);
  const mdCard = F.hover(index, MORNING, posOf(index.get(MORNING)!, '[[Informal methods]]', 0, 4));
  assert.ok(mdCard?.markdown.startsWith('### Informal methods\n\n'));
});

test('fixtures: definition across files (Matt → line 36, Ben Eggers in Markdown → line 4)', () => {
  const index = fixtures();
  assert.deepEqual(F.definition(index, AFTERNOON, posOf(index.get(AFTERNOON)!, 'Matt talked', 0, 1)), [{ uri: AFTERNOON, range: r(35, 0, 35, 12) }]);
  const md = index.get(MORNING)!;
  assert.deepEqual(F.definition(index, MORNING, posOf(md, 'Ben Eggers would', 0, 4)), [{ uri: AFTERNOON, range: r(3, 0, 3, 10) }]);
  assert.deepEqual(F.definition(index, MORNING, posOf(md, "Matt Barrett's", 0, 2)), [{ uri: AFTERNOON, range: r(35, 0, 35, 12) }]);
  assert.deepEqual(F.definition(index, MORNING, posOf(md, '[[Informal', 0, 3)), [{ uri: AFTERNOON, range: r(2, 0, 2, 16) }]);
  const cite = F.definition(index, MORNING, posOf(md, 'time [1]', 0, 6));
  assert.equal(cite.length, 1);
  assert.equal(cite[0].range.start.line, md.definitions.find((d) => d.marker === '[1]')!.line);
  assert.deepEqual(F.speakerLocation(index, AFTERNOON, { line: 37, character: 10 }), { uri: AFTERNOON, range: r(35, 0, 35, 12) });
});

test('fixtures: references and rename of Ben Eggers across files', () => {
  const index = fixtures();
  const refs = F.references(index, AFTERNOON, { line: 3, character: 2 }, true);
  const mentions = index.mentionsOf('ben eggers').length;
  assert.equal(refs.length, mentions + 1);
  assert.deepEqual(refs[0], { uri: AFTERNOON, range: r(3, 0, 3, 10) });
  assert.ok(refs.some((l) => l.uri === MORNING));
  const edit = F.rename(index, AFTERNOON, { line: 8, character: 69 }, 'Benjamin Eggers');
  assert.ok('changes' in edit);
  assert.deepEqual(edit.changes[AFTERNOON][0], { range: r(3, 0, 3, 10), newText: 'Benjamin Eggers' });
  assert.deepEqual(edit.changes[AFTERNOON][1], { range: r(8, 68, 8, 71), newText: 'Benjamin' });
  assert.deepEqual(edit.changes[MORNING].map((e) => e.newText), ['Benjamin Eggers']);
});

test('fixtures: talks tree counts agree with the code lenses and the documents', () => {
  const index = fixtures();
  const tree = F.talksTree(index);
  assert.deepEqual(tree.files.map((f) => f.uri), [AFTERNOON, MORNING, UNICODE]);
  const lenses = F.codeLenses(index, AFTERNOON);
  tree.files[0].talks.forEach((t, i) => {
    assert.ok(lenses[i].title.startsWith(`${t.claims.length} claim${t.claims.length === 1 ? '' : 's'} · ${t.unsupported} unsupported · `), lenses[i].title);
  });
  assert.equal(tree.files[0].claims, index.get(AFTERNOON)!.claims.length);
});

/** Every feature at many positions of every fixture: nothing throws, every range is inside the text. */
test('fixtures: every feature at every few characters stays well-formed', () => {
  const index = fixtures({ outlineShowClaims: true });
  for (const uri of [AFTERNOON, MORNING, UNICODE]) {
    const doc = index.get(uri)!;
    const lines = new LineIndex(doc.text);
    const inside = (x: Range, where: string) => {
      for (const p of [x.start, x.end]) {
        assert.ok(p.line >= 0 && p.line < lines.lineCount, where);
        assert.ok(p.character >= 0 && p.character <= lines.ends[p.line] - lines.starts[p.line], `${where} ${JSON.stringify(x)}`);
      }
      assert.ok(x.start.line < x.end.line || (x.start.line === x.end.line && x.start.character <= x.end.character), where);
    };
    const positions: Position[] = [];
    for (let l = 0; l < lines.lineCount; l++) {
      const len = lines.ends[l] - lines.starts[l];
      for (let c = 0; c <= len; c += 5) positions.push({ line: l, character: c });
    }
    for (const p of positions) {
      const h = F.hover(index, uri, p);
      if (h) inside(h.range, 'hover');
      for (const loc of [...F.definition(index, uri, p), ...F.references(index, uri, p, true)]) assert.ok(index.has(loc.uri));
      F.documentHighlights(index, uri, p).forEach((x) => inside(x.range, 'highlight'));
      const prep = F.prepareRename(index, uri, p);
      if ('range' in prep) inside(prep.range, 'prepareRename');
      F.completion(index, uri, p).forEach((x) => inside(x.range, 'completion'));
    }
    const sels = F.selectionRanges(index, uri, positions);
    assert.equal(sels.length, positions.length);
    for (const s of sels) {
      let c: NotesSelectionRange | undefined = s;
      while (c) {
        inside(c.range, 'selection');
        c = c.parent;
      }
    }
    const tokens = F.semanticTokensAbsolute(index, uri);
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(a.line < b.line || a.character + a.length <= b.character, `tokens overlap or unsorted at ${b.line}:${b.character}`);
    }
    for (const t of tokens) inside({ start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } }, 'token');
    F.documentSymbols(index, uri).forEach(function check(s) {
      inside(s.range, 'symbol');
      assert.ok(s.name.length > 0);
      s.children.forEach(check);
    });
    F.documentLinks(index, uri).forEach((x) => inside(x.range, 'link'));
    F.foldingRanges(index, uri).forEach((f) => assert.ok(f.startLine < f.endLine && f.endLine < lines.lineCount));
  }
});
