/**
 * Markdown edge cases (issue 4): setext headings, headings in code fences, speaker lines in
 * emphasis, HTML comments, nested lists, CRLF and lone CR, broken Markdown, empty files,
 * front matter only, and large inputs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMarkdown, parseMarkdownStructure } from '../../../server/src/core/parse/markdown';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { assertPiecesExact, parse, r, under } from './markdownHelpers';

test('setext headings are headings: `===` title, `---` talks', () => {
  const text = ['Conference', '==========', '', 'Fast things', '-----------', 'Ada Lovelace @ Engines', '', 'Notes here.', '', 'Slow things', '---', 'Grace Hopper (US Navy)', ''].join('\n');
  const { s, lines } = parse(text);
  assert.equal(s.title?.text, 'Conference');
  assert.equal(r(s.title!.range), '0:0-0:10');
  assert.deepEqual(s.talks.map((t) => [t.title, t.line, t.headingLevel, t.speakers.map((x) => x.name)]), [
    ['Fast things', 3, 2, ['Ada Lovelace']],
    ['Slow things', 9, 2, ['Grace Hopper']],
  ]);
  assert.equal(under(lines, s.talks[1].titleRange), 'Slow things');
  assert.deepEqual(s.blocks.map((b) => b.text), ['Notes here.']);
});

test('headings inside code fences (and indented code) are not headings, and code is not prose', () => {
  const text = [
    '# Notes',
    '## Real talk',
    'Jane Doe @ Acme',
    '',
    '```markdown',
    '## Not a talk',
    'John Roe @ Elsewhere',
    '```',
    '',
    '    ## also code',
    '',
    'After the code.',
  ].join('\n');
  const { s } = parse(text);
  assert.deepEqual(s.talks.map((t) => t.title), ['Real talk']);
  assert.deepEqual(s.blocks.map((b) => b.text), ['After the code.']);
});

test('a speaker line wrapped in ** (or _, *, __) is read, with the name range on the name', () => {
  for (const wrap of ['**', '*', '_', '__']) {
    const { s, lines } = parse(`## Talk\n${wrap}Priya Raman, Principal Engineer @ Northwind Systems${wrap}\n\nText.\n`);
    assert.equal(s.talks.length, 1, wrap);
    const [sp] = s.talks[0].speakers;
    assert.deepEqual([sp.name, sp.role, sp.org, r(sp.nameRange), under(lines, sp.nameRange)], [
      'Priya Raman',
      'Principal Engineer',
      'Northwind Systems',
      `1:${wrap.length}-1:${wrap.length + 11}`,
      'Priya Raman',
    ]);
    assert.deepEqual(s.blocks.map((b) => b.text), ['Text.']);
  }
});

test('emphasis only around the name, and an unclosed ** around the line', () => {
  const a = parse('## Talk\n**Jane Doe**, CTO @ Acme\n').s;
  assert.deepEqual(a.talks[0].speakers.map((x) => [x.name, x.role, x.org]), [['Jane Doe', 'CTO', 'Acme']]);
  const b = parse('## Talk\n**Jane Doe, CTO @ Acme\n').s;
  assert.deepEqual(b.talks[0].speakers.map((x) => [x.name, r(x.nameRange)]), [['Jane Doe', '1:2-1:10']]);
});

test('HTML comments go to comments (block and inline, also unclosed) and are not prose', () => {
  const text = [
    '<!-- talknotes-disable-file -->', // 0
    '# Notes', // 1
    '', // 2
    'Before <!-- talknotes-ignore-line --> after.', // 3
    '', // 4
    '<!--', // 5
    'multi', // 6
    '-->', // 7
    '', // 8
    '```', // 9
    '<!-- in code -->', // 10
    '```', // 11
    '', // 12
    '<!-- unclosed', // 13
    'still comment', // 14
  ].join('\n');
  const { s, lines } = parse(text);
  assert.deepEqual(s.comments.map((c) => [c.text, r(c.range)]), [
    ['<!-- talknotes-disable-file -->', '0:0-0:31'],
    ['<!-- talknotes-ignore-line -->', '3:7-3:37'],
    ['<!--\nmulti\n-->', '5:0-7:3'],
    ['<!-- unclosed\nstill comment', '13:0-14:13'],
  ]);
  assert.deepEqual(s.blocks.map((b) => b.text), ['Before after.']);
  assertPiecesExact(lines, s.blocks);
});

test('nested lists: every item is its own bullet block with its own text', () => {
  const text = ['# N', '', '- outer one', '  - inner *a*', '    continued', '  - inner b', '- outer two', '', '  second paragraph of outer two', '1. numbered'].join('\n');
  const { s, lines } = parse(text);
  assert.deepEqual(s.blocks.map((b) => [b.kind, b.text, r(b.range)]), [
    ['bullet', 'outer one', '2:2-2:11'],
    ['bullet', 'inner a continued', '3:4-4:13'],
    ['bullet', 'inner b', '5:4-5:11'],
    ['bullet', 'outer two', '6:2-6:11'],
    ['paragraph', 'second paragraph of outer two', '8:2-8:31'],
    ['bullet', 'numbered', '9:3-9:11'],
  ]);
  assertPiecesExact(lines, s.blocks);
});

test('block quotes are prose without their markers', () => {
  const { s, lines } = parse('> quoted line one\n> and two\n');
  assert.deepEqual(s.blocks.map((b) => [b.kind, b.text, r(b.range)]), [['paragraph', 'quoted line one and two', '0:2-1:9']]);
  assertPiecesExact(lines, s.blocks);
});

test('CRLF and lone CR give the same structure as LF, with positions on the right lines', () => {
  const lf = '---\ntalknotes: true\nconference: Conf\n---\n# Title\n\n## Talk\nJane Doe @ Acme\n\nShe said it runs\n  **10x** faster [1].\n\n[1]: https://example.org\n';
  const base = parse(lf).s;
  // Offsets differ with the line ends; positions and texts do not.
  const withoutOffsets = (x: typeof base) => ({ ...x, blocks: x.blocks.map((b) => ({ ...b, pieces: [] })) });
  for (const eol of ['\r\n', '\r']) {
    const { s, lines } = parse(lf.replace(/\n/g, eol));
    assert.deepEqual(withoutOffsets(s), withoutOffsets(base), JSON.stringify(eol));
    assertPiecesExact(lines, s.blocks);
  }
  assert.equal(base.conference, 'Conf');
  assert.deepEqual(base.blocks.map((b) => [b.text, r(b.range)]), [['She said it runs 10x faster [1].', '9:0-10:21']]);
  assert.deepEqual(base.definitions.map((d) => [d.marker, d.url, r(d.range)]), [['[1]', 'https://example.org', '12:0-12:24']]);
});

test('broken Markdown: an unclosed fence swallows the rest; unbalanced emphasis stays text', () => {
  const fence = parse('# T\n## Talk\nJane Doe @ Acme\n\n```\n## Hidden\nJohn Roe @ X\n').s;
  assert.deepEqual(fence.talks.map((t) => t.title), ['Talk']);
  assert.deepEqual(fence.blocks, []);
  const { s, lines } = parse('Some **bold and *half\nopen_ text__ here.\n');
  assert.deepEqual(s.blocks.map((b) => b.text), ['Some **bold and *half open_ text__ here.']);
  assertPiecesExact(lines, s.blocks);
});

test('empty file, blank file, and front matter only', () => {
  for (const text of ['', '\n\n', '   ', '\r\n']) {
    const { s } = parse(text);
    assert.deepEqual(s, { title: null, conference: null, talks: [], blocks: [], definitions: [], comments: [], problems: [] });
  }
  const { s } = parse('---\ntalknotes: true\nconference: "BugBash\'26"\n---\n');
  assert.deepEqual(s, { title: null, conference: "BugBash'26", talks: [], blocks: [], definitions: [], comments: [], problems: [] });
  // Unterminated front matter is not front matter: markdown-it reads `---` as a rule.
  const open = parse('---\nconference: X\n').s;
  assert.equal(open.conference, null);
});

test('front matter is metadata, not prose; a YAML error leaves it out but does not throw', () => {
  const { s } = parse('---\nconference: Conf\ntags: [a, b]\n---\n\nProse.\n');
  assert.equal(s.conference, 'Conf');
  assert.deepEqual(s.blocks.map((b) => [b.text, b.range.start.line]), [['Prose.', 5]]);
  const bad = parse('---\nconference: [unclosed\n---\nProse.\n').s;
  assert.equal(bad.conference, null);
});

test('reference definitions: several, multi-line, in a quote; footnotes with continuation lines', () => {
  const text = [
    'Claim [a] and [B] and [^n] and [^m].', // 0
    '', // 1
    '[a]: https://a.example "Title"', // 2
    '[b]:', // 3
    '  <https://b.example/x y>', // 4
    '', // 5
    '> [q]: https://q.example', // 6
    '', // 7
    '[^n]: Smith et al.', // 8
    '    continued here.', // 9
    '', // 10
    '[^m]: https://m.example/paper', // 11
  ].join('\n');
  const { s } = parse(text);
  assert.deepEqual(s.definitions.map((d) => [d.marker, d.id, d.url, d.text, d.line, r(d.range), r(d.markerRange)]), [
    ['[a]', 'a', 'https://a.example', 'https://a.example "Title"', 2, '2:0-2:30', '2:0-2:3'],
    ['[b]', 'b', 'https://b.example/x y', '<https://b.example/x y>', 3, '3:0-4:25', '3:0-3:3'],
    ['[q]', 'q', 'https://q.example', 'https://q.example', 6, '6:2-6:24', '6:2-6:5'],
    ['[^n]', '^n', null, 'Smith et al. continued here.', 8, '8:0-9:19', '8:0-8:4'],
    ['[^m]', '^m', 'https://m.example/paper', 'https://m.example/paper', 11, '11:0-11:29', '11:0-11:4'],
  ]);
  assert.deepEqual(s.blocks.map((b) => b.text), ['Claim [a] and [B] and [^n] and [^m].']);
});

test('a talk heading with its speaker two lines down, after a comment', () => {
  const { s } = parse('## Talk\n<!-- recorded -->\nJane Doe @ Acme\n');
  assert.deepEqual(s.talks.map((t) => t.speakers.map((x) => x.name)), [['Jane Doe']]);
});

test('headings inside lists or quotes are not talks', () => {
  const { s } = parse('## Real\nJane Doe @ Acme\n\n> ## Quoted\n> John Roe @ X\n\n- ## Listed\n  Ann Lee @ Y\n');
  assert.deepEqual(s.talks.map((t) => t.title), ['Real']);
});

test('odd input never throws: binary, NUL, BOM, a 1 MB line, deep nesting, random Markdown', () => {
  const samples = [
    '\u0000\u0001\u0002## x\u0000\nJane Doe @ Acme\u0000',
    '\uFEFF# Title\n',
    'x'.repeat(1_000_000),
    '>'.repeat(5000) + ' deep',
    '- '.repeat(3000) + 'deep',
    '*'.repeat(10000),
    '[' .repeat(5000) + ']'.repeat(5000),
    '`'.repeat(7) + 'code' + '`'.repeat(3),
    '\ud83d\ude00 **emoji** \ud83d\ude00\n## \ud83d\ude00 talk\nZoë Ångström @ Ørsted',
  ];
  for (const text of samples) {
    const lines = new LineIndex(text);
    const s = parseMarkdownStructure(text, lines);
    assertPiecesExact(lines, s.blocks);
  }
  const alphabet = fc.constantFrom('#', '## ', '\n', '\r\n', '\r', ' ', '  ', '*', '**', '_', '`', '```', '[', ']', '(', ')', '[1]', '[^a]', '[1]: http://x', '[^a]: n', '<!--', '-->', '>', '- ', '1. ', '---', '===', '\\', '&amp;', 'Jane Doe @ Acme', 'word', 'é', '\ud83d\ude00', '\t', '|');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const lines = new LineIndex(text);
      const s = parseMarkdownStructure(text, lines);
      for (const b of s.blocks) assert.ok(b.text.length > 0 && b.text === b.text.trim());
      // `&amp;` is the only entity in the alphabet and decodes to its own first character.
      assertPiecesExact(lines, s.blocks);
      for (const x of [...s.talks, ...s.definitions, ...s.comments]) assert.ok(x.range.end.line < lines.lineCount);
      return true;
    }),
    { numRuns: 1500 },
  );
});

// Speed is held by the benchmarks (SPEC §5), not by timed unit tests; this checks a large input completes correctly.
test('a large input: 5 000 talks, every talk, block and definition found', () => {
  const one = '## Talk number N\nJane Doe, Engineer @ Acme\n\nShe said it is **2x faster** [1] than *before*.\n\n- a bullet\n  - nested\n\n';
  const text = '# Big\n\n' + one.repeat(5_000) + '[1]: https://example.org\n';
  const s = parseMarkdown(text, new LineIndex(text));
  assert.equal(s.talks.length, 5_000);
  assert.equal(s.blocks.length, 15_000);
  assert.equal(s.blocks[14_997].text, 'She said it is 2x faster [1] than before.');
  assert.equal(s.blocks[14_997].talk, 4_999);
  assert.deepEqual(s.definitions.map((d) => d.line), [8 * 5_000 + 2]);
});
