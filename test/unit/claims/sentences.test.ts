import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceBounds, splitSentences } from '../../../server/src/core/claims/sentences';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('abbreviations, initials and decimals do not end a sentence', () => {
  assert.deepEqual(split('Use a tool, e.g. bpftool, i.e. the usual one. It beats X vs. Y by 3.5x in v1.2 at example.org. Dr. J. Smith works in the U.S. now.'), [
    'Use a tool, e.g. bpftool, i.e. the usual one.',
    'It beats X vs. Y by 3.5x in v1.2 at example.org.',
    'Dr. J. Smith works in the U.S. now.',
  ]);
});

test('ellipses, ?!, ?? and quotes', () => {
  assert.deepEqual(split('This is... exactly like interns. Really?? Yes?! Wait... Then it broke. He said "it is fast." And left.'), [
    'This is... exactly like interns.',
    'Really??',
    'Yes?!',
    'Wait...',
    'Then it broke.',
    'He said "it is fast."',
    'And left.',
  ]);
});

test('a parenthesised aside stays with its sentence; a parenthesis opening a sentence is its own', () => {
  assert.deepEqual(split('Antithesis (tested two months ago. Really.) said it works. (Some people disagreed. Others agreed.) Fine.'), [
    'Antithesis (tested two months ago. Really.) said it works.',
    '(Some people disagreed.',
    'Others agreed.)',
    'Fine.',
  ]);
});

test('citation markers after the full stop stay with the sentence; dashes do not split', () => {
  assert.deepEqual(split('It was built 8 years ago. [1] Everyone--except Gary-- agreed.[^a] Done'), ['It was built 8 years ago. [1]', 'Everyone--except Gary-- agreed.[^a]', 'Done']);
});

test('lower-case notes still split after a number or a word', () => {
  assert.deepEqual(split('it landed in 1.39 back in 2019. async fn shipped in 1.75. he said so'), ['it landed in 1.39 back in 2019.', 'async fn shipped in 1.75.', 'he said so']);
});

test('spans are trimmed and empty input gives nothing', () => {
  assert.deepEqual(splitSentences('   '), []);
  assert.deepEqual(splitSentences('  One.  Two.  '), [{ start: 2, end: 6 }, { start: 8, end: 12 }]);
  assert.deepEqual(split('(((( unbalanced. Still one'), ['(((( unbalanced. Still one']);
});

test('a citation marker closes within 40 characters of its `[`', () => {
  const marker = (inner: number) => `Done.[^${'a'.repeat(inner)}] Next one.`;
  // `[^` + 38 characters + `]`: a footnote marker, kept with the sentence before it.
  assert.deepEqual(split(marker(38)), [`Done.[^${'a'.repeat(38)}]`, 'Next one.']);
  // One more character and it is no marker: `Done.` followed by text is no boundary.
  assert.deepEqual(split(marker(39)), [marker(39)]);
  // A `]` further on does not make the `[` a marker either.
  assert.deepEqual(split(`It ended.[^x${'b'.repeat(50)}] Then more.`), [`It ended.[^x${'b'.repeat(50)}] Then more.`]);
});

test('sentenceBounds writes start/end pairs over the array it is given and counts them', () => {
  const into = [99, 98, 97, 96, 95, 94];
  assert.equal(sentenceBounds('  One.  Two.  ', into), 4);
  assert.deepEqual(into.slice(0, 4), [2, 6, 8, 12]);
  assert.equal(sentenceBounds('   ', into), 0);
  assert.equal(sentenceBounds('A b. C d! E', into), 6);
  assert.deepEqual(into.slice(0, 6), [0, 4, 5, 9, 10, 11]);
});

test('abbreviations: capitalised ones only as written, the others in any case, soft ones before a capital', () => {
  // `No.` is an abbreviation, `NO.` is a word; `Etc.` ends a sentence before a capital, `etc.`
  // does not before a lower-case word; the Kelvin sign lowers to `k`, an initial.
  const t = 'See No. 5 today. NO. Then it ended. Etc. Then more, etc. then less. \u212a. Smith left. Ran approx. 5 km. Lengthy. Next one.';
  assert.deepEqual(split(t), ['See No. 5 today.', 'NO.', 'Then it ended.', 'Etc.', 'Then more, etc. then less.', '\u212a. Smith left.', 'Ran approx. 5 km.', 'Lengthy.', 'Next one.']);
});
