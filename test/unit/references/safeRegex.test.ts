// The shipped regex-safety check for user patterns, cross-checked against recheck (a full
// ReDoS checker that is too large to ship): nothing it accepts may be exponential.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSync } from 'recheck';
import fc from 'fast-check';
import { checkUserRegex } from '../../../server/src/core/text/safeRegex';

test('classic catastrophic patterns are rejected with a reason', () => {
  for (const p of ['(a+)+$', '(a*)*b', '(a|aa)+$', '(\\w+\\s?)*$', '(.*a){20}', '(x+x+)+y', '(a|b|ab)*c', '^(a?){25}a{25}$']) {
    const v = checkUserRegex(p);
    assert.equal(v.ok, false, p);
  }
  assert.match((checkUserRegex('(a)\\1') as { reason: string }).reason, /back-references/);
  assert.match((checkUserRegex('(?<=a)b') as { reason: string }).reason, /lookarounds/);
  assert.match((checkUserRegex('([a-z]') as { reason: string }).reason, /not a valid/);
  assert.match((checkUserRegex('a'.repeat(501)) as { reason: string }).reason, /longer than 500/);
});

test('ordinary cue patterns are accepted', () => {
  for (const p of ['\\b\\d+(\\.\\d+)?\\s?(ms|TB|GB)\\b', 'record[- ]breaking', '\\bbenchmark(s|ed)?\\b', 'p\\d{2}', '[Ww]orld[\'’]s first', '(?:order|orders) of magnitude']) {
    assert.deepEqual(checkUserRegex(p), { ok: true }, p);
  }
});

test('no pattern the check accepts is exponential according to recheck', () => {
  const atom = fc.constantFrom('a', 'b', '\\d', '\\w', '\\s', '[ab]', '.', '(?:ab)', '(a|b)');
  const quant = fc.constantFrom('', '*', '+', '?', '{2}', '{1,3}', '{2,}');
  const piece = fc.tuple(atom, quant).map(([a, q]) => a + q);
  const group = fc.array(piece, { minLength: 1, maxLength: 3 }).map((ps) => ps.join(''));
  const pattern = fc.tuple(fc.array(fc.oneof(piece, fc.tuple(group, quant).map(([g, q]) => `(${g})${q}`)), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([ps, anchored]) => ps.join('') + (anchored ? '$' : ''));
  fc.assert(
    fc.property(pattern, (p) => {
      if (!checkUserRegex(p).ok) return true;
      const r = checkSync(p, 'u', { timeout: 5000 });
      return !(r.status === 'vulnerable' && r.complexity.type === 'exponential');
    }),
    { numRuns: 150, seed: 42 },
  );
});
