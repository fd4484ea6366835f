/**
 * Prose block text of the Markdown form: what is kept, what is dropped, and that every kept
 * character maps back to its exact place in the document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOffset } from '../../../server/src/core/text/pieces';
import { assertPiecesExact, parse, r } from './markdownHelpers';

function blockTexts(markdown: string): string[] {
  const { s, lines } = parse(markdown);
  assertPiecesExact(lines, s.blocks);
  return s.blocks.map((b) => b.text);
}

test('emphasis and strike-through markers are dropped, their text kept at its exact offsets', () => {
  const { s, lines } = parse('It is **much** _faster_ and ~~slower~~ ***now***.\n');
  const [b] = s.blocks;
  assert.equal(b.text, 'It is much faster and slower now.');
  assertPiecesExact(lines, s.blocks);
  assert.equal(docOffset(b.pieces, b.text.indexOf('much')), 8);
  assert.equal(docOffset(b.pieces, b.text.indexOf('now')), 42);
});

test('links keep their whole source, so URLs and citation markers in them stay findable', () => {
  assert.deepEqual(blockTexts('See [the benchmark](https://example.org/b "Bench") and [ref][1] and [1].\n\n[1]: https://x.example\n'), [
    'See [the benchmark](https://example.org/b "Bench") and [ref][1] and [1].',
  ]);
  assert.deepEqual(blockTexts('A link across\n[two\n  lines](https://example.org).\n'), ['A link across [two lines](https://example.org).']);
  // Parentheses in the URL, and text after the link.
  assert.deepEqual(blockTexts('See [w](https://en.wikipedia.org/wiki/Raft_(algorithm)) today.\n'), ['See [w](https://en.wikipedia.org/wiki/Raft_(algorithm)) today.']);
});

test('autolinks, footnote references, [[links]], [@key] and [citation needed] stay verbatim', () => {
  assert.deepEqual(blockTexts('Per <https://example.org/a> and [^n], [[Informal methods]], [@alvaro2015; @x] [citation needed].\n\n[^n]: Note.\n'), [
    'Per <https://example.org/a> and [^n], [[Informal methods]], [@alvaro2015; @x] [citation needed].',
  ]);
  // A footnote marker with no definition is plain text: also verbatim.
  assert.deepEqual(blockTexts('Unresolved [^nope] and [7].\n'), ['Unresolved [^nope] and [7].']);
});

test('inline code keeps its text without backticks; images and inline HTML are dropped', () => {
  assert.deepEqual(blockTexts('Call `fsync()` often, ` `` ` too; ![chart](c.png) <span>shown</span>.\n'), ['Call fsync() often, `` too; shown.']);
});

test('escapes and entities are decoded, each character mapped to its source', () => {
  const { s } = parse('Costs \\*5\\* &amp; more &#x41;.\n');
  const [b] = s.blocks;
  assert.equal(b.text, 'Costs *5* & more A.');
  assert.equal(docOffset(b.pieces, b.text.indexOf('*5')), 7);
  assert.equal(docOffset(b.pieces, b.text.indexOf('&')), 12);
  assert.equal(docOffset(b.pieces, b.text.indexOf('A')), 23);
});

test('line breaks (soft, hard, backslash) and the indentation after them become one space', () => {
  const { s, lines } = parse('one  \n    two\\\nthree\n\tfour\n');
  assert.deepEqual(s.blocks.map((b) => [b.text, r(b.range)]), [['one two three four', '0:0-3:5']]);
  assertPiecesExact(lines, s.blocks);
});

test('tabs and list indentation map exactly', () => {
  const { s, lines } = parse('-\tTab item\n\n1.  Wide item\n    continued *here*\n');
  assert.deepEqual(s.blocks.map((b) => [b.kind, b.text, r(b.range)]), [
    ['bullet', 'Tab item', '0:2-0:10'],
    ['bullet', 'Wide item continued here', '2:4-3:19'],
  ]);
  assertPiecesExact(lines, s.blocks);
});

test('tables, headings, rules and HTML blocks are not prose', () => {
  assert.deepEqual(blockTexts('# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n***\n\n<div>\nhtml\n</div>\n\nProse.\n'), ['Prose.']);
});

test('surrogate pairs keep UTF-16 positions', () => {
  const { s, lines } = parse('\ud83d\ude00 **Zoë** said 3x \ud83d\ude80.\n');
  const [b] = s.blocks;
  assert.equal(b.text, '\ud83d\ude00 Zoë said 3x \ud83d\ude80.');
  assert.equal(r(b.range), '0:0-0:22');
  assertPiecesExact(lines, s.blocks);
});
