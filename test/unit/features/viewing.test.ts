import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSemanticTokens, semanticTokens, semanticTokensAbsolute } from '../../../server/src/core/features/semanticTokens';
import { talksTree } from '../../../server/src/core/features/talksTree';
import { nextTalk, nextUnsupportedClaim, previousTalk, speakerLocation, talkSummary } from '../../../server/src/core/features/navigation';
import { TOO_SHORT } from '../../../server/src/core/features/hover';
import { summarizeTalk } from '../../../server/src/core/summarize/summary';
import { DAY1_URI, DAY2_URI, buildDoc, day1, day2, r, workspace } from './helpers';

test('semantic tokens: names, mentions, cues, citations, links; sorted, not overlapping', () => {
  const index = workspace([day1(), day2()]);
  const tokens = semanticTokensAbsolute(index, DAY1_URI).map((t) => [t.line, t.character, t.length, t.type, t.modifiers.join('+')]);
  assert.deepEqual(tokens, [
    [1, 26, 8, 'class', ''], // Ana Lima speaks in day2
    [4, 0, 10, 'class', 'declaration'],
    [5, 0, 3, 'class', ''],
    [5, 4, 4, 'keyword', ''],
    [5, 29, 15, 'keyword', ''],
    [5, 45, 3, 'macro', ''],
    [5, 50, 11, 'variable', 'readonly'], // Will Wilson never speaks
    [5, 64, 5, 'keyword', ''],
    [5, 79, 16, 'keyword', ''],
    [10, 0, 3, 'class', ''],
    [10, 34, 23, 'string', ''],
    [10, 62, 18, 'string', ''], // the link wins over the mention inside it
    [13, 0, 14, 'class', 'declaration'],
    [13, 19, 12, 'class', 'declaration'],
    [14, 0, 4, 'class', ''],
    [14, 33, 7, 'keyword', ''],
    [14, 55, 4, 'keyword', ''],
    [14, 66, 5, 'class', ''],
    [15, 0, 6, 'keyword', ''],
  ]);
  const enc = semanticTokens(index, DAY2_URI);
  assert.deepEqual(enc.legend, { tokenTypes: ['class', 'variable', 'keyword', 'macro', 'string'], tokenModifiers: ['declaration', 'readonly'] });
  assert.deepEqual(enc.data, [2, 0, 8, 0, 1, 1, 0, 3, 0, 0, 0, 14, 10, 0, 0, 0, 15, 14, 0, 0, 0, 36, 22, 2, 0, 1, 13, 25, 4, 0, 0, 32, 12, 3, 0, 0, 18, 16, 4, 0]);
  assert.deepEqual(
    decodeSemanticTokens(enc.data).map((t) => [t.line, t.character, t.length, t.type, t.modifiers]),
    semanticTokensAbsolute(index, DAY2_URI).map((t) => [t.line, t.character, t.length, t.type, t.modifiers]),
  );
});

test('semantic tokens: a name wrapped over a line break is split per line, indentation skipped', () => {
  const text = ['T', 'Talk', 'Ann Lee @ X', 'We met Ann', '   Lee today.'].join('\n');
  const doc = buildDoc('file:///w.notes', text, { title: 'T', talks: [{ title: 'Talk', speakers: [{ name: 'Ann Lee', org: 'X' }] }] });
  doc.mentions = [{ name: 'Ann Lee', range: r(3, 7, 4, 6), key: 'ann lee', person: 'Ann Lee', firstName: false, talk: 0 }];
  doc.claims = [{ ...(day1().claims[0]), cues: [{ text: 'Ann', kind: 'attributed', range: r(3, 7, 3, 10) }] }];
  assert.deepEqual(
    semanticTokensAbsolute(workspace([doc]), 'file:///w.notes').map((t) => [t.line, t.character, t.length, t.type]),
    [
      [2, 0, 7, 'class'],
      [3, 7, 3, 'class'],
      [4, 3, 3, 'class'],
    ],
  );
});

test('talks tree: files, talks, sections, claims with support, summaries', () => {
  const a = day1();
  const index = workspace([a, day2()]);
  const tree = talksTree(index);
  assert.deepEqual(
    tree.files.map((f) => [f.uri, f.title, f.claims, f.unsupported, f.talks.length]),
    [
      [DAY1_URI, 'Conference Day One', 4, 2, 2],
      [DAY2_URI, 'Conference Day Two', 1, 1, 1],
    ],
  );
  const s = summarizeTalk(a, 0, 3);
  assert.deepEqual(tree.files[0].talks[0], {
    title: 'Fast storage at scale',
    speakers: ['Ben Eggers'],
    range: r(3, 0, 11, 0),
    titleRange: r(3, 0, 3, 21),
    sections: [{ title: 'Part 1: Design', range: r(6, 0, 11, 0) }],
    claims: [
      { text: 'Ben said the cluster handles 100K writes/sec [1].', range: r(5, 0, 5, 49), kinds: ['quantitative', 'attributed'], supported: true },
      { text: "Will Wilson's claim was that half of the time goes to testing.", range: r(5, 50, 5, 112), kinds: ['quantitative', 'attributed'], supported: true },
    ],
    claimCount: 2,
    unsupported: 0,
    summary: s.tooShort ? [] : s.sentences.map((x) => x.text),
  });
  assert.deepEqual(talksTree(index, DAY2_URI).files.map((f) => f.uri), [DAY2_URI]);
  assert.deepEqual(talksTree(index, 'file:///none'), { files: [] });
});

test('talks tree outline: the same files and talks with their counts, without claims and summaries', () => {
  const index = workspace([day1(), day2()]);
  const full = talksTree(index);
  const outline = talksTree(index, undefined, true);
  assert.deepEqual(
    outline,
    { files: full.files.map((f) => ({ ...f, talks: f.talks.map((t) => ({ ...t, claims: [], summary: [] })) })) },
  );
  assert.deepEqual(outline.files[0].talks.map((t) => [t.claimCount, t.unsupported]), [[2, 0], [2, 2]]);
  // Asking for the outline first does not change the full answer that follows.
  assert.deepEqual(talksTree(index), full);
});

test('navigation: speaker of the talk around, next/previous talk, next unsupported claim, summary', () => {
  const a = day1();
  const index = workspace([a, day2()]);
  assert.deepEqual(speakerLocation(index, DAY1_URI, { line: 9, character: 3 }), { uri: DAY1_URI, range: r(4, 0, 4, 10) });
  assert.deepEqual(speakerLocation(index, DAY1_URI, { line: 15, character: 0 }), { uri: DAY1_URI, range: r(13, 0, 13, 14) });
  assert.equal(speakerLocation(index, DAY1_URI, { line: 1, character: 0 }), null, 'the preamble has no speaker');
  assert.deepEqual(nextTalk(index, DAY1_URI, { line: 0, character: 0 }), r(3, 0, 3, 21));
  assert.deepEqual(nextTalk(index, DAY1_URI, { line: 3, character: 0 }), r(12, 0, 12, 19));
  assert.equal(nextTalk(index, DAY1_URI, { line: 12, character: 5 }), null);
  assert.deepEqual(previousTalk(index, DAY1_URI, { line: 14, character: 0 }), r(12, 0, 12, 19));
  assert.deepEqual(previousTalk(index, DAY1_URI, { line: 12, character: 4 }), r(3, 0, 3, 21));
  assert.equal(previousTalk(index, DAY1_URI, { line: 3, character: 4 }), null);
  assert.deepEqual(nextUnsupportedClaim(index, DAY1_URI, { line: 0, character: 0 }), r(14, 0, 14, 65));
  assert.deepEqual(nextUnsupportedClaim(index, DAY1_URI, { line: 14, character: 0 }), r(15, 0, 15, 38));
  assert.deepEqual(nextUnsupportedClaim(index, DAY1_URI, { line: 15, character: 1 }), r(14, 0, 14, 65), 'wraps around');
  const s = summarizeTalk(a, 1, 3);
  assert.deepEqual(talkSummary(index, DAY1_URI, { line: 14, character: 0 }), { title: 'Testing the testers', text: s.tooShort ? TOO_SHORT : s.sentences.map((x) => x.text).join(' ') });
  assert.equal(talkSummary(index, DAY1_URI, { line: 0, character: 0 }), null);
});
