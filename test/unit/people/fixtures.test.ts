/**
 * The public expectations (test/expected/*.json "mentions" and "notPeople") checked against
 * findMentions on the example notes. The structure comes from the expectations' talks, built by
 * hand, so this runs whatever state the format parsers are in; `analyze.test.ts` runs the same
 * through analyzeDocument.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMentions } from '../../../server/src/core/people/mentions';
import { buildDoc, type TalkSpec } from './docBuilder';
import { checkExpectations, type Expected } from './expectations';

const root = join(__dirname, '..', '..');

function load(file: string): { text: string; expected: Expected } {
  const text = readFileSync(join(root, 'fixtures', file), 'utf8').replace(/^\uFEFF/, '');
  const expected = JSON.parse(readFileSync(join(root, 'expected', file.replace(/\.notes(\.md)?$/, '.json')), 'utf8')) as Expected;
  return { text, expected };
}

function talksOf(expected: Expected): TalkSpec[] {
  return expected.talks.map((t) => ({
    title: t.line - 1,
    speakers: t.speakers.map((s) => ({ line: s.line - 1, name: s.name, org: s.org })),
  }));
}

function sectionLines(expected: Expected): number[] {
  return expected.talks.flatMap((t) => (t.sections ?? []).map((s) => s.line - 1));
}

for (const file of ['bugbash26-afternoon-day1.notes', 'unicode-crlf.notes']) {
  test(`mentions of ${file} (hand-built structure)`, () => {
    const { text, expected } = load(file);
    const { doc, lines } = buildDoc(text, { talks: talksOf(expected), skipLines: [0, ...sectionLines(expected)] });
    checkExpectations(findMentions(doc, lines), expected);
  });
}

test('mentions of the Markdown example (hand-built structure)', () => {
  const { text, expected } = load('bugbash26-morning-day1.notes.md');
  const skip: number[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (i < 4 || l.startsWith('#') || /^\[[^\]]+\]:/.test(l)) skip.push(i);
  });
  const { doc, lines } = buildDoc(text, { talks: talksOf(expected), skipLines: skip, paragraphs: true });
  const mentions = findMentions(doc, lines);
  checkExpectations(mentions, expected);
  const ben = mentions.find((m) => m.name === 'Ben Eggers');
  assert.equal(ben?.key, 'ben eggers');
  assert.equal(ben?.firstName, false);
});

test('every mention in the afternoon example, exactly', () => {
  const { text, expected } = load('bugbash26-afternoon-day1.notes');
  const { doc, lines } = buildDoc(text, { talks: talksOf(expected), skipLines: [0, ...sectionLines(expected)] });
  const got = findMentions(doc, lines).map((m) => `${m.range.start.line + 1}:${m.range.start.character + 1} ${m.name} -> ${m.person}`);
  assert.deepEqual(got, [
    '2:156 Peter Alvaro -> Peter Alvaro',
    '9:69 Ben -> Ben Eggers',
    '9:290 Ben -> Ben Eggers',
    '11:1 Ben -> Ben Eggers',
    '11:22 Will Wilson -> Will Wilson',
    '11:123 Ben -> Ben Eggers',
    '20:178 Gary Marcus -> Gary Marcus',
    '22:121 Ben -> Ben Eggers',
    '28:5 Ben -> Ben Eggers',
    '34:1 Chaitanya -> Chaitanya Bhandari',
    '37:83 Matt -> Matt Barrett',
    '38:284 Matt -> Matt Barrett',
  ]);
});
