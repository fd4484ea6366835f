import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldingRanges } from '../../../server/src/core/features/folding';
import type { NotesSelectionRange } from '../../../server/src/core/features/selectionRanges';
import { selectionRanges } from '../../../server/src/core/features/selectionRanges';
import { workspaceSymbols } from '../../../server/src/core/features/workspaceSymbols';
import { documentLinks } from '../../../server/src/core/features/documentLinks';
import type { Range } from '../../../server/src/core/model/types';
import { DAY1_URI, DAY2_URI, buildDoc, day1, day2, r, workspace } from './helpers';

const fmt = (x: Range) => `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}`;
const chain = (s: NotesSelectionRange | undefined): string[] => (s ? [fmt(s.range), ...chain(s.parent)] : []);

test('folding: talks and sections to their last text line, bullet runs', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(foldingRanges(index, DAY1_URI), [
    { startLine: 3, endLine: 10 },
    { startLine: 6, endLine: 10 },
    { startLine: 7, endLine: 9 },
    { startLine: 12, endLine: 18 },
  ]);
  // A one-line talk body still folds; a single bullet does not.
  assert.deepEqual(foldingRanges(index, DAY2_URI), [{ startLine: 1, endLine: 4 }]);
  const single = buildDoc('file:///s.notes', ['T', 'Talk', 'Ann Lee @ X', '- one', 'text', '- two', '- three'].join('\n'), { title: 'T', talks: [{ title: 'Talk', speakers: [{ name: 'Ann Lee', org: 'X' }] }] });
  assert.deepEqual(foldingRanges(workspace([single]), 'file:///s.notes'), [
    { startLine: 1, endLine: 6 },
    { startLine: 5, endLine: 6 },
  ]);
  assert.deepEqual(foldingRanges(index, 'file:///nope'), []);
});

test('selection ranges: word → sentence → block → talk → document', () => {
  const index = workspace([day1()]);
  const [inClaim, blank, name, link] = selectionRanges(index, DAY1_URI, [
    { line: 5, character: 22 },
    { line: 2, character: 0 },
    { line: 14, character: 68 },
    { line: 10, character: 40 },
  ]);
  assert.deepEqual(chain(inClaim), ['5:21-5:28', '5:0-5:49', '5:0-5:112', '3:0-11:0', '0:0-18:21']);
  assert.deepEqual(chain(blank), ['0:0-18:21']);
  assert.deepEqual(chain(name), ['14:66-14:71', '14:66-14:79', '14:0-14:79', '12:0-18:21', '0:0-18:21']);
  assert.deepEqual(chain(link), ['10:36-10:43', '10:34-10:57', '10:30-10:81', '10:0-10:81', '6:0-11:0', '3:0-11:0', '0:0-18:21']);
  assert.deepEqual(selectionRanges(index, 'file:///nope', [{ line: 0, character: 0 }]), []);
});

test('workspace symbols: talks and speakers, subsequence match, best first', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(workspaceSymbols(index, 'dw'), [{ name: 'Dana Whitfield', kind: 'speaker', uri: DAY1_URI, range: r(13, 0, 13, 14), containerName: 'Testing the testers' }]);
  assert.deepEqual(
    workspaceSymbols(index, 'tom').map((s) => s.name),
    ['Tomás Ortega'],
  );
  assert.deepEqual(
    workspaceSymbols(index, 'st').map((s) => [s.name, s.kind]),
    [
      ['Fast storage at scale', 'talk'], // a word starts with the query
      ['Testing the testers', 'talk'], // a substring
      ['Tomás Ortega', 'speaker'], // a scattered subsequence
    ],
  );
  assert.deepEqual(workspaceSymbols(index, 'fast')[0], { name: 'Fast storage at scale', kind: 'talk', uri: DAY1_URI, range: r(3, 0, 3, 21), containerName: 'Conference Day One' });
  assert.equal(workspaceSymbols(index, '').length, 7);
  assert.deepEqual(workspaceSymbols(index, 'zzz'), []);
});

test('document links: URLs, definition URLs, citation markers, resolved [[links]]', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(documentLinks(index, DAY1_URI), [
    { range: r(5, 45, 5, 48), target: 'https://example.org/bench', tooltip: 'https://example.org/bench' },
    { range: r(10, 34, 10, 57), target: 'file:///ws/day1.notes#L13', tooltip: 'Open the talk' },
    { range: r(10, 62, 10, 80), target: 'file:///ws/day1.notes#L14', tooltip: 'Open the speaker line' },
    { range: r(17, 5, 17, 30), target: 'https://example.org/bench' },
  ]);
  assert.deepEqual(documentLinks(index, DAY2_URI), [{ range: r(4, 13, 4, 38), target: 'file:///ws/day1.notes#L4', tooltip: 'Open the talk' }]);
});

test('document links: a citation without URL goes to its definition line; non-web URLs are not links', () => {
  const text = ['T', 'Talk', 'Ann Lee @ X', 'See [a] and http://x.org/p and [b].', '[a]: Some book, 1999', '[b]: command:evil'].join('\n');
  const doc = buildDoc('file:///l.notes', text, { title: 'T', talks: [{ title: 'Talk', speakers: [{ name: 'Ann Lee', org: 'X' }] }] });
  assert.deepEqual(documentLinks(workspace([doc]), 'file:///l.notes'), [
    { range: r(3, 4, 3, 7), target: 'file:///l.notes#L5', tooltip: 'Some book, 1999' },
    { range: r(3, 12, 3, 26), target: 'http://x.org/p' },
    { range: r(3, 31, 3, 34), target: 'file:///l.notes#L6', tooltip: 'command:evil' },
  ]);
});
