import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDirectiveLine, lineDirectives } from '../../../server/src/core/claims/suppression';
import { analyse, TALK } from './helpers';

test('isDirectiveLine: whole-line directives in both spellings, nothing else', () => {
  for (const l of ['%% talknotes-disable', '  %% talknotes-disable-next-line', '%%talknotes-disable-line', '<!-- talknotes-disable -->', '<!--talknotes-disable-next-line-->', '%% TalkNotes-Disable-Next-Line  ']) assert.equal(isDirectiveLine(l), true, l);
  for (const l of ['It is 3x faster. %% talknotes-disable-line', '%% a comment', 'talknotes-disable', '<!-- a comment -->', '']) assert.equal(isDirectiveLine(l), false, l);
});

test('lineDirectives finds a trailing directive with its columns', () => {
  assert.deepEqual(lineDirectives('It is 3x faster. %% talknotes-disable-line'), [{ start: 17, end: 42, scope: 'line' }]);
  assert.deepEqual(lineDirectives('Fast. <!-- talknotes-disable-line --> more'), [{ start: 6, end: 37, scope: 'line' }]);
});

test('plain text: next-line and line directives silence exactly their lines; the claim text excludes the directive', () => {
  const doc = analyse(TALK('%% talknotes-disable-next-line\nIt is 3x faster.\nIt is 4x faster. %% talknotes-disable-line\nIt is 5x faster.'));
  assert.deepEqual(doc.claims.map((c) => [c.text, c.suppressed]), [['It is 3x faster.', true], ['It is 4x faster.', true], ['It is 5x faster.', false]]);
  assert.deepEqual(doc.suppressions.lines, [4, 5]);
  assert.equal(doc.suppressions.file, false);
  assert.deepEqual(doc.suppressions.directives.map((d) => [d.range.start.line, d.range.start.character, d.scope]), [[3, 0, 'next-line'], [5, 17, 'line']]);
});

test('a file directive anywhere silences every claim', () => {
  const doc = analyse(TALK('It is 3x faster.\nMost developers agree.') + '%% talknotes-disable\n');
  assert.equal(doc.suppressions.file, true);
  assert.deepEqual(doc.claims.map((c) => c.suppressed), [true, true]);
});

test('Markdown: HTML comments, a wrapped paragraph silenced through any of its lines, fences ignored', () => {
  const md = [
    '# Notes', '', '## Talk', 'Ada Lovelace, Engineer @ Example Corp', '',
    'It is 3x faster than the old one and', 'the largest deployment. <!-- talknotes-disable-line -->', '',
    '<!-- talknotes-disable-next-line -->', 'Most developers agree.', '',
    '```', '<!-- talknotes-disable -->', '```', '',
    'It is 9x faster.', '',
  ].join('\n');
  const doc = analyse(md, 'markdown');
  assert.deepEqual(doc.claims.map((c) => [c.text, c.suppressed]), [
    ['It is 3x faster than the old one and the largest deployment.', true],
    ['Most developers agree.', true],
    ['It is 9x faster.', false],
  ]);
  assert.equal(doc.suppressions.file, false);
});
