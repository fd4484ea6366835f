import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimFixes, lineEnding } from '../../../server/src/core/features/claimFixes';
import { analyse, applyEdits, claimWith } from './helpers';

const PLAIN = ['Notes', 'Fast systems', 'Ada Lovelace, Engineer @ Example Corp', 'It is the fastest cache. I liked it.', '- it serves 2 million users', '', 'Second talk', 'Grace Hopper, Admiral @ Navy', 'Most developers never test.', ''].join('\r\n');

function fix(text: string, format: 'plaintext' | 'markdown', fragment: string, title: string): string {
  const doc = analyse(text, format);
  const index = doc.claims.indexOf(claimWith(doc, fragment));
  const f = claimFixes(doc, index).find((x) => x.title.startsWith(title));
  assert.ok(f, `no fix ${title}`);
  return applyEdits(text, f.edits);
}

test('the four fixes, in order, the first preferred', () => {
  const doc = analyse(PLAIN);
  const fixes = claimFixes(doc, 0);
  assert.deepEqual(fixes.map((f) => [f.title, f.kind, f.isPreferred ?? false]), [
    ['Add citation [1] and a reference to fill in', 'quickfix', true],
    ['Mark as [citation needed]', 'quickfix', false],
    ['Silence this claim', 'quickfix', false],
    ['Silence all claims in this file', 'quickfix', false],
  ]);
  assert.deepEqual(claimFixes(doc, 99), []);
});

test('plain text CRLF: marker before the full stop, definition at the end of the talk, CRLF kept', () => {
  const out = fix(PLAIN, 'plaintext', 'fastest', 'Add citation');
  assert.equal(out, PLAIN.replace('fastest cache.', 'fastest cache [1].').replace('2 million users\r\n', '2 million users\r\n[1]: TODO\r\n'));
  const doc = analyse(out);
  assert.equal(claimWith(doc, 'fastest').sources[0].resolved, true);
  assert.deepEqual(doc.definitions.map((d) => [d.marker, d.line]), [['[1]', 5]]);
  assert.equal(doc.talks.length, 2);
});

test('plain text: [citation needed], silence the claim (directive line), silence the file', () => {
  const a = analyse(fix(PLAIN, 'plaintext', 'fastest', 'Mark as'));
  assert.equal(claimWith(a, 'fastest').acknowledged, true);
  const silenced = fix(PLAIN, 'plaintext', '2 million', 'Silence this claim');
  assert.equal(silenced, PLAIN.replace('- it serves', '%% talknotes-disable-next-line\r\n- it serves'));
  const b = analyse(silenced);
  assert.deepEqual(b.claims.map((c) => [c.text, c.suppressed]), [['It is the fastest cache.', false], ['it serves 2 million users', true], ['Most developers never test.', false]]);
  const c = analyse(fix(PLAIN, 'plaintext', 'fastest', 'Silence all'));
  assert.equal(c.suppressions.file, true);
  assert.equal(c.claims.length, 3);
  assert.ok(c.claims.every((x) => x.suppressed));
});

const MD = ['# Notes', '', '## Fast systems', 'Ada Lovelace, Engineer @ Example Corp', '', 'It is the fastest cache in the', 'world. It has 12 regions [1].', '', '[1]: https://example.org/regions', '## Next', 'Grace Hopper, Admiral @ Navy', '', 'Most developers never test.'].join('\n');

test('Markdown: definition at the end of the section, before the next heading; silence with a trailing comment', () => {
  const out = fix(MD, 'markdown', 'fastest', 'Add citation');
  assert.equal(out, MD.replace('in the\nworld.', 'in the\nworld [2].').replace('[1]: https://example.org/regions\n', '[1]: https://example.org/regions\n[2]: TODO\n\n'));
  assert.equal(claimWith(analyse(out, 'markdown'), 'fastest').sources.some((s) => s.resolved && s.text === '[2]'), true);
  const last = fix(MD, 'markdown', 'Most developers', 'Add citation');
  assert.equal(last, `${MD.replace('never test.', 'never test [2].')}\n\n[2]: TODO`);
  const silenced = fix(MD, 'markdown', 'fastest', 'Silence this claim');
  assert.equal(silenced, MD.replace('fastest cache in the', 'fastest cache in the <!-- talknotes-disable-line -->'));
  assert.equal(claimWith(analyse(silenced, 'markdown'), 'fastest').suppressed, true);
  const file = fix(MD, 'markdown', 'fastest', 'Silence all');
  assert.equal(file, `${MD}\n<!-- talknotes-disable -->\n`);
  assert.ok(analyse(file, 'markdown').claims.every((c) => c.suppressed));
});

test('lineEnding: the first line end of the file', () => {
  assert.equal(lineEnding('a\r\nb\nc'), '\r\n');
  assert.equal(lineEnding('a\rb'), '\r');
  assert.equal(lineEnding('abc'), '\n');
});
