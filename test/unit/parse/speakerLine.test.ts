import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSpeakerLine, parseTitleSpeakerLine, stripTrailingLinks } from '../../../server/src/core/parse/speakerLine';

/** [name, role, org, nameStart, nameEnd] for each speaker. */
type Sp = [string, string | null, string | null, number, number];

function speakers(line: string): Sp[] | null {
  const r = parseSpeakerLine(line);
  return r ? r.speakers.map((s) => [s.name, s.role, s.org, s.nameStart, s.nameEnd]) : null;
}

const POSITIVE: [string, Sp[], string][] = [
  // NAME, ROLE @ ORG — ROLE runs to the last ` @ ` and may hold commas and `&`.
  ['Ben Eggers, Member of Technical Staff @ OpenAI', [['Ben Eggers', 'Member of Technical Staff', 'OpenAI', 0, 10]], 'role-at-org'],
  ['Corwin Coburn, Uber Tech Lead, Parallel File Systems @ Google', [['Corwin Coburn', 'Uber Tech Lead, Parallel File Systems', 'Google', 0, 13]], 'role-at-org'],
  ['Matt Barrett, Founder & CEO @ Adaptive', [['Matt Barrett', 'Founder & CEO', 'Adaptive', 0, 12]], 'role-at-org'],
  ['Ron Minsky, Co-head of Technology @ Jane Street', [['Ron Minsky', 'Co-head of Technology', 'Jane Street', 0, 10]], 'role-at-org'],
  ['Zoë Ångström, Staff Engineer @ Ørsted', [['Zoë Ångström', 'Staff Engineer', 'Ørsted', 0, 12]], 'role-at-org'],
  ['  Li Wei, Engineer @ Alibaba  ', [['Li Wei', 'Engineer', 'Alibaba', 2, 8]], 'role-at-org'],
  ['Дмитрий Иванов, Engineer @ Yandex', [['Дмитрий Иванов', 'Engineer', 'Yandex', 0, 14]], 'role-at-org'],
  ['王小明, Engineer @ Tencent', [['王小明', 'Engineer', 'Tencent', 0, 3]], 'role-at-org'],
  ["Conan O'Neil, SRE @ Netflix", [["Conan O'Neil", 'SRE', 'Netflix', 0, 12]], 'role-at-org'],
  ['Jean-Luc Picard, Captain @ Starfleet', [['Jean-Luc Picard', 'Captain', 'Starfleet', 0, 15]], 'role-at-org'],
  ['Ludwig van Beethoven, Composer @ Wiener Hofkapelle', [['Ludwig van Beethoven', 'Composer', 'Wiener Hofkapelle', 0, 20]], 'role-at-org'],
  ['Martin Luther King Jr., Pastor @ Ebenezer', [['Martin Luther King Jr.', 'Pastor', 'Ebenezer', 0, 22]], 'role-at-org'],
  ['Jane Doe, Staff Engineer at Google', [['Jane Doe', 'Staff Engineer', 'Google', 0, 8]], 'role-at-org'],
  // NAME @ ORG
  ['Jane Doe @ Acme Corp', [['Jane Doe', null, 'Acme Corp', 0, 8]], 'at-org'],
  ['Łukasz @ Allegro', [['Łukasz', null, 'Allegro', 0, 6]], 'at-org'],
  // NAME - ROLE, ORG with -, – and —
  ['Jane Doe - Staff Engineer, Acme', [['Jane Doe', 'Staff Engineer', 'Acme', 0, 8]], 'dash'],
  ['Jane Doe – Staff Engineer, Acme', [['Jane Doe', 'Staff Engineer', 'Acme', 0, 8]], 'dash'],
  ['Tomás Ortega — VP Engineering, Globex', [['Tomás Ortega', 'VP Engineering', 'Globex', 0, 12]], 'dash'],
  // NAME (ORG) and NAME, ORG (weak forms)
  ['Łukasz Nowak (Allegro)', [['Łukasz Nowak', null, 'Allegro', 0, 12]], 'paren'],
  ['J. Robert Oppenheimer (Los Alamos)', [['J. Robert Oppenheimer', null, 'Los Alamos', 0, 21]], 'paren'],
  ['Grace Hopper (Rear Admiral, US Navy)', [['Grace Hopper', 'Rear Admiral', 'US Navy', 0, 12]], 'paren'],
  ['Grace Hopper (Remington Rand, Inc.)', [['Grace Hopper', null, 'Remington Rand, Inc.', 0, 12]], 'paren'],
  ['Jane Doe, Acme Corp.', [['Jane Doe', null, 'Acme Corp.', 0, 8]], 'comma'],
  ['Jane Doe, 3M', [['Jane Doe', null, '3M', 0, 8]], 'comma'],
  ['Jane Doe, CTO (Acme)', [['Jane Doe', 'CTO', 'Acme', 0, 8]], 'comma'],
  ['Jane Doe from Acme Labs', [['Jane Doe', null, 'Acme Labs', 0, 8]], 'at-org'],
  ['Jane Doe (Staff Engineer at Acme)', [['Jane Doe', 'Staff Engineer', 'Acme', 0, 8]], 'paren'],
  ['Jane Doe, Principal Engineer, Acme', [['Jane Doe', 'Principal Engineer', 'Acme', 0, 8]], 'comma'],
  // prefixes
  ['Speaker: Dana Whitfield (Contoso)', [['Dana Whitfield', null, 'Contoso', 9, 23]], 'paren'],
  ['Speaker: Ben', [['Ben', null, null, 9, 12]], 'bare'],
  ['by Jane Doe', [['Jane Doe', null, null, 3, 11]], 'bare'],
  ['Presented by Tomás Ortega, Principal Engineer @ Globex', [['Tomás Ortega', 'Principal Engineer', 'Globex', 13, 25]], 'role-at-org'],
  ['Keynote: Grace Hopper, Rear Admiral @ US Navy', [['Grace Hopper', 'Rear Admiral', 'US Navy', 9, 21]], 'role-at-org'],
  ['Dr. Jane Doe, CTO @ Acme', [['Jane Doe', 'CTO', 'Acme', 4, 12]], 'role-at-org'],
  ['Speaker: Prof. Barbara Liskov (MIT)', [['Barbara Liskov', null, 'MIT', 15, 29]], 'paren'],
  ['SPEAKERS: Alice and Bob', [['Alice', null, null, 10, 15], ['Bob', null, null, 20, 23]], 'bare'],
  // several speakers share the role and organisation
  ['Alice Smith and Bob Jones, Researchers @ MIT', [['Alice Smith', 'Researchers', 'MIT', 0, 11], ['Bob Jones', 'Researchers', 'MIT', 16, 25]], 'role-at-org'],
  ['Speakers: Alice Smith and Bob Jones, Engineers @ Initech', [['Alice Smith', 'Engineers', 'Initech', 10, 21], ['Bob Jones', 'Engineers', 'Initech', 26, 35]], 'role-at-org'],
  ['Alice Smith, Bob Jones and Carol White (Acme)', [['Alice Smith', null, 'Acme', 0, 11], ['Bob Jones', null, 'Acme', 13, 22], ['Carol White', null, 'Acme', 27, 38]], 'paren'],
  ['Alice Smith & Bob Jones (Acme)', [['Alice Smith', null, 'Acme', 0, 11], ['Bob Jones', null, 'Acme', 14, 23]], 'paren'],
  // panels: each speaker with their own organisation
  ['Alice Smith (Acme), Bob Jones (Initech) and Carol White (Globex)', [['Alice Smith', null, 'Acme', 0, 11], ['Bob Jones', null, 'Initech', 20, 29], ['Carol White', null, 'Globex', 44, 55]], 'panel'],
  ['Panel: Alice Smith (Acme); Bob Jones (Initech)', [['Alice Smith', null, 'Acme', 7, 18], ['Bob Jones', null, 'Initech', 27, 36]], 'panel'],
  // bare names (real notes), in emphasis, followed by links
  ['Jane Doe', [['Jane Doe', null, null, 0, 8]], 'bare'],
  ['*Priyanka Sharma*', [['Priyanka Sharma', null, null, 1, 16]], 'bare'],
  ['_Guido van Rossum_', [['Guido van Rossum', null, null, 1, 17]], 'bare'],
  ['Jane Doe [video](https://youtu.be/x) [slides](https://example.com/s.pdf)', [['Jane Doe', null, null, 0, 8]], 'bare'],
  ['Jane Doe - https://youtu.be/abc', [['Jane Doe', null, null, 0, 8]], 'bare'],
  ['Jane Doe, CTO @ Acme | slides: https://example.com/deck', [['Jane Doe', 'CTO', 'Acme', 0, 8]], 'role-at-org'],
  ['🎤 Zoë Ångström, Staff Engineer @ Ørsted'.slice(3), [['Zoë Ångström', 'Staff Engineer', 'Ørsted', 0, 12]], 'role-at-org'],
];

const NEGATIVE: string[] = [
  'Lineage, not luck',
  'Ok, now it makes more sense',
  'Ok, now it makes more sense. Both of these are sensible statements.',
  'Break (Coffee)',
  'Coffee Break (Hall B)',
  'Lunch, Main Hall',
  'Follow Jane Doe @jdoe',
  '@jdoe, @bsmith',
  'Ben asked, hey, what happened to design, discovery, integration, and correctness?',
  'So, Ben claims, nothing changed overall',
  'Jane Doe, Acme.',
  'Jane Doe, Acme?',
  'Jane Doe (Acme)!',
  '- Jane Doe, Staff Engineer @ Acme',
  '* Jane Doe',
  '• Jane Doe (Acme)',
  '1. Jane Doe, CTO @ Acme',
  '2) Jane Doe',
  'Part 1: Jane Doe',
  'Q&A',
  'Key points:',
  'Innovation << Reliability << Inertia',
  'Informal methods',
  'Making high performance storage boring',
  'Fast and fault-tolerant: pick two',
  'Distributed Systems',
  'Jane',
  'CEO, CTO @ Acme',
  'OK, CEO @ Foo',
  'Jane Doe, ' + 'Acme '.repeat(40),
  'Jane Doe, ' + 'x'.repeat(151),
  'Jane Doe — Google',
  'Jane Doe, the best engineer I know',
  'Jane Doe and me',
  'Jane Doe (slides)',
  'Jane Doe: great talk',
  'Jane Doe from accounting',
  'Coffee Break from Acme',
  'Amazon Web Services (AWS)',
  'Keynote: The Future of Storage',
  'Keynote: Scaling Kafka',
  'The Adaptive company helps moving a lot of cash around the globe',
  'Alice Smith, Bob Jones, Carol White',
  '',
  '   ',
];

describe('parseSpeakerLine: positives', () => {
  for (const [line, expected, form] of POSITIVE) {
    it(JSON.stringify(line), () => {
      assert.deepEqual(speakers(line), expected);
      assert.equal(parseSpeakerLine(line)?.form, form);
    });
  }
  it('offsets index the line it was given', () => {
    for (const [line] of POSITIVE) {
      for (const s of parseSpeakerLine(line)?.speakers ?? []) assert.equal(line.slice(s.nameStart, s.nameEnd), s.name);
    }
  });
  it('marks prefixed lines', () => {
    assert.equal(parseSpeakerLine('Speaker: Dana Whitfield (Contoso)')?.prefixed, true);
    assert.equal(parseSpeakerLine('Dana Whitfield (Contoso)')?.prefixed, false);
  });
  it('has at least 40 cases with negatives', () => {
    assert.ok(POSITIVE.length + NEGATIVE.length >= 40);
  });
});

describe('parseSpeakerLine: negatives', () => {
  for (const line of NEGATIVE) {
    it(JSON.stringify(line.length > 60 ? line.slice(0, 60) + '…' : line), () => {
      assert.equal(parseSpeakerLine(line), null);
    });
  }
  it('a 1 MB line is rejected at once', () => {
    const big = 'Jane Doe, '.repeat(100_000);
    const t0 = Date.now();
    assert.equal(parseSpeakerLine(big), null);
    assert.equal(parseTitleSpeakerLine(big), null);
    assert.ok(Date.now() - t0 < 1000);
  });
});

type Tsp = [title: string, titleStart: number, titleEnd: number, speakers: Sp[], strong: boolean, layout: string];

function titleSpeaker(line: string): Tsp | null {
  const r = parseTitleSpeakerLine(line);
  return r
    ? [r.title, r.titleStart, r.titleEnd, r.speakers.map((s) => [s.name, s.role, s.org, s.nameStart, s.nameEnd] as Sp), r.strong ?? false, r.layout ?? '']
    : null;
}

describe('parseTitleSpeakerLine', () => {
  const cases: [string, Tsp | null][] = [
    ['Informal methods — Ben Eggers', ['Informal methods', 0, 16, [['Ben Eggers', null, null, 19, 29]], false, 'dash']],
    ['Informal methods - Ben Eggers, MTS @ OpenAI', ['Informal methods', 0, 16, [['Ben Eggers', 'MTS', 'OpenAI', 19, 29]], false, 'dash']],
    ['Informal methods by Ben Eggers', ['Informal methods', 0, 16, [['Ben Eggers', null, null, 20, 30]], false, 'by']],
    ['Informal methods, by Ben Eggers (OpenAI)', ['Informal methods', 0, 16, [['Ben Eggers', null, 'OpenAI', 21, 31]], false, 'by']],
    ['Ben Eggers: Informal methods', ['Informal methods', 12, 28, [['Ben Eggers', null, null, 0, 10]], false, 'colon']],
    ['Dana Whitfield, Contoso: "Scaling the Unscalable"', ['Scaling the Unscalable', 26, 48, [['Dana Whitfield', null, 'Contoso', 0, 14]], true, 'colon']],
    ['**Informal methods** (Ben Eggers, OpenAI)', ['Informal methods', 2, 18, [['Ben Eggers', null, 'OpenAI', 22, 32]], true, 'emphasis']],
    ['Informal methods (Ben Eggers, OpenAI)', ['Informal methods', 0, 16, [['Ben Eggers', null, 'OpenAI', 18, 28]], false, 'paren']],
    ['Monday 09:00 Informal methods — Ben Eggers', ['Informal methods', 13, 29, [['Ben Eggers', null, null, 32, 42]], true, 'dash']],
    ['09:00–09:45 | Informal methods — Ben Eggers, MTS @ OpenAI', ['Informal methods', 14, 30, [['Ben Eggers', 'MTS', 'OpenAI', 33, 43]], true, 'dash']],
    ['[Informal methods](https://x.org/talk) — Ben Eggers', ['Informal methods', 1, 17, [['Ben Eggers', null, null, 41, 51]], false, 'dash']],
    ['Testing at scale — Alice Smith and Bob Jones', ['Testing at scale', 0, 16, [['Alice Smith', null, null, 19, 30], ['Bob Jones', null, null, 35, 44]], false, 'dash']],
    // ambiguous or not a talk at all
    ['Jane Doe — John Smith', null],
    ['Fast and fault-tolerant: pick two', null],
    ['Now more than ever: building reliable software in the age of agents', null],
    ['Part 1: Writing code has always been where the hard part surfaced', null],
    ['Speaker: Dana Whitfield (Contoso)', null],
    ['Written by hand', null],
    ['Lunch (Main Hall)', null],
    ['Big Idea: storage should be boring.', null],
    ['- Informal methods — Ben Eggers', null],
    ['Ben Eggers, Member of Technical Staff @ OpenAI', null],
    ['Jane Doe - Staff Engineer, Acme', null],
    ['Ben Eggers, MTS @ OpenAI: Informal methods', ['Informal methods', 26, 42, [['Ben Eggers', 'MTS', 'OpenAI', 0, 10]], false, 'colon']],
    ['Łukasz Nowak (Allegro)', null],
  ];
  for (const [line, expected] of cases) {
    it(JSON.stringify(line), () => assert.deepEqual(titleSpeaker(line), expected));
  }
});

describe('stripTrailingLinks', () => {
  it('never strips the whole span', () => {
    const l = '[Informal methods](https://x.org/t)';
    assert.equal(stripTrailingLinks(l, 0, l.length), l.length);
    const u = 'https://x.org/t';
    assert.equal(stripTrailingLinks(u, 0, u.length), u.length);
  });
  it('keeps a line without links', () => {
    const l = 'Jane Doe (video)';
    assert.equal(stripTrailingLinks(l, 0, l.length), l.length);
  });
  it('drops links, link words and separators', () => {
    const l = 'Jane Doe — video: https://youtu.be/x | [slides](http://s.io/a b)';
    assert.equal(stripTrailingLinks(l, 0, l.length), 8);
  });
});
