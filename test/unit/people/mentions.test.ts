import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from '../../../server/src/core/people/mentions';
import { buildDoc, type TalkSpec } from './docBuilder';

/**
 * Notes with two talks: `Ben Eggers` (OpenAI) on line 2 and `Li Wei` with `Tomás Ortega`
 * (Example University) on lines 5–6. Prose lines follow from line 7, so prose line i is
 * document line 7 + i; the result lists `i:start-end name -> person` (+ ` first`).
 */
const HEAD = [
  'Conference notes', // 0
  'Informal methods', // 1
  'Ben Eggers, Member of Technical Staff @ OpenAI', // 2
  'Ben is funny.', // 3
  'Lineage, not luck', // 4
  'Tomás Ortega and Li Wei, Researchers @ Example University', // 5
  'Matt Barrett, Founder @ Jane Street', // 6
];
const TALKS: TalkSpec[] = [
  { title: 1, speakers: [{ line: 2, name: 'Ben Eggers', org: 'OpenAI' }] },
  {
    title: 4,
    speakers: [
      { line: 5, name: 'Tomás Ortega', org: 'Example University' },
      { line: 5, name: 'Li Wei', org: 'Example University' },
      { line: 6, name: 'Matt Barrett', org: 'Jane Street' },
    ],
  },
];

/** Mentions of prose lines written in talk 2 (Tomás Ortega, Li Wei, Matt Barrett). */
function mentionsIn(...prose: string[]): string[] {
  return mentionsWith({ talks: TALKS, head: HEAD }, prose);
}

/** Mentions of prose lines written in talk 1 (Ben Eggers). */
function mentionsInBensTalk(...prose: string[]): string[] {
  const head = ['Conference notes', 'Informal methods', 'Ben Eggers, Member of Technical Staff @ OpenAI'];
  return mentionsWith({ talks: [{ title: 1, speakers: [{ line: 2, name: 'Ben Eggers', org: 'OpenAI' }] }], head }, prose);
}

function mentionsWith(setup: { talks: TalkSpec[]; head: string[] }, prose: string[]): string[] {
  const text = [...setup.head, ...prose].join('\n');
  const { doc, lines } = buildDoc(text, { talks: setup.talks, skipLines: [0] });
  const first = setup.head.length;
  return findMentions(doc, lines)
    .filter((m) => m.range.start.line >= first)
    .map((m) => {
      assert.equal(m.range.end.line, m.range.start.line);
      return `${m.range.start.line - first}:${m.range.start.character}-${m.range.end.character} ${m.name} -> ${m.person}${m.firstName ? ' first' : ''}`;
    });
}

test('first names resolve to the speaker of the same talk, bounded by non-letters', () => {
  assert.deepEqual(mentionsIn('Li showed Lineage and Tomás explained; Liam and Tomása did not.'), [
    '0:0-2 Li -> Li Wei first',
    '0:22-27 Tomás -> Tomás Ortega first',
  ]);
});

test('a first name of exactly one speaker elsewhere in the document resolves too', () => {
  assert.deepEqual(mentionsIn('Ben would disagree.'), ['0:0-3 Ben -> Ben Eggers first']);
});

test('first names are case-sensitive and exact (no accent folding)', () => {
  assert.deepEqual(mentionsIn('LI and li and Tomas were not named.'), []);
});

test('a first name shared by speakers of two other talks is ambiguous', () => {
  const head = ['Notes', 'Talk A', 'Sam Stone @ Acme', 'Talk B', 'Sam Reyes @ Initech', 'Talk C', 'Kim Lee @ Hooli'];
  const talks: TalkSpec[] = [
    { title: 1, speakers: [{ line: 2, name: 'Sam Stone' }] },
    { title: 3, speakers: [{ line: 4, name: 'Sam Reyes' }] },
    { title: 5, speakers: [{ line: 6, name: 'Kim Lee' }] },
  ];
  assert.deepEqual(mentionsWith({ talks, head }, ['Sam was cited; Kim agreed.']), ['0:15-18 Kim -> Kim Lee first']);
});

test('in its own talk, a shared first name is that talk\'s speaker', () => {
  const head = ['Notes', 'Talk A', 'Sam Stone @ Acme', 'Talk B', 'Sam Reyes @ Initech'];
  const talks: TalkSpec[] = [
    { title: 1, speakers: [{ line: 2, name: 'Sam Stone' }] },
    { title: 3, speakers: [{ line: 4, name: 'Sam Reyes' }] },
  ];
  assert.deepEqual(mentionsWith({ talks, head }, ['Sam said so.']), ['0:0-3 Sam -> Sam Reyes first']);
});

test('full names of speakers, any case or accents, possessive outside the range', () => {
  assert.deepEqual(mentionsIn("Tomas Ortega's tool and MATT BARRETT’s talk; Li Wei agreed."), [
    "0:0-12 Tomas Ortega -> Tomás Ortega",
    '0:24-36 MATT BARRETT -> Matt Barrett',
    '0:45-51 Li Wei -> Li Wei',
  ]);
});

test('a speaker line is a definition, not a mention', () => {
  const text = [...HEAD, 'Nothing here.'].join('\n');
  const { doc, lines } = buildDoc(text, { talks: TALKS, skipLines: [0] });
  const onSpeakerLines = findMentions(doc, lines).filter((m) => [2, 5, 6].includes(m.range.start.line));
  assert.deepEqual(onSpeakerLines, []);
});

test('two-to-four-word names that read as people', () => {
  assert.deepEqual(
    mentionsIn(
      "Ben harkened back to Will Wilson's claim.",
      'Everyone--except Gary Marcus-- agreed.',
      'Which made Peter Alvaro hangry.',
      'I talked to Murat Demirbas about it.',
    ),
    [
      '0:0-3 Ben -> Ben Eggers first',
      '0:21-32 Will Wilson -> Will Wilson',
      '1:17-28 Gary Marcus -> Gary Marcus',
      '2:11-23 Peter Alvaro -> Peter Alvaro',
      '3:12-26 Murat Demirbas -> Murat Demirbas',
    ],
  );
});

test('mentions carry key, person, firstName and talk', () => {
  const text = [...HEAD, 'Tomás met Gary Marcus.'].join('\n');
  const { doc, lines } = buildDoc(text, { talks: TALKS, skipLines: [0] });
  const got = findMentions(doc, lines).filter((m) => m.range.start.line === 7);
  assert.deepEqual(got, [
    { name: 'Tomás', range: { start: { line: 7, character: 0 }, end: { line: 7, character: 5 } }, key: 'tomas ortega', person: 'Tomás Ortega', firstName: true, talk: 1 },
    { name: 'Gary Marcus', range: { start: { line: 7, character: 10 }, end: { line: 7, character: 21 } }, key: 'gary marcus', person: 'Gary Marcus', firstName: false, talk: 1 },
  ]);
});

test('a sentence-initial function word is not part of the name', () => {
  assert.deepEqual(mentionsInBensTalk('So Ben recommends tests.', 'Again Ben Eggers was right.', 'The Adaptive company moves cash.'), [
    '0:3-6 Ben -> Ben Eggers first',
    '1:6-16 Ben Eggers -> Ben Eggers',
  ]);
});

test('organisations, products and acronyms are not people', () => {
  assert.deepEqual(
    mentionsIn(
      'Before LLMs, we wrote TLA+ specs for DC and AWS.',
      'She works at Jane Street and used Google Cloud with Visual Studio Code.',
      'Northwind Systems, Example University, Bell Labs and Acme Inc hired OpenAI folks.',
      'We moved from Amazon Web Services to Hacker News fame in New York.',
      'TigerBeetle and DeepMind and GitHub ship fast.',
      'Use Node.js, C# and BugBash\'26 tools.',
    ),
    [],
  );
});

test('a single word that is no speaker\'s first name is no mention', () => {
  assert.deepEqual(mentionsIn("Remember Hyrum's law; Antithesis said so; Peter agreed."), []);
});

test('capitalised everyday words are things, not people', () => {
  assert.deepEqual(
    mentionsIn(
      'Distributed Systems are hard.',
      'We love Formal Methods and Deterministic Simulation Testing.',
      'The cluster runs Aeron Cluster.',
      'A Principal Engineer and the Tech Lead argued.',
    ),
    [],
  );
});

test('title-case headings inside prose do not invent people', () => {
  assert.deepEqual(mentionsIn('Lessons Learned Building Reliable Storage', 'Kyle Kingsbury Breaks Databases'), ['1:0-14 Kyle Kingsbury -> Kyle Kingsbury']);
});

test('sentence-initial unknown names need a cue after them', () => {
  assert.deepEqual(mentionsIn('Kalinda Ortiz said it works.', 'Kalinda Ortiz works.', "Kalinda Ortiz's paper is good."), [
    '0:0-13 Kalinda Ortiz -> Kalinda Ortiz',
    '2:0-13 Kalinda Ortiz -> Kalinda Ortiz',
  ]);
});

test('given names start a name even at the start of a sentence', () => {
  assert.deepEqual(mentionsIn('Grace Hopper invented compilers.'), ['0:0-12 Grace Hopper -> Grace Hopper']);
});

test('name words of other scripts, apostrophes, hyphens and particles', () => {
  assert.deepEqual(
    mentionsIn(
      "We met Jean-Luc Picard, Conan O'Neil and Ludwig van Beethoven.",
      'Then Иван Петров and Zhang Wei joined.',
    ),
    [
      '0:7-22 Jean-Luc Picard -> Jean-Luc Picard',
      "0:24-36 Conan O'Neil -> Conan O'Neil",
      '0:41-61 Ludwig van Beethoven -> Ludwig van Beethoven',
      '1:5-16 Иван Петров -> Иван Петров',
      '1:21-30 Zhang Wei -> Zhang Wei',
    ],
  );
});

test('honorifics are outside the name but mark a person', () => {
  assert.deepEqual(mentionsIn('We thanked Dr. Kalinda Ortiz today.'), ['0:15-28 Kalinda Ortiz -> Kalinda Ortiz']);
});

test('emoji next to names: UTF-16 columns', () => {
  assert.deepEqual(mentionsIn('🎉Li said 😀Tomás Ortega😀 agreed 🚀.'), [
    '0:2-4 Li -> Li Wei first',
    '0:12-24 Tomás Ortega -> Tomás Ortega',
  ]);
});

test('all-caps shouting: known full names only', () => {
  assert.deepEqual(mentionsIn('TOMÁS ORTEGA SAID THE TOOL IS GREAT. LI AGREED.'), ['0:0-12 TOMÁS ORTEGA -> Tomás Ortega']);
});

test('a first name that is also an everyday word needs to read as a name', () => {
  const head = ['Notes', 'Talk', 'Will Wilson @ Antithesis'];
  const talks: TalkSpec[] = [{ title: 1, speakers: [{ line: 2, name: 'Will Wilson' }] }];
  assert.deepEqual(mentionsWith({ talks, head }, ['Will it scale?', 'Will said yes, and so did Will.']), [
    '1:0-4 Will -> Will Wilson first',
    '1:26-30 Will -> Will Wilson first',
  ]);
});

test('a speaker first name followed by another surname is a different person', () => {
  assert.deepEqual(mentionsInBensTalk('Ben Franklin flew kites; Ben did not.'), [
    '0:0-12 Ben Franklin -> Ben Franklin',
    '0:25-28 Ben -> Ben Eggers first',
  ]);
});

test('names over a line break inside one paragraph map back to both lines', () => {
  const text = ['Notes', 'Talk', 'Ben Eggers @ OpenAI', 'We asked Peter', 'Alvaro twice.'].join('\n');
  const { doc, lines } = buildDoc(text, { talks: [{ title: 1, speakers: [{ line: 2, name: 'Ben Eggers' }] }], skipLines: [0], paragraphs: true });
  const m = findMentions(doc, lines);
  assert.equal(m.length, 1);
  assert.equal(m[0].name, 'Peter Alvaro');
  assert.deepEqual(m[0].range, { start: { line: 3, character: 9 }, end: { line: 4, character: 6 } });
});

test('mentions inside [[links]] and URLs are skipped', () => {
  const text = ['Notes', 'Talk', 'Ben Eggers @ OpenAI', 'See [[Ben Eggers]] and https://example.org/Ben and Ben.'].join('\n');
  const { doc, lines } = buildDoc(text, { talks: [{ title: 1, speakers: [{ line: 2, name: 'Ben Eggers' }] }], skipLines: [0] });
  doc.crossReferences = [
    { text: '[[Ben Eggers]]', target: 'Ben Eggers', range: { start: { line: 3, character: 4 }, end: { line: 3, character: 18 } }, targetRange: { start: { line: 3, character: 6 }, end: { line: 3, character: 16 } } },
  ];
  doc.urls = [{ url: 'https://example.org/Ben', range: { start: { line: 3, character: 23 }, end: { line: 3, character: 46 } } }];
  const m = findMentions(doc, lines).map((x) => `${x.range.start.character} ${x.name}`);
  assert.deepEqual(m, ['51 Ben']);
});

test('CRLF and a document without talks', () => {
  const text = 'Notes\r\nWe met Peter Alvaro.\r\nSo did Gary Marcus.\r\n';
  const { doc, lines } = buildDoc(text, { skipLines: [0] });
  const m = findMentions(doc, lines).map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.character} ${x.name} ${x.talk}`);
  assert.deepEqual(m, ['1:7-19 Peter Alvaro -1', '2:7-18 Gary Marcus -1']);
});

test('bad input: empty, binary, a huge line — no throw, bounded time', () => {
  for (const text of ['', '\u0000\u0001\uFFFF\uD800', 'A'.repeat(10) + '\uD83D', "'s 's ' - -- J. Dr. . Mc O'"]) {
    const { doc, lines } = buildDoc(text);
    assert.ok(Array.isArray(findMentions(doc, lines)));
  }
  const line = 'Ben Eggers said Will Wilson and Aaaa Bbbb Cccc Dddd Eeee met Gary Marcus at Google. '.repeat(12000);
  const { doc, lines } = buildDoc(['Notes', 'Talk', 'Ben Eggers @ OpenAI', line].join('\n'), { talks: [{ title: 1, speakers: [{ line: 2, name: 'Ben Eggers' }] }] });
  const t0 = performance.now();
  const m = findMentions(doc, lines);
  assert.equal(m.length, 36000);
  assert.ok(performance.now() - t0 < 3000, 'linear scan of a 1 MB line');
});

test('a given name that is also a product or place still starts a name; the product alone does not', () => {
  assert.deepEqual(mentionsIn('Claude Shannon beat Claude Code, and Austin Clements spoke.'), [
    '0:0-14 Claude Shannon -> Claude Shannon',
    '0:37-52 Austin Clements -> Austin Clements',
  ]);
});

test('product, book and place names shaped like names are things', () => {
  assert.deepEqual(
    mentionsIn(
      "Martin Kleppmann's book Designing Data-Intensive Applications is great.",
      'We took the Red Line near Union Square to the Grace Hopper Celebration.',
      'The Mythical Man-Month and Simian Army came up.',
      'We saw the Mars Rover and a Dining Philosophers demo.',
    ),
    ['0:0-16 Martin Kleppmann -> Martin Kleppmann'],
  );
});

test('names inside inline code are code, not mentions', () => {
  assert.deepEqual(mentionsIn('Run `Li Wei` and ``Peter `Alvaro` code`` then Li, and `unclosed Peter Alvaro'), [
    '0:46-48 Li -> Li Wei first',
    '0:64-76 Peter Alvaro -> Peter Alvaro',
  ]);
});

test('after a capitalised function word the capitals are the name\'s; an organisation in parentheses marks a person', () => {
  assert.deepEqual(mentionsIn('Also Kalinda Ortiz spoke.', 'Hannes Mühleisen (DuckDB) spoke.', 'Aeron Cluster (open source) is fast.'), [
    '0:5-18 Kalinda Ortiz -> Kalinda Ortiz',
    '1:0-16 Hannes Mühleisen -> Hannes Mühleisen',
  ]);
});

test('a speaker name that starts with initials is found as a whole, after an honorific too', () => {
  const setup = { talks: [{ title: 1, speakers: [{ line: 2, name: 'J. R. Tolkien' }] }], head: ['Notes', 'Languages', 'J. R. Tolkien, Professor @ Oxford'] };
  assert.deepEqual(mentionsWith(setup, ['As J. R. Tolkien said, and j. r. tolkien too. Dr. J. R. Tolkien agreed; J.R.R. Tolkien no.']), [
    '0:3-16 J. R. Tolkien -> J. R. Tolkien',
    '0:50-63 J. R. Tolkien -> J. R. Tolkien',
    '0:79-86 Tolkien -> J. R. Tolkien first',
  ]);
});

test('a very long run of capitalised function words neither overflows nor hides a name', () => {
  const prose = 'So '.repeat(200_000) + 'Ben laughed.';
  assert.deepEqual(mentionsInBensTalk(prose), [`0:${prose.length - 12}-${prose.length - 9} Ben -> Ben Eggers first`]);
});

test('names among runs of lower-case words, in any case', () => {
  const prose = 'we talked and talked, then Li Wei and TOMÁS ORTEGA joined; nobody else. later, Matt Barrett left';
  assert.deepEqual(mentionsIn(prose), ['0:27-33 Li Wei -> Li Wei', '0:38-50 TOMÁS ORTEGA -> Tomás Ortega', '0:79-91 Matt Barrett -> Matt Barrett']);
});
