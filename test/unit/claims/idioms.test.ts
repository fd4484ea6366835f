import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSync } from 'recheck';
import fc from 'fast-check';
import { ANY_MASK_PHRASE, ANY_MASK_PHRASE_FAST, MASK_PHRASES, maskIdioms } from '../../../server/src/core/claims/cues';

test('idioms are blanked in place, other text untouched', () => {
  assert.equal(maskIdioms('It was, at least, MOST LIKELY the fastest.'), 'It was,         ,             the fastest.');
  assert.equal(maskIdioms('No idioms here: 3x faster.'), 'No idioms here: 3x faster.');
});

test('overlapping idioms mask phrase by phrase, in list order, not leftmost first', () => {
  // `more or less` comes before `more and more` in the list, so it wins the shared `more`.
  assert.equal(maskIdioms('more and more or less'), 'more and ' + ' '.repeat(12));
});

test('the combined idiom check is safe from catastrophic backtracking', () => {
  assert.equal(checkSync(ANY_MASK_PHRASE.source, ANY_MASK_PHRASE.flags, { timeout: 10_000 }).status, 'safe');
});

/**
 * Every text a phrase pattern of MASK_PHRASES matches, expanded from its source. The phrases
 * use only literal characters, `\b`, `?` after a character or group, and `(?:a|b)` groups;
 * anything else fails the test, so a phrase written otherwise is noticed here.
 */
function expand(source: string): string[] {
  let i = 0;
  const seq = (): string[] => {
    let outs = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let alts: string[];
      if (source.startsWith('\\b', i)) {
        i += 2;
        continue;
      } else if (source.startsWith('(?:', i)) {
        i += 3;
        alts = [];
        for (;;) {
          alts.push(...seq());
          if (source[i] === '|') i++;
          else break;
        }
        assert.equal(source[i], ')', `unsupported pattern ${source}`);
        i++;
      } else {
        assert.match(source[i], /[a-z ]/, `unsupported pattern ${source}`);
        alts = [source[i++]];
      }
      if (source[i] === '?') {
        i++;
        alts = [...alts, ''];
      }
      outs = outs.flatMap((o) => alts.map((a) => o + a));
    }
    return outs;
  };
  const out = seq();
  assert.equal(i, source.length, `unsupported pattern ${source}`);
  return out;
}

const PHRASES = MASK_PHRASES.flatMap((re) => expand(re.source));

test('the phrase expansion used below is exact (so the checks below can fail)', () => {
  assert.deepEqual(expand(String.raw`\bat (?:the )?(?:least|most)\b`), ['at the least', 'at the most', 'at least', 'at most']);
  assert.deepEqual(expand(String.raw`\bbest practices?\b`), ['best practices', 'best practice']);
  assert.ok(PHRASES.length > 40);
});

test('the fast idiom check finds every phrase, in any case, with word boundaries only', () => {
  for (const p of PHRASES) {
    for (const s of [p, p.toUpperCase(), `(${p}).`, `x ${p[0].toUpperCase()}${p.slice(1)}, y`]) {
      assert.equal(ANY_MASK_PHRASE_FAST.test(s), true, s);
      assert.equal(ANY_MASK_PHRASE.test(s), true, s);
    }
    for (const s of [`x${p}`, `${p}_`, `${p}9`, p.replace(' ', '  '), p.replace(' ', '-')]) {
      assert.equal(ANY_MASK_PHRASE_FAST.test(s), ANY_MASK_PHRASE.test(s), s);
      assert.equal(ANY_MASK_PHRASE_FAST.test(s), false, s);
    }
  }
});

test('the fast idiom check agrees with the phrase list on generated text', () => {
  const words = [...new Set(PHRASES.flatMap((p) => p.split(' ')))];
  const atom = fc.oneof(
    fc.constantFrom(...PHRASES),
    fc.constantFrom(...words),
    fc.constantFrom(' ', ' ', ' ', '  ', ',', '.', '-', '_', 'é', 'ſ', 'K', '\n', '7', 'x', 'ing', 's'),
  );
  const upper = (s: string, flips: number) => [...s].map((c, k) => ((flips >> k % 31) & 1 ? c.toUpperCase() : c)).join('');
  fc.assert(
    fc.property(fc.array(atom, { maxLength: 12 }), fc.nat(), (atoms, flips) => {
      const text = upper(atoms.join(''), flips);
      assert.equal(ANY_MASK_PHRASE_FAST.test(text), ANY_MASK_PHRASE.test(text), JSON.stringify(text));
    }),
    { numRuns: 20_000, seed: 81 },
  );
});

test('the fast idiom check is safe from catastrophic backtracking', () => {
  assert.equal(checkSync(ANY_MASK_PHRASE_FAST.source, ANY_MASK_PHRASE_FAST.flags, { timeout: 10_000 }).status, 'safe');
});
