import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCapitalised, startsNumber, TokenPool, tokenize, tokenizeSpan, WordFlags } from '../../../server/src/core/claims/tokens';

// The grammar the hand-written scanner implements, matched the way a global regex matches.
const SPEC = /[~≈$€£#]?[\p{L}\p{N}]+(?:['’.,/×-][\p{L}\p{N}]+)*[%×]?/gu;

function specTokens(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(SPEC)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const shape = (text: string) => tokenize(text).map((t) => ({ text: t.text, start: t.start, end: t.end }));

test('tokens: prefixes, joiners, suffixes and offsets', () => {
  assert.deepEqual(
    tokenize("~3.5x faster, $5/month, it's 10-20% of #1 ≈40×; x.").map((t) => [t.text, t.lower, t.start, t.end]),
    [
      ['~3.5x', '~3.5x', 0, 5],
      ['faster', 'faster', 6, 12],
      ['$5/month', '$5/month', 14, 22],
      ["it's", "it's", 24, 28],
      ['10-20%', '10-20%', 29, 35],
      ['of', 'of', 36, 38],
      ['#1', '#1', 39, 41],
      ['≈40×', '≈40×', 42, 46],
      ['x', 'x', 48, 49],
    ],
  );
});

test('tokens: lower-case form folds case and curly apostrophes only', () => {
  assert.deepEqual(tokenize('Zoë’s ÉCOLE İstanbul don’t').map((t) => t.lower), ["zoë's", 'école', 'i̇stanbul', "don't"]);
});

test('tokens: letters outside the BMP, marks and lone surrogates', () => {
  // `𝐀` is one letter in two code units; a combining mark ends a token; a lone surrogate is skipped.
  assert.deepEqual(shape('𝐀bc e\u0301t \ud835x 😀y'), [
    { text: '𝐀bc', start: 0, end: 4 },
    { text: 'e', start: 5, end: 6 },
    { text: 't', start: 7, end: 8 },
    { text: 'x', start: 10, end: 11 },
    { text: 'y', start: 14, end: 15 },
  ]);
});

test('tokens: the scanner agrees with the regular grammar on any mix of the characters it treats specially', () => {
  const ch = fc.constantFrom('a', 'Z', '7', '~', '≈', '$', '€', '£', '#', "'", '’', '.', ',', '/', '×', '-', '%', ' ', 'é', 'İ', '²', '\u0301', '😀', '𝐀', '\ud835', '\udc00', '_', '中', '٣');
  fc.assert(
    fc.property(fc.array(ch, { maxLength: 24 }), (chars) => {
      const text = chars.join('');
      assert.deepEqual(shape(text), specTokens(text));
    }),
    { numRuns: 3000, seed: 8 },
  );
});

test('isCapitalised: any script, judged on the first code point', () => {
  const cap = (s: string) => isCapitalised({ text: s, lower: s.toLowerCase(), start: 0, end: s.length });
  assert.deepEqual(['Ada', 'ada', 'Émile', 'ǅemal', '𝐀x', '9', '😀'].map(cap), [true, false, true, false, true, false, false]);
  assert.equal(isCapitalised(undefined), false);
});

test('tokenizeSpan reads a stretch of a text exactly as tokenize reads that stretch cut out', () => {
  const ch = fc.constantFrom('a', 'Z', '7', '$', "'", '.', '×', '%', ' ', 'é', '😀', '𝐀', '\ud835', '\udc00', '-');
  fc.assert(
    fc.property(fc.array(ch, { maxLength: 20 }), fc.nat(), fc.nat(), (chars, x, y) => {
      const text = chars.join('');
      const from = x % (text.length + 1);
      const to = from + (y % (text.length - from + 1));
      assert.deepEqual(tokenizeSpan(text, from, to), tokenize(text.slice(from, to)));
    }),
    { numRuns: 3000, seed: 9 },
  );
  // A surrogate pair cut by the end of the stretch is no letter.
  assert.deepEqual(shape('ab𝐀'.slice(0, 3)), [{ text: 'ab', start: 0, end: 2 }]);
  assert.deepEqual(tokenizeSpan('xab𝐀', 1, 4).map((t) => [t.text, t.start, t.end]), [['ab', 0, 2]]);
});

const plain = (toks: readonly { text: string; lower: string; start: number; end: number }[]) => toks.map((t) => ({ text: t.text, lower: t.lower, start: t.start, end: t.end }));

test('the token pool gives exactly the tokens of tokenizeSpan, sentence after sentence on one pool', () => {
  const ch = fc.constantFrom('a', 'q', 'Z', 'B', '7', '0', '~', '≈', '$', '€', '#', "'", '’', '.', ',', '/', '×', '-', '%', ' ', ' ', ':', ';', '_', '(', 'é', 'É', 'İ', '²', '\u0301', '😀', '𝐀', '\ud835', '\udc00', '中');
  const pool = new TokenPool();
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.array(ch, { maxLength: 30 }), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }), (sentences) => {
      for (const [chars, x, y] of sentences) {
        const text = chars.join('');
        const from = x % (text.length + 1);
        const to = from + (y % (text.length - from + 1));
        assert.deepEqual(plain(pool.tokenize(text, from, to)), plain(tokenizeSpan(text, from, to)));
      }
    }),
    { numRuns: 5000, seed: 10 },
  );
});

test('the token pool reuses its array: a shorter sentence leaves no tokens of the longer one before it', () => {
  const pool = new TokenPool();
  const first = pool.tokenize('One two three four, Five.', 0, 25);
  assert.equal(first.length, 5);
  const second = pool.tokenize('xx Ab cd', 3, 8);
  assert.equal(second, first);
  assert.deepEqual(plain(second), [
    { text: 'Ab', lower: 'ab', start: 0, end: 2 },
    { text: 'cd', lower: 'cd', start: 3, end: 5 },
  ]);
});

test('the token pool reuses the (lower-case) string of a word met before only when it is the same word', () => {
  // Tens of thousands of different short words fill every slot of the word cache many times
  // over, so words that share a slot (and words of the same length there) meet.
  const pool = new TokenPool(0); // the smallest cache: 64 slots
  const words = Array.from({ length: 30_000 }, (_, i) => (i * 7919).toString(36).replace(/^\d/, 'x'));
  for (let i = 0; i < words.length; i += 6) {
    // Capitalised and upper-case forms share the lower-case string of the same word.
    const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
    const text = `${words[i]} ${cap(words[(i * 13) % words.length])} The ${words[i + 1] ?? 'a'}, ${(words[i + 2] ?? 'b').toUpperCase()}. ${cap(words[i])} ${words[(i * 13) % words.length]}`;
    assert.deepEqual(plain(pool.tokenize(text, 0, text.length)), plain(tokenizeSpan(text, 0, text.length)), text);
  }
});

test('word flags: one value per token of tokenizeSpan, looked up by its lower-case form', () => {
  // Words built from the same characters as the text, so that tokens often are one of them; an
  // all-ASCII set takes the path that folds characters itself, another set the general one.
  const ascii = ['a', 'ab', "a'b", 'a-b', 'a.b', 'ab%', 'zb', 'b/a', 'k', 'ka', 'ak', 'x', 'q-q', 'most', "most's", 'i'];
  const other = [...ascii, 'é', 'i̇', 'aé'];
  const NUMBER = 1 << 20;
  const ch = fc.constantFrom('a', 'A', 'b', 'B', 'k', 'K', '\u212a', 'z', 'i', 'İ', 'x', 'q', '7', '~', '≈', '$', '#', "'", '’', '.', ',', '/', '×', '-', '%', ' ', ' ', ':', '_', '(', 'é', '\u0301', '😀', '\ud835', '中', 'most', 'MOST', 'world');
  for (const vocabulary of [ascii, other]) {
    const words = new WordFlags(new Map(vocabulary.map((w, i) => [w, i + 1])));
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 24 }), fc.nat(), fc.nat(), (chars, x, y) => {
        const text = chars.join('');
        const from = x % (text.length + 1);
        const to = from + (y % (text.length - from + 1));
        const expected = tokenizeSpan(text, from, to).map((t) => (startsNumber(t.lower) ? NUMBER : vocabulary.indexOf(t.lower) + 1));
        const n = words.scan(text, from, to, NUMBER, 0, -1);
        assert.deepEqual([...words.flags.subarray(0, n)], expected, JSON.stringify(text.slice(from, to)));
      }),
      { numRuns: 15000, seed: 12 },
    );
  }
});

test('word flags: a stop flag or the stop character ends the scan', () => {
  const words = new WordFlags(new Map([['stop', 2], ['go', 1]]));
  assert.equal(words.scan('go go', 0, 5, 4, 2, 0x28), 2);
  assert.equal(words.scan('go Stop go', 0, 10, 4, 2, 0x28), -1);
  assert.equal(words.scan('go (go)', 0, 7, 4, 2, 0x28), -1);
  assert.equal(words.scan('go 12', 0, 5, 4, 4, 0x28), -1);
  // Many tokens: the flags grow.
  const long = 'go '.repeat(500);
  assert.equal(words.scan(long, 0, long.length, 4, 2, 0x28), 500);
});
