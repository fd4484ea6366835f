/** Which files are notes (SPEC §1): Markdown by glob or front matter, `.txt` by content. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMarkdownNotes, looksLikePlainTextNotes, notesFormatFor } from '../../../server/src/core/parse/detect';
import { readFrontMatter } from '../../../server/src/core/parse/frontMatter';

const fixtures = join(__dirname, '..', '..', 'fixtures');
const DEFAULT = ['**/*.notes.md'];

test('Markdown notes by the default glob, at any depth, with either separator', () => {
  assert.equal(isMarkdownNotes('day1.notes.md', '', DEFAULT), true);
  assert.equal(isMarkdownNotes('conf/2026/day1.notes.md', '', DEFAULT), true);
  assert.equal(isMarkdownNotes('conf\\2026\\day1.notes.md', '', DEFAULT), true);
  assert.equal(isMarkdownNotes('.hidden/day1.notes.md', '', DEFAULT), true);
  assert.equal(isMarkdownNotes('README.md', '# Readme\n', DEFAULT), false);
  assert.equal(isMarkdownNotes('notes.md', '', DEFAULT), false);
});

test('Markdown notes by custom globs; an invalid or empty glob matches nothing and does not throw', () => {
  assert.equal(isMarkdownNotes('talks/a.md', '', ['talks/**']), true);
  assert.equal(isMarkdownNotes('other/a.md', '', ['talks/**']), false);
  assert.equal(isMarkdownNotes('a.md', '', ['[', '', '***(']), false);
  assert.equal(isMarkdownNotes('a.notes.md', '', []), false);
});

test('Markdown notes by front matter `talknotes: true` (also CRLF, BOM), not by other values', () => {
  assert.equal(isMarkdownNotes('a.md', '---\ntalknotes: true\n---\n# x\n', DEFAULT), true);
  assert.equal(isMarkdownNotes('a.md', '\uFEFF---\r\ntalknotes: true\r\nconference: X\r\n---\r\n', DEFAULT), true);
  assert.equal(isMarkdownNotes('a.md', '---\ntalknotes: false\n---\n', DEFAULT), false);
  assert.equal(isMarkdownNotes('a.md', '---\ntitle: x\n---\n', DEFAULT), false);
  assert.equal(isMarkdownNotes('a.md', '# Doc\n---\ntalknotes: true\n---\n', DEFAULT), false);
  assert.equal(isMarkdownNotes('a.md', '---\ntalknotes: true\n', DEFAULT), false);
});

test('readFrontMatter: flags, conference, closing line; not front matter when not a YAML mapping', () => {
  assert.deepEqual(readFrontMatter("---\ntalknotes: true\nconference: BugBash'26\n---\nbody"), { talknotes: true, conference: "BugBash'26", endLine: 3 });
  assert.deepEqual(readFrontMatter('---\nconference: 2026\n...\n'), { talknotes: false, conference: '2026', endLine: 2 });
  assert.deepEqual(readFrontMatter('---\n---\n'), { talknotes: false, conference: null, endLine: 1 });
  assert.deepEqual(readFrontMatter('---\r---\r'), { talknotes: false, conference: null, endLine: 1 });
  assert.deepEqual(readFrontMatter('---\n- a list\n---\n'), { talknotes: false, conference: null, endLine: -1 });
  assert.deepEqual(readFrontMatter('---\nkey: [unclosed\n---\n'), { talknotes: false, conference: null, endLine: -1 });
  assert.deepEqual(readFrontMatter(''), { talknotes: false, conference: null, endLine: -1 });
  // Alias bombs are refused by the YAML parser's alias limit, not expanded.
  const bomb = '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n';
  assert.equal(readFrontMatter(bomb).talknotes, false);
});

test('plain-text detection: the example notes are notes; one pair or weak forms are not', () => {
  const afternoon = readFileSync(join(fixtures, 'bugbash26-afternoon-day1.notes'), 'utf8');
  assert.equal(looksLikePlainTextNotes(afternoon), true);
  const two = 'Conference day\n\nFirst talk\nJane Doe, CTO @ Acme\n\nnotes\n\nSecond talk\n\nSpeaker: John Roe\n';
  assert.equal(looksLikePlainTextNotes(two), true);
  assert.equal(looksLikePlainTextNotes(two.replace(/\n/g, '\r\n')), true);
  assert.equal(looksLikePlainTextNotes(two.replace(/\n/g, '\r')), true);
  // Only one strong pair.
  assert.equal(looksLikePlainTextNotes('First talk\nJane Doe, CTO @ Acme\n\nSecond talk\nJohn Roe (Contoso)\n'), false);
  // Speaker lines without a title line before them are not pairs.
  assert.equal(looksLikePlainTextNotes('Jane Doe @ Acme\nJohn Roe @ Contoso\n'), false);
  // A bullet is never a title.
  assert.equal(looksLikePlainTextNotes('- a\nJane Doe @ Acme\n- b\nJohn Roe @ Contoso\n'), false);
  assert.equal(looksLikePlainTextNotes('Dear Bob,\n\nsee you at 5pm.\n\nJane\n'), false);
  assert.equal(looksLikePlainTextNotes(''), false);
});

test('plain-text detection looks at the first 400 lines only', () => {
  const pair = (n: number) => `Talk ${n}\nJane Doe, CTO @ Acme\n\n`;
  assert.equal(looksLikePlainTextNotes('\n'.repeat(396) + pair(1) + pair(2)), false);
  assert.equal(looksLikePlainTextNotes('\n'.repeat(390) + pair(1) + pair(2)), true);
  // A huge single line is read once and rejected.
  assert.equal(looksLikePlainTextNotes('x'.repeat(2_000_000)), false);
});

test('notesFormatFor covers every form and the detectPlainText switch', () => {
  const notes = 'A\nJane Doe @ Acme\n\nB\nJohn Roe @ Contoso\n';
  assert.equal(notesFormatFor('x/a.notes', ''), 'plaintext');
  assert.equal(notesFormatFor('A.TALKNOTES', ''), 'plaintext');
  assert.equal(notesFormatFor('day.notes.md', ''), 'markdown');
  assert.equal(notesFormatFor('README.md', '# x'), null);
  assert.equal(notesFormatFor('talk.md', '---\ntalknotes: true\n---\n'), 'markdown');
  assert.equal(notesFormatFor('talk.md', '', { markdownInclude: ['*.md'] }), 'markdown');
  assert.equal(notesFormatFor('day.notes.md', '', { markdownInclude: [] }), null);
  assert.equal(notesFormatFor('notes.txt', notes), 'plaintext');
  assert.equal(notesFormatFor('notes.txt', notes, { detectPlainText: false }), null);
  assert.equal(notesFormatFor('other.txt', 'hello'), null);
  assert.equal(notesFormatFor('a.json', notes), null);
});
