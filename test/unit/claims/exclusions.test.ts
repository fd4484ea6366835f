import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isQuestion, isQuestionAt } from '../../../server/src/core/claims/exclusions';
import { trimEndChars } from '../../../server/src/core/text/trim';

test('questions: a `?` at the end, after closing quotes, brackets, emphasis, spaces or `!`', () => {
  // The definition the scanner implements, on the cut-out stretch.
  const reference = (s: string): boolean => trimEndChars(s, '"\'”’)]*_ \t\n!').endsWith('?');
  const ch = fc.constantFrom('a', '?', '!', '"', "'", '”', '’', ')', ']', '*', '_', ' ', '\t', '\n', '.', '\r', '\u00a0', '😀');
  fc.assert(
    fc.property(fc.array(ch, { maxLength: 12 }), fc.nat(), fc.nat(), (chars, x, y) => {
      const text = chars.join('');
      const from = x % (text.length + 1);
      const to = from + (y % (text.length - from + 1));
      assert.equal(isQuestionAt(text, from, to), reference(text.slice(from, to)));
      assert.equal(isQuestion(text.slice(from, to)), reference(text.slice(from, to)));
    }),
    { numRuns: 5000, seed: 14 },
  );
});
