import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentWords } from '../../../server/src/core/people/documentWords';
import { codeSpans, maskCode, splitWords, type Word } from '../../../server/src/core/people/nameWords';
import { lowerOf } from '../../../server/src/core/people/readsAsPerson';

const TEXTS = [
  "Jean-Luc O'Neil met van Rossum at OpenAI; Wilson's `Kyle` code and ``a`b`` stay code.",
  '',
  'J. R. R. Tolkien wrote TLA+ and C# notes: Zoë’s 🎉Zoë😀𝐀bc Иван 张伟 storage, don’t stop.',
  'the same words again: storage van de la',
];

function plain(w: Word): Omit<Word, 'lower'> {
  return { start: w.start, end: w.end, text: w.text, shape: w.shape, possessive: w.possessive };
}

test('block words are the words of splitWords with code masked, built on demand', () => {
  const all = new DocumentWords(TEXTS);
  TEXTS.forEach((text, b) => {
    const want = splitWords(text);
    maskCode(want, codeSpans(text));
    const words = all.block(b, text);
    assert.equal(words.length, want.length);
    const got: Word[] = [];
    for (let k = 0; k < words.length; k++) got.push(words.word(k) as Word);
    assert.deepEqual(got.map(plain), want);
    assert.equal(words.word(-1), undefined);
    assert.equal(words.word(words.length), undefined);
    // The same object each time, so what the scan learns about a word stays with it.
    if (words.length > 0) assert.equal(words.word(0), words.word(0));
  });
});

test('the document lower-case words leave out code, particles, capitals and symbols', () => {
  const all = new DocumentWords(TEXTS);
  const lower = ['again', 'and', 'at', 'code', 'don’t', 'met', 'notes', 'same', 'stay', 'stop', 'storage', 'the', 'words', 'wrote'];
  for (const w of lower) assert.equal(all.lowerWords.has(w), true, w);
  const not = ['a', 'b', 'kyle', 'van', 'de', 'la', 'jean-luc', 'openai', 'tla', 'c', 'zoë', 'иван', 'storag', 'storages', 'don', ''];
  for (const w of not) assert.equal(all.lowerWords.has(w), false, w);
});

test('lower-case words are found whether or not the document capitalises them', () => {
  // `The`, `Storage` are capitalised somewhere, so their lower case is looked for up front;
  // `again`, `words` are not, and are answered by a search when asked.
  const texts = ['The words again.', 'Storage the', 'storage', 'Again'];
  const all = new DocumentWords(texts);
  for (const w of ['the', 'words', 'again', 'storage']) assert.equal(all.lowerWords.has(w), true, w);
  for (const w of ['The', 'Storage', 'word', 'agains']) assert.equal(all.lowerWords.has(w), false, w);
});

test('a built word carries its lower case, equal to lower-casing its text', () => {
  const text = 'İstanbul ΟΔΟΣ Straße MIXED Case and ΣΙΣΥΦΟΣ';
  const words = new DocumentWords([text]).block(0, text);
  for (let k = 0; k < words.length; k++) {
    const w = words.word(k) as Word;
    assert.equal(w.lower, w.text.toLowerCase());
    assert.equal(lowerOf(w), w.text.toLowerCase());
  }
});

test('more words than the arrays were sized for: they grow without losing any', () => {
  // One-letter words, one per two characters: twice what the arrays are first sized for.
  const texts = Array.from({ length: 5 }, (_, i) => `${'x y Z '.repeat(1000)}end${i}`);
  const all = new DocumentWords(texts);
  texts.forEach((text, b) => {
    const words = all.block(b, text);
    const want = splitWords(text);
    assert.equal(words.length, want.length);
    for (const k of [0, 1, 2, 1500, want.length - 1]) assert.deepEqual(plain(words.word(k) as Word), want[k]);
  });
  assert.equal(all.lowerWords.has('end3'), false);
  assert.equal(all.lowerWords.has('y'), true);
});

// `DocumentWords` reads plain lower-case words without the cursor: whatever follows a run of
// a-z (joiners, symbols, dots, digits, capitals, other scripts, code) it must split as `splitWords` does.
const PIECES = ['abc', 'de', 'van', 'x', 'Ann', 'LLM', 'J', '.', '. ', "'", "'s", '’', '’s', '-', '-B', '‐', '+', '#', '`', '``', ' ', '  ', ',', ':', ')', '(', '"', '3', 'é', 'café', 'Zoë', '张', '😀', '\u0301', '—', '\n'];

test('block words equal splitWords with code masked, on generated texts', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')), { maxLength: 4 }), (texts) => {
      const all = new DocumentWords(texts);
      texts.forEach((text, b) => {
        const want = splitWords(text);
        maskCode(want, codeSpans(text));
        const words = all.block(b, text);
        const got: Word[] = [];
        for (let k = 0; k < words.length; k++) got.push(words.word(k) as Word);
        assert.deepEqual(got.map(plain), want, JSON.stringify(text));
      });
      for (const w of ['abc', 'de', 'van', 'x', 'café', 'ann', 'abcx']) {
        const expected = texts.some((t) => splitWords(t).some((x) => x.text === w && (x.shape === 'lower') && !codeSpans(t).some(([a, e]) => a <= x.start && x.start < e)));
        assert.equal(all.lowerWords.has(w), expected, `${w} in ${JSON.stringify(texts)}`);
      }
    }),
    { numRuns: 3000 },
  );
});

test('words with one text share one id, which gives their text and lower case; words in code have none', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')), { maxLength: 4 }), (texts) => {
      const all = new DocumentWords(texts);
      const idOf = new Map<string, number>();
      texts.forEach((text, b) => {
        const words = all.block(b, text);
        const spans = codeSpans(text);
        for (let k = 0; k < words.length; k++) {
          const w = words.word(k) as Word;
          const id = words.id(k);
          const inCode = spans.some(([a, e]) => a <= w.start && w.start < e);
          // The scan asks about name-shaped words by id, so every one outside code has one.
          if (inCode || /[+#]$/.test(w.text)) assert.equal(id, -1, JSON.stringify([text, w.text]));
          else if (w.shape !== 'lower' && w.shape !== 'particle' && w.shape !== 'other') assert.ok(id >= 0, JSON.stringify([text, w.text]));
          if (id < 0) continue;
          assert.ok(id < all.idCount);
          assert.equal(all.idText(id), w.text);
          assert.equal(all.idLower(id), lowerOf(w));
          assert.equal(idOf.get(w.text) ?? id, id);
          idOf.set(w.text, id);
        }
      });
    }),
    { numRuns: 2000 },
  );
});
