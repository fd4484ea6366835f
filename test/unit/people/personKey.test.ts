import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldName, personKey } from '../../../server/src/core/text/names';

// `personKey` skips the Unicode folding for plain ASCII names: it must agree with the definition
// (`foldName`) on every string, near the fast path's edges above all.
const PARTS = ['Ben', 'eggers', ' ', '  ', '\t', '\n', '\u00a0', 'Zoë', 'e\u0301', 'Å', 'İ', 'ß', '~', '!', '\u007f', '\u001f', 'O’Neil', "O'Neil", 'J.', '-', '😀'];

test('personKey equals the full folding on generated strings', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 8 }), (parts) => {
      const s = parts.join('');
      assert.equal(personKey(s), foldName(s));
    }),
    { numRuns: 3000 },
  );
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => assert.equal(personKey(s), foldName(s))), { numRuns: 2000 });
});

test('personKey fast path boundaries', () => {
  for (const s of ['', ' ', 'Ben Eggers', ' Ben', 'Ben ', 'Ben  Eggers', 'Ben\tEggers', 'A~!', 'Ben\u007fX', 'TOMÁS ORTEGA', 'Tomás  Ortega ']) {
    assert.equal(personKey(s), foldName(s), JSON.stringify(s));
  }
  assert.equal(personKey('TOMÁS  Ortega '), 'tomas ortega');
  assert.equal(personKey('Ben Eggers'), 'ben eggers');
});
