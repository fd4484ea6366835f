import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsLikeSentence, sectionTitle } from '../../../server/src/core/parse/speakerText';
import { isNameWord, wordEnd } from '../../../server/src/core/parse/speakerName';

describe('section titles', () => {
  it('reads section words and numbered parts in any case, with or without a colon', () => {
    assert.deepEqual(sectionTitle('Q&A'), { start: 0, end: 3 });
    assert.deepEqual(sectionTitle('  Takeaways   :  '), { start: 2, end: 15 });
    assert.deepEqual(sectionTitle('Key Points:'), { start: 0, end: 11 });
    assert.deepEqual(sectionTitle('Part 2: Planner details'), { start: 0, end: 23 });
    assert.deepEqual(sectionTitle('PART II — the long middle part of the talk'), { start: 0, end: 42 });
    assert.deepEqual(sectionTitle('sEsSiOn 3. Questions from a long audience line'), { start: 0, end: 46 });
    assert.deepEqual(sectionTitle('Section 12'), { start: 0, end: 10 });
  });

  it('leaves prose, near misses and other scripts alone', () => {
    assert.equal(sectionTitle('The speaker walked through how the planner evolved.'), null);
    assert.equal(sectionTitle('Parts 2: not a part'), null);
    assert.equal(sectionTitle('Part two of the talk covered caching strategies'), null);
    assert.equal(sectionTitle('Partİ 2: dotted capital I'), null);
    assert.equal(sectionTitle('Sectİon 2: the dotted İ lower-cases to two characters'), null);
    assert.equal(sectionTitle('Summary of the whole day, in one long line:'), null);
  });
});

describe('name words on speaker lines', () => {
  it('accepts capitalised words of any script and initials, rejects the rest', () => {
    const words = ['Tomás', "O'Neil", 'Jean-Luc', 'J.', 'J.R.', 'Li', '王', 'Łukasz', 'Иван', 'CEO', 'A', 'ben', 'Bob’', "Bob'", 'Bob-', '9am', 'Node.js', ''];
    assert.deepEqual(
      words.filter((w) => isNameWord(w)),
      ['Tomás', "O'Neil", 'Jean-Luc', 'J.', 'J.R.', 'Li', '王', 'Łukasz', 'Иван'],
    );
  });

  it('ends a word at the first character that is no letter, mark, apostrophe, dot or hyphen', () => {
    const line = "Zoë O’Neil-Ångström, e\u0301 😀x 𝐀bc";
    assert.equal(wordEnd(line, 0, line.length), 3);
    assert.equal(wordEnd(line, 4, line.length), 19);
    assert.equal(wordEnd(line, 21, line.length), 23);
    assert.equal(wordEnd(line, 24, line.length), 24);
    assert.equal(wordEnd(line, 28, line.length), 32);
    assert.equal(wordEnd(line, 4, 8), 8);
  });
});

describe('section numbers', () => {
  it('accept one to three digits or one to six Roman letters, as the regular expressions they replace', () => {
    const reference = (num: string): boolean => /^[0-9]{1,3}$/.test(num) || /^[ivxlc]{1,6}$/i.test(num);
    const unit = fc.constantFrom(...'0123456789ivxlcIVXLCmMaZ'.split(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }).map((u) => u.join('')), fc.constantFrom('Part ', 'section ', 'SESSION '), fc.constantFrom('', ':', ': Intro', '.', ' — more'), (num, word, tail) => {
        const line = `${word}${num}${tail}`;
        assert.equal(sectionTitle(line) !== null, reference(num), JSON.stringify(line));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sentence ends', () => {
  /** The definition `endsLikeSentence` keeps to while copying no long last word. */
  function reference(text: string, start: number, end: number): boolean {
    let e = end;
    while (e > start && `"'”’)]*_`.includes(text[e - 1])) e--;
    if (e <= start) return false;
    const c = text[e - 1];
    if (c === '?' || c === '!' || c === '…') return true;
    if (c !== '.') return false;
    let s = e - 1;
    while (s > start && !/[ \t\u00a0\u3000\u2000-\u200b\u202f\ufeff]/.test(text[s - 1]) && text[s - 1] !== '(' && text[s - 1] !== ',') s--;
    return !['inc.', 'ltd.', 'corp.', 'co.', 'jr.', 'sr.', 'llc.', 'plc.'].includes(text.slice(s, e).toLowerCase());
  }

  it('keeps company and name suffixes, in any case, and ends on long last words', () => {
    assert.equal(endsLikeSentence('Acme Inc.', 0, 9), false);
    assert.equal(endsLikeSentence('Ann Lee, CORP.)', 0, 15), false);
    assert.equal(endsLikeSentence('by (jr.', 0, 7), false);
    assert.equal(endsLikeSentence('Ann Lee,Ltd.', 0, 12), false);
    assert.equal(endsLikeSentence('It scales.', 0, 10), true);
    assert.equal(endsLikeSentence('Xinc.', 0, 5), true);
    assert.equal(endsLikeSentence('Acme Inc.', 5, 9), false);
    assert.equal(endsLikeSentence('Acme Inc.', 6, 9), true);
    assert.equal(endsLikeSentence('a'.repeat(100000) + '.', 0, 100001), true);
  });

  it('answers as the definition on any text and span', () => {
    const piece = fc.constantFrom('corp.', 'Ltd.', ' Co.', 'PLC.', 'inc', 'Inc', 'CO', 'jr', 'Sr', 'llc', 'PLC', 'corp', 'Ltd', 'İnc', 'K', 'co', 'x', ' ', '\u00a0', '(', ',', '.', '?', '!', '…', '"', '”', ')', ']', '*', '_', 'ß', '𝐀', 'ΣΑ', '\ufeff');
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length === 0 ? 0 : a % (t.length + 1);
        const end = start + (t.length - start === 0 ? 0 : b % (t.length - start + 1));
        assert.equal(endsLikeSentence(t, start, end), reference(t, start, end), JSON.stringify([t, start, end]));
      }),
      { numRuns: 3000 },
    );
  });
});
