// `findClaims` passes over most sentences before analysing them (questions, sentences with no
// word a cue or a report can start at). It must find exactly what analysing every sentence finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findClaims, findClaimsExhaustively } from '../../../server/src/core/claims/claims';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { analyse } from './helpers';

// Sentence parts near the edges of the rules: gated words and their neighbours, idioms (masked
// before the rules), asides, sources, names for `he`/`she`, questions, joiners and other scripts.
const WORDS = [
  'a', 'A', 'third', 'half', 'as', 'fast', 'one', 'year', 'ago', 'times', 'the', 'first', 'only', 'database', 'to', 'in', 'that', 'showed', 'explained',
  'pointed', 'out', 'us', 'found', 'said', 'claims', 'according', 'second', 'largest', 'most', 'Most', 'of', 'talk', 'twice', 'faster', 'than', 'nobody',
  'every', 'service', 'all', 'teams', 'no', 'single', 'at least', 'at the latest', 'more or less', 'most likely', 'do your best', 'as always', 'not always',
  'first of all', 'had better', 'for the most part', 'Ada', 'Grace', 'he', 'she', 'we', 'I', 'x-at least', 'trade-offs', "it's", 'world’s', 'Zoë', 'ÉCOLE',
  '40%', '3x', '12', '$5', 'v2', '1970s', '9/10', 'people', 'should', 'lunch', 'slides',
  // Comparatives and what measures them (a `than` or a condition further on, a word before).
  'smaller', 'more', 'better', 'is', 'far', 'when', 'because', 'expected',
  // Plain words, so that many sentences have no trigger at all (and still name a speaker).
  'covered', 'the', 'compiler', 'opened', 'with', 'history', 'Grace covered it', 'Ada opened it', 'She', 'He', 'she said', 'It is 40x faster, she said', 'a at least third', 'as more or less fast as', 'the first at the latest to', 'explained more or less that',
];
const GAPS = [' ', ' ', ' ', ', ', '. ', '? ', '! ', ' (', ') ', ' [1] ', ' (source: https://x.org/a) ', ': ', ' - ', '-', "'", '’', '\n', '\n\n', ' `code` ', ' [[Link]] ', ' 10:30 '];

const notes = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 40 })
  .map((parts) => `Notes\nA talk about storage\nAda Lovelace & Grace Hopper, Engineers @ Example Corp\n${parts.map(([w, g]) => w + g).join('')}\n`);

test('fast path: findClaims finds what analysing every sentence finds', () => {
  let withClaims = 0;
  fc.assert(
    fc.property(notes, fc.boolean(), (text, md) => {
      const doc = analyse(text, md ? 'markdown' : 'plaintext');
      const all = findClaimsExhaustively(doc, new LineIndex(doc.text), DEFAULT_CONFIG);
      assert.deepEqual(doc.claims, all);
      assert.deepEqual(findClaims(doc, new LineIndex(doc.text), DEFAULT_CONFIG), all);
      if (all.length > 0) withClaims++;
    }),
    { numRuns: 1500, seed: 15 },
  );
  assert.ok(withClaims > 300, `${withClaims} documents with a claim`);
});
