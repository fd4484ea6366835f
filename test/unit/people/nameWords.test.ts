import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSpans, splitWords } from '../../../server/src/core/people/nameWords';
import { lowerOf } from '../../../server/src/core/people/readsAsPerson';
import { collectSpeakerNames, firstNameOf } from '../../../server/src/core/people/speakerNames';
import { buildDoc } from './docBuilder';

function shapes(text: string): string[] {
  return splitWords(text).map((w) => `${w.start}-${w.end} ${w.text}:${w.shape}${w.possessive ? ' possessive' : ''}`);
}

test('word shapes: names, particles, acronyms, products, other scripts', () => {
  assert.deepEqual(shapes("Jean-Luc O'Neil van LLMs OpenAI McDonald Иван 张伟 storage"), [
    '0-8 Jean-Luc:cap',
    "9-15 O'Neil:cap",
    '16-19 van:particle',
    '20-24 LLMs:camel',
    '25-31 OpenAI:camel',
    '32-40 McDonald:cap',
    '41-45 Иван:cap',
    '46-48 张伟:caseless',
    '49-56 storage:lower',
  ]);
});

test('possessives, symbols, digits, initials and dashes', () => {
  assert.deepEqual(shapes("Wilson's Zoë’s TLA+ C# BugBash'26 J. R. Node.js Marcus-- Marcus-style I"), [
    "0-6 Wilson:cap possessive",
    '9-12 Zoë:cap possessive',
    '15-19 TLA+:other',
    '20-22 C#:other',
    "23-33 BugBash'26:other",
    '34-36 J.:initial',
    '37-39 R.:initial',
    '40-47 Node.js:other',
    '48-54 Marcus:cap',
    '57-63 Marcus:cap',
    '64-69 style:lower',
    '70-71 I:other',
  ]);
});

test('emoji and surrogate pairs keep UTF-16 indices', () => {
  assert.deepEqual(shapes('🎉Zoë😀𝐀bc'), ['2-5 Zoë:cap', '7-11 𝐀bc:cap']);
});

test('first names skip initials and particles', () => {
  assert.equal(firstNameOf('J. Robert Oppenheimer'), 'Robert');
  assert.equal(firstNameOf('Jean-Luc Picard'), 'Jean-Luc');
  assert.equal(firstNameOf('Li'), 'Li');
  assert.equal(firstNameOf(''), null);
});

test('speaker names of a document: full names, first names per talk, ambiguity, organisations', () => {
  const text = ['Notes', 'A', 'Sam Stone @ Jane Street', 'B', 'Sam Reyes @ Adaptive', 'C', 'Tomás Ortega @ Acme'].join('\n');
  const { doc } = buildDoc(text, {
    talks: [
      { title: 1, speakers: [{ line: 2, name: 'Sam Stone', org: 'Jane Street' }] },
      { title: 3, speakers: [{ line: 4, name: 'Sam Reyes', org: 'Adaptive' }] },
      { title: 5, speakers: [{ line: 6, name: 'Tomás Ortega', org: 'Acme' }] },
    ],
  });
  const names = collectSpeakerNames(doc);
  assert.deepEqual([...names.fullNames.keys()], ['sam stone', 'sam reyes', 'tomas ortega']);
  assert.deepEqual([...names.fullNameHeads], ['sam', 'tomas']);
  assert.deepEqual([...names.documentFirstNames.keys()], ['Tomás']);
  assert.deepEqual(names.talkFirstNames.map((m) => [...m.keys()]), [['Sam'], ['Sam'], ['Tomás']]);
  assert.deepEqual([...names.orgWords], ['adaptive', 'acme']);
  assert.deepEqual(names.orgNames, ['jane street']);
});

test('code spans pair backtick runs of the same length', () => {
  assert.deepEqual(codeSpans('a `b` ``c`d`` `e'), [[2, 5], [6, 13]]);
  assert.deepEqual(codeSpans('no code'), []);
});

test('lower-case shapes need no lower-casing: every code point, in every position of a word', () => {
  // `lowerOf` returns the text of a `lower` or `particle` word as it is; this holds only if no
  // character such a word can hold changes when lower-cased. Every code point, between letters.
  const parts: string[] = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    parts.push(`a${String.fromCodePoint(cp)}b`);
  }
  let checked = 0;
  for (const w of splitWords(parts.join(' '))) {
    if (w.shape !== 'lower' && w.shape !== 'particle') continue;
    checked++;
    if (w.text.toLowerCase() !== w.text) assert.fail(`${JSON.stringify(w.text)} changes when lower-cased`);
    assert.equal(lowerOf(w), w.text.toLowerCase());
  }
  assert.ok(checked > 100_000, `only ${checked} lower-case words checked`);
});

test('lowerOf lower-cases capitalised, all-caps and mixed words', () => {
  assert.deepEqual(
    splitWords('Straße İstanbul ΟΔΟΣ OpenAI storage').map((w) => lowerOf(w)),
    ['straße', 'i̇stanbul', 'οδος', 'openai', 'storage'],
  );
});
