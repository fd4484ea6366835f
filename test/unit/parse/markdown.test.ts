/**
 * The Markdown form (SPEC §2 "Markdown") on the example file and on small documents:
 * title, front matter, talk level, speakers, sections, definitions, talk-without-speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../../server/src/core/parse/markdown';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { parse, r, under } from './markdownHelpers';

const root = join(__dirname, '..', '..');

interface ExpectedTalk {
  title: string;
  line: number;
  speakers: { name: string; role: string | null; org: string | null; line: number }[];
  sections?: { title: string; line: number }[];
}

test('the Markdown example matches test/expected (title, conference, talks, speakers, sections, definitions)', () => {
  const text = readFileSync(join(root, 'fixtures', 'bugbash26-morning-day1.notes.md'), 'utf8');
  const expected = JSON.parse(readFileSync(join(root, 'expected', 'bugbash26-morning-day1.json'), 'utf8')) as {
    title: string;
    conference: string;
    talks: ExpectedTalk[];
    citations: { marker: string; definitionLine: number }[];
  };
  const lines = new LineIndex(text);
  const s = parseMarkdown(text, lines);
  assert.equal(s.title?.text, expected.title);
  assert.equal(s.conference, expected.conference);
  assert.deepEqual(
    s.talks.map((t) => ({
      title: t.title,
      line: t.line + 1,
      speakers: t.speakers.map((sp) => ({ name: sp.name, role: sp.role, org: sp.org, line: sp.line + 1 })),
      ...(t.sections.length > 0 ? { sections: t.sections.map((x) => ({ title: x.title, line: x.line + 1 })) } : {}),
    })),
    expected.talks,
  );
  assert.deepEqual(
    s.definitions.map((d) => [d.marker, d.line + 1]),
    expected.citations.map((c) => [c.marker, c.definitionLine]),
  );
  assert.deepEqual(s.problems, []);
  // Speaker names point at the names on the speaker lines.
  assert.deepEqual(
    s.talks.flatMap((t) => t.speakers.map((sp) => under(lines, sp.nameRange))),
    ['Priya Raman', 'Tomás Ortega', 'Li Wei', 'Dana Whitfield'],
  );
  assert.equal(s.talks[1].speakers[0].key, 'tomas ortega');
});

test('the Markdown example: blocks, their talks and sections, definitions in detail', () => {
  const text = readFileSync(join(root, 'fixtures', 'bugbash26-morning-day1.notes.md'), 'utf8');
  const { s, lines } = parse(text);
  assert.equal(r(s.title!.range), '4:2-4:29');
  assert.deepEqual(
    s.blocks.map((b) => [b.kind, b.talk, b.section, b.range.start.line]),
    [
      ['paragraph', -1, -1, 6],
      ['paragraph', 0, -1, 13],
      ['bullet', 0, -1, 16],
      ['bullet', 0, -1, 17],
      ['bullet', 0, -1, 18],
      ['paragraph', 0, -1, 20],
      ['paragraph', 0, 0, 24],
      ['paragraph', 1, -1, 33],
      ['paragraph', 1, -1, 37],
      ['paragraph', 2, -1, 45],
      ['paragraph', 2, -1, 49],
    ],
  );
  // Citation markers stay verbatim in block text.
  assert.match(s.blocks[5].text, /wall-clock time \[1\], and that it found/);
  assert.match(s.blocks[7].text, /fault injection\[\^ldfi\]: reason/);
  assert.match(s.blocks[6].text, /pointed to \[\[Informal methods\]\] from/);
  const [one, ldfi] = s.definitions;
  assert.deepEqual(
    { marker: one.marker, id: one.id, url: one.url, text: one.text, range: r(one.range), markerRange: r(one.markerRange) },
    { marker: '[1]', id: '1', url: 'https://example.org/northwind/simulator-benchmarks', text: 'https://example.org/northwind/simulator-benchmarks', range: '28:0-28:55', markerRange: '28:0-28:3' },
  );
  assert.deepEqual(
    { marker: ldfi.marker, id: ldfi.id, url: ldfi.url, text: ldfi.text, markerRange: r(ldfi.markerRange) },
    { marker: '[^ldfi]', id: '^ldfi', url: null, text: 'Alvaro, Rosen, Hellerstein. Lineage-driven Fault Injection. SIGMOD 2015.', markerRange: '40:0-40:7' },
  );
  assert.equal(under(lines, ldfi.range), lines.lineText(40));
  // The Q&A section runs to the line before the next talk.
  assert.equal(r(s.talks[0].sections[0].range), '23:0-29:0');
  assert.equal(r(s.talks[0].range), '10:0-29:0');
  assert.equal(r(s.talks[2].range), `42:0-${lines.lineCount - 1}:${lines.lineText(lines.lineCount - 1).length}`);
});

test('talk level: the first heading with a speaker line sets it; deeper headings are sections', () => {
  const text = [
    '# Day one', // 0
    '', // 1
    '## Morning', // 2
    '', // 3
    '### Fast things', // 4
    'Ada Lovelace, Analyst @ Engines Ltd', // 5
    '', // 6
    '#### Part 1: Setup', // 7
    'Some text.', // 8
    '### Slow things', // 9
    'No speaker here, only notes about it.', // 10
    '## Afternoon', // 11
    '### Third talk', // 12
    '', // 13
    'Speaker: Grace Hopper (Navy)', // 14
  ].join('\n');
  const { s } = parse(text);
  assert.equal(s.title?.text, 'Day one');
  assert.deepEqual(
    s.talks.map((t) => [t.title, t.headingLevel, t.speakers.map((x) => x.name), t.sections.map((x) => x.title), r(t.range)]),
    [
      ['Fast things', 3, ['Ada Lovelace'], ['Part 1: Setup'], '4:0-8:10'],
      ['Slow things', 3, [], [], '9:0-10:37'],
      ['Third talk', 3, ['Grace Hopper'], [], '12:0-14:28'],
    ],
  );
  // `## Afternoon` (shallower than talks) ends the talk before it; its blocks belong to no talk.
  assert.deepEqual(s.problems.map((p) => [p.code, p.severity, r(p.range)]), [['talk-without-speaker', 'hint', '9:4-9:15']]);
  assert.match(s.problems[0].message, /"Slow things"/);
  assert.deepEqual(s.blocks.map((b) => [b.text, b.talk, b.section]), [
    ['Some text.', 0, 0],
    ['No speaker here, only notes about it.', 1, -1],
  ]);
});

test('a speaker line within the next three non-blank lines counts; the fourth does not', () => {
  const within = parse('## Talk\n[video](https://v.example)\n\n*recorded*\nJane Doe @ Acme\n').s;
  assert.deepEqual(within.talks.map((t) => t.speakers.map((x) => x.name)), [['Jane Doe']]);
  const beyond = parse('## Talk\none\n\ntwo\n\nthree\n\nJane Doe @ Acme\n').s;
  assert.deepEqual(beyond.talks, []);
});

test('several speaker lines in a row add speakers; the speaker lines are not prose', () => {
  const { s, lines } = parse('## Panel\nAlice Smith @ Foo\nBob Jones, CTO @ Bar\nThey argued about caches.\n');
  assert.deepEqual(s.talks[0].speakers.map((x) => [x.name, x.role, x.org, x.line, under(lines, x.nameRange)]), [
    ['Alice Smith', null, 'Foo', 1, 'Alice Smith'],
    ['Bob Jones', 'CTO', 'Bar', 2, 'Bob Jones'],
  ]);
  assert.deepEqual(s.blocks.map((b) => [b.text, r(b.range)]), [['They argued about caches.', '3:0-3:25']]);
});

test('a byline under the document title does not make the title a talk', () => {
  const { s } = parse('# Conference notes\nby Jane Doe\n\n## First talk\nAlan Turing @ Bletchley\n\n## Second talk\nSpeaker: Ada Lovelace\n');
  assert.equal(s.title?.text, 'Conference notes');
  assert.deepEqual(s.talks.map((t) => t.title), ['First talk', 'Second talk']);
});

test('a single-talk file whose only heading has the speaker: the heading is the talk, not the title', () => {
  const { s } = parse('# Informal methods\nBen Eggers, Engineer @ Antithesis\n\nNotes.\n');
  assert.equal(s.title, null);
  assert.deepEqual(s.talks.map((t) => [t.title, t.headingLevel]), [['Informal methods', 1]]);
});

test('a title that is a link, with emphasis, reads as its text', () => {
  const { s, lines } = parse('## [**Raft** in practice](https://example.org/talk)\nJane Doe @ Acme\n');
  assert.equal(s.talks[0].title, 'Raft in practice');
  // The range runs from the first to the last kept character.
  assert.equal(under(lines, s.talks[0].titleRange), 'Raft** in practice');
});

test('a speaker line followed by links to video and slides', () => {
  const { s, lines } = parse('## Talk\n*Jane Doe* — [video](https://v.example/1) · [slides](https://s.example/2)\n');
  assert.deepEqual(s.talks[0].speakers.map((x) => [x.name, under(lines, x.nameRange)]), [['Jane Doe', 'Jane Doe']]);
});

test('a speaker whose name is a link', () => {
  const { s, lines } = parse('## Talk\n[Jane Doe](https://jane.example), Staff Engineer @ Acme\n');
  assert.deepEqual(s.talks[0].speakers.map((x) => [x.name, x.org, under(lines, x.nameRange)]), [['Jane Doe', 'Acme', 'Jane Doe']]);
});

test('a heading that carries title and speaker (`Title — Name`) is a talk when no heading has a speaker line', () => {
  const { s, lines } = parse('# Notes\n\n## Raft in practice — Jane Doe\n\nText.\n\n## Fuzzing all the things — John Roe\n');
  assert.deepEqual(s.talks.map((t) => [t.title, under(lines, t.titleRange), t.speakers.map((x) => x.name)]), [
    ['Raft in practice', 'Raft in practice', ['Jane Doe']],
    ['Fuzzing all the things', 'Fuzzing all the things', ['John Roe']],
  ]);
  assert.deepEqual(s.problems, []);
});

test('no speaker line anywhere: no talks and no hints (a plain Markdown document)', () => {
  const { s } = parse('# Readme\n\n## Install\n\nRun it.\n\n## Usage\n\nUse it.\n');
  assert.equal(s.title?.text, 'Readme');
  assert.deepEqual(s.talks, []);
  assert.deepEqual(s.problems, []);
  assert.deepEqual(s.blocks.map((b) => [b.text, b.talk]), [['Run it.', -1], ['Use it.', -1]]);
});

test('after a blank line, only a strong speaker line continues a panel; a lone name paragraph does not', () => {
  const { s } = parse('## Panel\nAlice Smith @ Foo\n\nBob Jones, CTO @ Bar\n\nCarol White\n\nThey argued.\n');
  assert.deepEqual(s.talks[0].speakers.map((x) => x.name), ['Alice Smith', 'Bob Jones']);
  assert.deepEqual(s.blocks.map((b) => b.text), ['Carol White', 'They argued.']);
});

test('a speaker line under a section heading stays prose and does not add a speaker', () => {
  const { s } = parse('## Talk\nJane Doe @ Acme\n\n### Q&A\nJohn Roe @ Contoso\n');
  assert.deepEqual(s.talks.map((t) => [t.speakers.map((x) => x.name), t.sections.map((x) => x.title)]), [[['Jane Doe'], ['Q&A']]]);
  assert.deepEqual(s.blocks.map((b) => [b.text, b.talk, b.section]), [['John Roe @ Contoso', 0, 0]]);
});

test('an HTML comment in a heading is a comment and not part of the title', () => {
  const { s } = parse('## Talk <!-- talknotes-disable -->\nJane Doe @ Acme\n');
  assert.equal(s.talks[0].title, 'Talk');
  assert.deepEqual(s.comments.map((c) => [c.text, r(c.range)]), [['<!-- talknotes-disable -->', '0:8-0:34']]);
});

test('a talk heading loses its schedule prefix and quotes; the range is on the title', () => {
  const { s, lines } = parse('## Monday 09:00 – "Simulation first"\nJane Doe @ Acme\n');
  assert.equal(s.talks[0].title, 'Simulation first');
  assert.equal(under(lines, s.talks[0].titleRange), 'Simulation first');
});

test('common Markdown speaker lines: emphasised prefix, italic byline, a prefixed first bullet', () => {
  const a = parse('## Talk\n**Speaker:** Jane Doe (Acme)\n').s;
  assert.deepEqual(a.talks[0].speakers.map((x) => [x.name, x.org]), [['Jane Doe', 'Acme']]);
  const b = parse('## Talk\n*by Jane Doe*\n').s;
  assert.deepEqual(b.talks[0].speakers.map((x) => x.name), ['Jane Doe']);
  const { s, lines } = parse('## Talk\n- Speaker: Jane Doe, CTO @ Acme\n- Slides: online\n');
  assert.deepEqual(s.talks[0].speakers.map((x) => [x.name, under(lines, x.nameRange)]), [['Jane Doe', 'Jane Doe']]);
  assert.deepEqual(s.blocks.map((b) => b.text), ['Slides: online']);
  // A bullet that is only a name is not a speaker line.
  assert.deepEqual(parse('## Talk\n- Jane Doe @ Acme\n').s.talks, []);
});
