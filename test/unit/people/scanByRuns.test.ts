import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findMentions, findMentionsByRuns } from '../../../server/src/core/people/mentions';
import { documentFromStructure } from '../../../server/src/core/analyze';
import { parsePlainText } from '../../../server/src/core/parse/plainText';
import { scanInlineReferences } from '../../../server/src/core/references/inline';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { buildDoc } from './docBuilder';

// Names of one to three words, with particles and initials, honorifics, words that are also
// first names (`Will`, `May`), function words that split runs, and every kind of gap between words.
const FRAGMENTS = [
  'Ben', 'Eggers', 'Ben Eggers', "Ben's", 'BEN', 'Will', 'Wilson', 'Will Wilson', 'Ana', 'de', 'la', 'Cruz', 'Ana de la Cruz',
  'J.', 'R.', 'Tolkien', 'J. R. Tolkien', 'Dr.', 'Dr', 'Prof.', 'dr.', 'Ms', 'May', 'Grace', 'Hopper', 'Celebration', 'The', 'So',
  'According', 'to', 'and', 'said', 'coined', 'who', 'talk', 'OpenAI', 'Jane', 'Street', 'LLM', 'Zoë', 'Łukasz', '张伟', 'Иван',
  'Kowalczyk', 'Okonkwo', '\nDr. Kowalczyk Okonkwo\n', 'Then Dr. Kowalczyk', 'Ben dr. Kowalczyk', 'Ben    Eggers', 'Will\u00a0\u00a0 \tWilson', 'Ana de la  Cruz',
  ' ', ' ', ' ', '  ', '    ', '\u00a0', '\t', ',', ', ', '.', '. ', '.  ', '!', '?', ':', '(', ')', '—', '-', "'", '’s', '`', '\n',
];
const SPEAKERS = [
  { line: 2, name: 'Ben Eggers', org: 'OpenAI' },
  { line: 3, name: 'Will Wilson' },
  { line: 4, name: 'Ana de la Cruz' },
  { line: 5, name: 'J. R. Tolkien' },
];

const body = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));

test('the scan from name to name finds what reading every run whole finds', () => {
  fc.assert(
    fc.property(body, body, fc.boolean(), (a, b, paragraphs) => {
      const text = `Notes\nTalk\n${SPEAKERS.map((s) => s.name).join('\n')}\n${a}\nSecond talk\nMay Hopper\n${b}`;
      const second = 6 + a.split('\n').length;
      const { doc, lines } = buildDoc(text, {
        talks: [
          { title: 1, speakers: SPEAKERS },
          { title: second, speakers: [{ line: second + 1, name: 'May Hopper' }] },
        ],
        skipLines: [0],
        paragraphs,
      });
      assert.deepEqual(findMentions(doc, lines), findMentionsByRuns(doc, lines));
    }),
    { numRuns: 1500 },
  );
});

test('the two scans agree on notes as the plain-text parser reads them', () => {
  fc.assert(
    fc.property(body, (a) => {
      const text = `Notes\n\nTalk one\nBen Eggers, Staff Engineer @ OpenAI\n${a}\n\nTalk two\nWill Wilson\n${a}`;
      const lines = new LineIndex(text);
      const doc = documentFromStructure(parsePlainText(text, lines), { uri: 'file:///n.txt', format: 'plaintext', text });
      Object.assign(doc, scanInlineReferences(doc, lines));
      assert.deepEqual(findMentions(doc, lines), findMentionsByRuns(doc, lines));
    }),
    { numRuns: 500 },
  );
});

test('a name spread over a run reaching past the longest speaker name is still found whole', () => {
  // The scan measures a run only as far as it looks; the longest name here has four words.
  const text = 'Notes\nTalk\nAna de la Cruz\nYesterday Ana de la Cruz and Ana said so, then Ana de la.';
  const { doc, lines } = buildDoc(text, { talks: [{ title: 1, speakers: [{ line: 2, name: 'Ana de la Cruz' }] }], skipLines: [0] });
  const found = findMentions(doc, lines).map((m) => [m.name, m.firstName]);
  assert.deepEqual(found, findMentionsByRuns(doc, lines).map((m) => [m.name, m.firstName]));
  assert.deepEqual(found, [
    ['Ana de la Cruz', false],
    ['Ana', true],
    ['Ana', true],
  ]);
});
