import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sectionTitle } from '../../../server/src/core/parse/speakerText';
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
