// The gate passes over sentences before they are tokenized; it must never pass over one on which
// the cue or report rules find something. These tests check it against the rules themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IDIOM_FIRST_WORDS, IDIOM_SECOND_WORDS, MAY_HOLD_CUE, mayHoldCue, NO_CUE } from '../../../server/src/core/claims/cueGate';
import { AGO_UNITS, AS_ADJECTIVES, COMPARATIVES, comparesOnItsOwn, CONDITION_WITHIN, CONDITIONS, CUE_WORDS, FRACTIONS, INTENSIFIERS, ORDINAL_WORDS, PREDICATE_VERBS, SUPERLATIVES, THAN_WITHIN } from '../../../server/src/core/claims/cues';
import { findCues, MASK_PHRASES, maskIdioms } from '../../../server/src/core/claims/cues';
import { findReports, REPORT_WORDS, THAT_VERBS } from '../../../server/src/core/claims/reports';
import { tokenize } from '../../../server/src/core/claims/tokens';

const found = (s: string): number => {
  const toks = tokenize(s);
  return findCues(toks, s).length + findReports(toks, s).length;
};

// Every word the rules or the gate look at, and words they do not. Words that are a trigger
// whatever their neighbours are rare in the sentences: with one, the gate passes nothing over.
const GATED = ['a', 'as', 'one', 'half', 'twice', 'thrice', 'first', 'only', ...ORDINAL_WORDS, ...THAT_VERBS, ...[...COMPARATIVES].filter((w) => !comparesOnItsOwn(w))];
const NEIGHBOURS = [
  ...new Set([
    ...FRACTIONS, ...AGO_UNITS, ...AS_ADJECTIVES, ...COMPARATIVES, ...SUPERLATIVES, 'most', "world's", 'the', 'that', 'to', 'which', 'who', 'in', 'of',
    'times', 'out', 'us', 'me', 'he', 'she', 'they', 'it', 'is', 'was', 'ago', 'than', 'year', 'place', 'talk', 'teams', 'people', 'bugs',
    'magnitude', 'digit', 'digits', 'time', 'company', 'database', 'Ben', 'Ada', 'Zoë', 'ms', 'would', 'not', 'yes', 'how', 'them', 'everyone',
    ...INTENSIFIERS, ...PREDICATE_VERBS, ...CONDITIONS, 'expected', 'they', 'think',
  ]),
];
const TRIGGERS = [...new Set([...CUE_WORDS, ...REPORT_WORDS])];
const VOCABULARY = [...new Set([...GATED, ...NEIGHBOURS, ...TRIGGERS])];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...GATED) },
  { weight: 6, arbitrary: fc.constantFrom(...NEIGHBOURS) },
  { weight: 1, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 2, arbitrary: fc.constantFrom('x', 'foo', 'bar', 'trade-offs', "it's", 'don’t', 'café', 'İstanbul', '\u212aelvin', 'straße', '中文', '😀', 'a_b') },
  { weight: 1, arbitrary: fc.constantFrom('12', '3.5x', '40%', '$5', '~3', '≈40×', '#1', '1970s', '2019', '9/10', '10-20%', '5ms', 'p99', 'v2', '3rd') },
);
// Capitals, curly apostrophes and the Kelvin sign, which lower-casing folds.
const shaped = fc.tuple(word, fc.constantFrom('lower', 'Capital', 'UPPER', 'curly', 'kelvin')).map(([w, how]) => {
  if (how === 'Capital') return w.charAt(0).toUpperCase() + w.slice(1);
  if (how === 'UPPER') return w.toUpperCase();
  if (how === 'curly') return w.replace(/'/g, '’');
  if (how === 'kelvin') return w.replace(/k/g, '\u212a');
  return w;
});
const gap = fc.constantFrom(' ', ' ', ' ', ', ', ' - ', '-', "'", '’', '.', '/', ' (', ') ', '; ', ': ', '  ', '\t', '%', '×', '_', ' "', '*');
const sentence = fc.array(fc.tuple(shaped, gap), { minLength: 1, maxLength: 10 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

test('gate: a sentence passed over holds no cue and no report', () => {
  let passedOver = 0;
  let withCue = 0;
  fc.assert(
    fc.property(sentence, (s) => {
      if (mayHoldCue(s, 0, s.length) === MAY_HOLD_CUE) {
        if (found(s) > 0) withCue++;
        return;
      }
      passedOver++;
      assert.equal(found(s), 0, s);
    }),
    { numRuns: 20000, seed: 11 },
  );
  // The generator must give both kinds, or the property says nothing.
  assert.ok(passedOver > 2000 && withCue > 2000, `${passedOver} passed over, ${withCue} with a cue`);
});

test('gate: the rules of frequent words, one neighbour at a time', () => {
  // Each gated word next to every word of the vocabulary, on both sides and two apart.
  for (const g of GATED) {
    for (const w of VOCABULARY) {
      const around = [`${g} ${w}`, `${w} ${g}`, `${g} ${w} as`, `${w} ${g} ${w} that`, `Ben ${g} ${w}`, `Ben ${g} ${w} that`, `Ben ${g} out ${w} that`];
      const after = [`the ${g} ${w} to`, `the ${g} x ${w}`, `the ${g} x y ${w}`, `the ${g} x y z ${w}`, `world's ${g} x y z ${w}`, `the ${g} x y z q ${w}`];
      for (const s of [...around, ...after]) {
        if (mayHoldCue(s, 0, s.length) !== MAY_HOLD_CUE) assert.equal(found(s), 0, s);
      }
    }
  }
});

test('gate: passes over plain sentences and keeps the ones with a trigger', () => {
  const gate = (s: string) => mayHoldCue(s, 0, s.length) === MAY_HOLD_CUE;
  assert.deepEqual(
    ['The speaker walked through the planner.', 'They started with a small prototype.', 'in the first place.', 'He explained why it broke.', 'The second half covered it.'].map(gate),
    [false, false, false, false, false],
  );
  assert.deepEqual(
    ['It handles 5 requests.', 'A third of them.', 'It is the first database to ship it.', 'He explained that it broke.', 'As fast as ever.', 'The world’s fastest.', 'No (aside) one.'].map(gate),
    [true, true, true, true, true, true, true],
  );
});

test('gate: a comparative is passed over only without a than, a condition or a word before that measures it', () => {
  const gate = (s: string) => mayHoldCue(s, 0, s.length) === MAY_HOLD_CUE;
  const filler = (k: number) => Array.from({ length: k }, () => 'x').join(' ');
  for (const c of ['faster', 'better', 'more', 'smaller']) {
    for (let k = 0; k <= THAN_WITHIN + 2; k++) {
      const s = `It is ok ${c} ${filler(k)} than before`;
      // `than` at k + 1 tokens on: within reach up to THAN_WITHIN, and the gate may say more, never less.
      if (found(s) > 0) assert.ok(gate(s), s);
      assert.equal(gate(s), k + 1 <= THAN_WITHIN, s);
    }
    for (let k = 0; k <= CONDITION_WITHIN + 1; k++) {
      const s = `It runs ok ${c} ${filler(k)} when cached`;
      if (found(s) > 0) assert.ok(gate(s), s);
      assert.equal(gate(s), k + 1 <= CONDITION_WITHIN, s);
    }
    assert.equal(gate(`A ${c} team shipped it`), false);
    for (const before of ['far', 'times', 'is', 'got', '3x']) assert.equal(gate(`It ${before} ${c} now`), true, `${before} ${c}`);
  }
  assert.equal(gate('It outperformed the old one'), true);
});

test('gate: only the span is read', () => {
  const text = 'Fastest. Plain words here. 40%';
  assert.equal(mayHoldCue(text, 9, 26), NO_CUE);
  assert.equal(mayHoldCue(text, 0, 8), MAY_HOLD_CUE);
  assert.equal(mayHoldCue(text, 27, text.length), MAY_HOLD_CUE);
});

// Idioms are masked only in the sentences the claims stage analyses, so the gate, which reads
// a sentence unmasked, must say so whenever masking would change it.
const IDIOM_PARTS = [...new Set([...IDIOM_FIRST_WORDS, ...IDIOM_SECOND_WORDS, 'least', 'likely', 'all', 'part', 'ever', 'less', 'later', 'not', 'practices'])];
const PHRASES = ['at least', 'at the latest', 'most likely', 'most of all', 'for the most part', 'first of all', 'best practices', 'do your best', 'make the most of', 'last but not least', 'more than ever', 'more or less', 'any more', 'more and more', 'less and less', 'sooner or later', 'better yet', 'had better', 'never mind', 'as always', 'not always'];

test('gate: a sentence that masking changes is never passed over as it stands', () => {
  const w = fc.oneof(fc.constantFrom(...IDIOM_PARTS, 'x', 'a', 'third', 'Zoë', 'é', '\u212a'), fc.constantFrom(...PHRASES));
  const shapedWord = fc.tuple(w, fc.constantFrom('lower', 'Capital', 'UPPER')).map(([x, how]) => (how === 'Capital' ? x.charAt(0).toUpperCase() + x.slice(1) : how === 'UPPER' ? x.toUpperCase() : x));
  const g = fc.constantFrom(' ', ' ', ' ', '  ', '-', "'", '’', '.', ',', '_', 'é', '/', '%', ' (', ')');
  let changed = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(shapedWord, g), { minLength: 1, maxLength: 10 }), (parts) => {
      const s = parts.map(([a, b]) => a + b).join('');
      if (maskIdioms(s) === s) return;
      changed++;
      assert.notEqual(mayHoldCue(s, 0, s.length), NO_CUE, s);
    }),
    { numRuns: 20000, seed: 16 },
  );
  assert.ok(changed > 1000, `${changed} sentences with an idiom`);
});

test('gate: the idiom words are the first and second words of every masked phrase', () => {
  // Each phrase matches a text of idiom words only where its first two words are listed.
  const phraseWords = ['at', 'the', 'least', 'most', 'best', 'worst', 'latest', 'earliest', 'first', 'last', 'likely', 'of', 'all', 'for', 'part', 'practice', 'practices', 'do', 'try', 'did', 'tried', 'your', 'his', 'her', 'their', 'our', 'my', 'make', 'but', 'not', 'more', 'than', 'ever', 'or', 'less', 'and', 'no', 'any', 'once', 'sooner', 'later', 'better', 'yet', 'had', 'never', 'mind', 'as', 'always'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...phraseWords), { minLength: 2, maxLength: 6 }), (ws) => {
      const text = ws.join(' ');
      for (const re of MASK_PHRASES) {
        re.lastIndex = 0;
        const m = re.exec(text);
        re.lastIndex = 0;
        if (!m) continue;
        const [first, second] = m[0].toLowerCase().split(' ');
        assert.ok(IDIOM_FIRST_WORDS.includes(first) && IDIOM_SECOND_WORDS.includes(second), m[0]);
      }
    }),
    { numRuns: 20000, seed: 17 },
  );
});
