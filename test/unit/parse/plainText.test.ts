import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { parsePlainText } from '../../../server/src/core/parse/plainText';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { docOffset } from '../../../server/src/core/text/pieces';
import type { DocumentStructure, ProseBlock, Range } from '../../../server/src/core/model/types';

const root = join(__dirname, '..', '..');
const fixture = (name: string): string => readFileSync(join(root, 'fixtures', name), 'utf8');
const expected = (name: string): any => JSON.parse(readFileSync(join(root, 'expected', name), 'utf8'));

function parse(text: string): DocumentStructure {
  return parsePlainText(text, new LineIndex(text));
}

const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

/** Every character of a block's text that came from the document maps back to the same character. */
function assertPiecesMapBack(text: string, block: ProseBlock): void {
  for (const p of block.pieces) {
    assert.equal(block.text.slice(p.textStart, p.textStart + p.length), text.slice(p.docStart, p.docStart + p.length));
  }
  const lines = new LineIndex(text);
  assert.deepEqual(lines.positionAt(docOffset(block.pieces, 0)), block.range.start);
}

describe('plain text: expectations of the example files', () => {
  for (const [file, json] of [
    ['bugbash26-afternoon-day1.notes', 'bugbash26-afternoon-day1.json'],
    ['unicode-crlf.notes', 'unicode-crlf.json'],
  ]) {
    it(file, () => {
      const exp = expected(json);
      const doc = analyzeDocument({ uri: `file:///${file}`, text: fixture(file), format: 'plaintext' });
      assert.equal(doc.title?.text, exp.title);
      const got = doc.talks.map((t) => ({
        title: t.title,
        line: t.line + 1,
        speakers: t.speakers.map((s) => ({ name: s.name, role: s.role, org: s.org, line: s.line + 1 })),
        ...(t.sections.length ? { sections: t.sections.map((s) => ({ title: s.title, line: s.line + 1 })) } : {}),
      }));
      assert.deepEqual(got, exp.talks);
    });
  }
});

describe('plain text: bugbash26-afternoon-day1.notes structure', () => {
  const text = fixture('bugbash26-afternoon-day1.notes');
  const doc = analyzeDocument({ uri: 'file:///a.notes', text, format: 'plaintext' });

  it('document title and talk ranges', () => {
    assert.deepEqual(doc.title, { text: "BugBash'26 Afternoon of Day 1", range: r(0, 0, 0, 29) });
    assert.deepEqual(
      doc.talks.map((t) => [t.line, t.range.start.line, t.range.end.line, t.headingLevel]),
      [[2, 2, 27, 0], [28, 28, 30, 0], [31, 31, 33, 0], [34, 34, 38, 0], [39, 39, 52, 0]],
    );
    assert.deepEqual(doc.talks[0].titleRange, r(2, 0, 2, 16));
    assert.deepEqual(doc.talks[3].titleRange, r(34, 0, 34, 33));
  });

  it('speaker ranges and keys', () => {
    const ben = doc.talks[0].speakers[0];
    assert.equal(ben.key, 'ben eggers');
    assert.deepEqual(ben.nameRange, r(3, 0, 3, 10));
    assert.deepEqual(ben.lineRange, r(3, 0, 3, 46));
    assert.deepEqual(doc.talks[4].speakers[0].nameRange, r(40, 0, 40, 13));
  });

  it('sections run to the end of the section', () => {
    const [p1, p2] = doc.talks[0].sections;
    assert.deepEqual(p1.titleRange, r(9, 0, 9, 65));
    assert.equal(p1.range.start.line, 9);
    assert.equal(p1.range.end.line, 17);
    assert.equal(p2.range.start.line, 18);
    assert.equal(p2.range.end.line, 27);
  });

  it('one paragraph per line (no blank lines), bullets without their marker', () => {
    assert.equal(doc.blocks.length, 40);
    const at = (line: number) => doc.blocks.find((b) => b.range.start.line === line)!;
    const b2 = at(1);
    assert.equal(b2.kind, 'paragraph');
    assert.equal(b2.talk, -1);
    assert.ok(b2.text.startsWith('These are my notes from the afternoon sessions'));
    const ok = at(8);
    assert.equal(ok.kind, 'paragraph');
    assert.ok(ok.text.startsWith('Ok, now it makes more sense.'));
    assert.deepEqual([ok.talk, ok.section], [0, -1]);
    const bullet = at(6);
    assert.deepEqual([bullet.kind, bullet.text, bullet.talk, bullet.section], ['bullet', 'writing code was where the hard parts surfaced', 0, -1]);
    assert.deepEqual(bullet.range, r(6, 2, 6, 48));
    assert.deepEqual([at(11).kind, at(11).text, at(11).section], ['bullet', 'decide intent', 0]);
    assert.deepEqual([at(50).text, at(50).talk], ['Innovation << Reliability << Inertia', 4]);
    for (const b of doc.blocks) assertPiecesMapBack(text, b);
  });

  it('title, talk titles and speaker lines are not prose', () => {
    const lines = new Set(doc.blocks.map((b) => b.range.start.line));
    for (const l of [0, 2, 3, 9, 18, 28, 29, 31, 32, 34, 35, 39, 40]) assert.ok(!lines.has(l), `line ${l}`);
  });
});

describe('plain text: unicode-crlf.notes', () => {
  const text = fixture('unicode-crlf.notes');
  const doc = analyzeDocument({ uri: 'file:///u.notes', text, format: 'plaintext' });
  it('BOM removed, CRLF not in any text, UTF-16 columns', () => {
    assert.deepEqual(doc.title, { text: 'Café Notes 🎤 Day 2', range: r(0, 0, 0, 19) });
    assert.deepEqual(doc.talks[0].titleRange, r(1, 0, 1, 21));
    assert.deepEqual(doc.talks[0].speakers[0].nameRange, r(2, 0, 2, 12));
    assert.deepEqual(doc.talks[1].titleRange, r(4, 0, 4, 25));
    assert.equal(doc.talks[1].speakers[0].key, 'łukasz nowak');
    assert.deepEqual(
      doc.blocks.map((b) => [b.talk, b.range]),
      [[0, r(3, 0, 3, 77)], [1, r(6, 0, 6, 97)], [1, r(7, 0, 7, 38)]],
    );
    for (const b of doc.blocks) {
      assert.ok(!b.text.includes('\r'));
      assertPiecesMapBack(doc.text, b);
    }
    assert.ok(doc.blocks[0].text.startsWith('🎉 Zoë said'));
    assert.deepEqual(doc.talks[1].range, r(4, 0, 7, 38));
  });
});

describe('plain text: blank-line separated notes', () => {
  const text = [
    'KubeCon 2026 notes', // 0
    '', // 1
    'Monday 09:00 Opening keynote', // 2
    '*Priyanka Sharma*', // 3
    '', // 4
    'Cloud native is', // 5
    '   growing fast, says', // 6
    'everyone.', // 7
    '', // 8
    '- a bullet that', // 9
    '  continues here', // 10
    '- second', // 11
    '', // 12
    'Scaling Kafka at Acme', // 13
    'Jane Doe, Staff Engineer @ Acme', // 14
    'John Roe and Ann Lee, Principals @ Acme', // 15
    '', // 16
    'Q&A:', // 17
    'Someone asked about [1] and [^ldfi].', // 18
    '', // 19
    '[1]: https://example.org/paper "x"', // 20
    '[^LDFI]: Alvaro et al., SIGMOD 2015', // 21
    '', // 22
  ].join('\n');
  const doc = parse(text);

  it('talks, bare-name speaker after a schedule-prefixed title, consecutive speaker lines', () => {
    assert.deepEqual(
      doc.talks.map((t) => [t.title, t.line, t.titleRange, t.range, t.speakers.map((s) => [s.name, s.role, s.org, s.line, s.nameRange])]),
      [
        ['Opening keynote', 2, r(2, 13, 2, 28), r(2, 0, 11, 8), [['Priyanka Sharma', null, null, 3, r(3, 1, 3, 16)]]],
        [
          'Scaling Kafka at Acme', 13, r(13, 0, 13, 21), r(13, 0, 21, 35),
          [
            ['Jane Doe', 'Staff Engineer', 'Acme', 14, r(14, 0, 14, 8)],
            ['John Roe', 'Principals', 'Acme', 15, r(15, 0, 15, 8)],
            ['Ann Lee', 'Principals', 'Acme', 15, r(15, 13, 15, 20)],
          ],
        ],
      ],
    );
    assert.deepEqual(doc.title?.text, 'KubeCon 2026 notes');
  });

  it('joins the lines of a paragraph and the continuation of a bullet', () => {
    assert.deepEqual(
      doc.blocks.map((b) => [b.kind, b.text, b.range, b.talk, b.section]),
      [
        ['paragraph', 'Cloud native is growing fast, says everyone.', r(5, 0, 7, 9), 0, -1],
        ['bullet', 'a bullet that continues here', r(9, 2, 10, 16), 0, -1],
        ['bullet', 'second', r(11, 2, 11, 8), 0, -1],
        ['paragraph', 'Someone asked about [1] and [^ldfi].', r(18, 0, 18, 36), 1, 0],
      ],
    );
    for (const b of doc.blocks) assertPiecesMapBack(text, b);
    assert.deepEqual(doc.blocks[0].pieces.map((p) => [p.textStart, p.docStart, p.length]), [
      [0, 68, 15],
      [16, 87, 18],
      [35, 106, 9],
    ]);
  });

  it('sections and reference definitions', () => {
    assert.deepEqual(doc.talks[1].sections, [{ title: 'Q&A:', line: 17, titleRange: r(17, 0, 17, 4), range: r(17, 0, 21, 35) }]);
    assert.deepEqual(doc.definitions, [
      {
        marker: '[1]', id: '1', text: 'https://example.org/paper "x"', url: 'https://example.org/paper', line: 20,
        range: r(20, 0, 20, 34), markerRange: r(20, 0, 20, 3),
      },
      {
        marker: '[^LDFI]', id: '^ldfi', text: 'Alvaro et al., SIGMOD 2015', url: null, line: 21,
        range: r(21, 0, 21, 35), markerRange: r(21, 0, 21, 7),
      },
    ]);
  });
});

describe('plain text: talk detection rules', () => {
  const talksOf = (lines: string[]) => parse(lines.join('\n')).talks.map((t) => [t.title, t.line, t.speakers.map((s) => s.name)]);

  it('a first line followed by a speaker line is a talk, not the document title', () => {
    const doc = parse('Informal methods\nBen Eggers, MTS @ OpenAI\nNotes.');
    assert.equal(doc.title, null);
    assert.deepEqual(doc.talks.map((t) => t.title), ['Informal methods']);
  });

  it('blank lines may stand between title and speaker line', () => {
    assert.deepEqual(talksOf(['Notes', 'Informal methods', '', '', 'Speaker: Ben Eggers', 'x']), [['Informal methods', 1, ['Ben Eggers']]]);
  });

  it('a bare name right after the document title is the author, not a talk', () => {
    assert.deepEqual(talksOf(['My Conference Notes', 'Jane Doe', 'Some text here.']), []);
  });

  it('a bare name after a sentence or a colon line is no speaker line', () => {
    assert.deepEqual(talksOf(['Notes', 'We went to lunch.', 'Jane Doe', 'The talk has two parts:', 'Ben Eggers, MTS @ OpenAI']), []);
  });

  it('a bare name needs a capitalised title that is not itself name-like', () => {
    assert.deepEqual(talksOf(['Notes', 'text', 'Kafka Internals', 'Jane Doe', 'x']), []);
    assert.deepEqual(talksOf(['Notes', 'Some text.', 'Kafka Internals', 'Jane Doe', 'x']), []);
    assert.deepEqual(talksOf(['Notes', 'Some text.', 'Scaling Kafka', 'Jane Doe', 'x']), [['Scaling Kafka', 2, ['Jane Doe']]]);
  });

  it('bullets and sections are never titles', () => {
    assert.deepEqual(talksOf(['Notes', '- Informal methods', 'Ben Eggers, MTS @ OpenAI', 'Q&A', 'Jane Doe, CTO @ Acme']), []);
  });

  it('a title may end with a question mark when the speaker line is strong', () => {
    assert.deepEqual(talksOf(['Notes', 'Is TDD dead?', 'Kent Beck, Fellow @ Facebook']), [['Is TDD dead?', 1, ['Kent Beck']]]);
    assert.deepEqual(talksOf(['Notes', 'x', 'Is TDD dead?', 'Kent Beck']), []);
  });

  it('a title written as a Markdown link', () => {
    const doc = parse('Notes\n[Informal methods](https://youtu.be/x)\nBen Eggers (OpenAI)\n');
    assert.deepEqual([doc.talks[0].title, doc.talks[0].titleRange], ['Informal methods', r(1, 1, 1, 17)]);
  });

  it('a title without its label and trailing links', () => {
    const doc = parse('Notes\nTalk: Informal methods — https://youtu.be/x\nBen Eggers (OpenAI)\nNext [slides](https://s.io/a) [video](https://v.io/b)\nJane Doe, CTO @ Acme\n');
    assert.deepEqual(doc.talks.map((t) => [t.title, t.titleRange]), [
      ['Informal methods', r(1, 6, 1, 22)],
      ['Next', r(3, 0, 3, 4)],
    ]);
  });

  it('weak one-line forms need the document to repeat the layout', () => {
    assert.deepEqual(talksOf(['Notes', 'Informal methods — Ben Eggers', 'text']), []);
    assert.deepEqual(talksOf(['Notes', 'Informal methods — Ben Eggers', 'text', 'Fast and fault-tolerant — Matt Barrett', 'more', 'Gary Marcus: LLMs are not enough']), [
      ['Informal methods', 1, ['Ben Eggers']],
      ['Fast and fault-tolerant', 3, ['Matt Barrett']],
    ]);
  });

  it('strong one-line forms stand alone', () => {
    assert.deepEqual(talksOf(['Notes', '**Informal methods** (Ben Eggers, OpenAI)', 'text']), [['Informal methods', 1, ['Ben Eggers']]]);
    assert.deepEqual(talksOf(['Notes', 'Dana Whitfield, Contoso: "Scaling the Unscalable"', 'text']), [['Scaling the Unscalable', 1, ['Dana Whitfield']]]);
  });

  it('talks as items of a numbered list', () => {
    const doc = parse(['Schedule', '1. Informal methods — Ben Eggers', 'Some notes here.', '2. Fast and fault-tolerant: pick two — Matt Barrett, CEO @ Adaptive', 'More notes.'].join('\n'));
    assert.deepEqual(
      doc.talks.map((t) => [t.title, t.titleRange, t.speakers.map((s) => [s.name, s.role, s.org, s.nameRange])]),
      [
        ['Informal methods', r(1, 3, 1, 19), [['Ben Eggers', null, null, r(1, 22, 1, 32)]]],
        ['Fast and fault-tolerant: pick two', r(3, 3, 3, 36), [['Matt Barrett', 'CEO', 'Adaptive', r(3, 39, 3, 51)]]],
      ],
    );
    assert.deepEqual(doc.blocks.map((b) => [b.text, b.talk]), [['Some notes here.', 0], ['More notes.', 1]]);
  });

  it('a numbered item followed by an indented speaker line', () => {
    assert.deepEqual(talksOf(['Schedule', '1. Informal methods', '   Ben Eggers, MTS @ OpenAI', '2. Next', '   Jane Doe (Acme)']), [
      ['Informal methods', 1, ['Ben Eggers']],
      ['Next', 3, ['Jane Doe']],
    ]);
  });

  it('a panel of speakers on consecutive lines', () => {
    assert.deepEqual(talksOf(['Notes', 'Panel on testing', 'Alice Smith (Acme)', 'Bob Jones (Initech)', 'Carol White, CTO @ Globex', 'Text.']), [
      ['Panel on testing', 1, ['Alice Smith', 'Bob Jones', 'Carol White']],
    ]);
  });

  it('a line that is both a title and one-line form prefers the core form', () => {
    assert.deepEqual(talksOf(['Notes', 'Informal methods — Ben Eggers', 'Ben Eggers, MTS @ OpenAI']), [['Informal methods — Ben Eggers', 1, ['Ben Eggers']]]);
  });
});

describe('plain text: line kinds', () => {
  it('bullet markers, numbered items and indented continuations', () => {
    const doc = parse(['Notes', '', 'Para.', '', '• dot', '* star', '  1) paren', '10. ten', '    more of ten', '-nomarker', ''].join('\n'));
    assert.deepEqual(
      doc.blocks.map((b) => [b.kind, b.text, b.range]),
      [
        ['paragraph', 'Para.', r(2, 0, 2, 5)],
        ['bullet', 'dot', r(4, 2, 4, 5)],
        ['bullet', 'star', r(5, 2, 5, 6)],
        ['bullet', 'paren', r(6, 5, 6, 10)],
        ['bullet', 'ten more of ten', r(7, 4, 8, 15)],
        ['paragraph', '-nomarker', r(9, 0, 9, 9)],
      ],
    );
  });

  it('section lines of every kind, only inside a talk', () => {
    const doc = parse(
      ['Notes', 'Summary', 'Informal methods', 'Ben Eggers, MTS @ OpenAI', 'Section 2: Design', 'a', 'Session 3', 'b', 'Key points:', 'Takeaways', 'Discussion', 'Questions', 'Part IV - The end', 'Summary of the talk', 'c'].join('\n'),
    );
    assert.deepEqual(
      doc.talks[0].sections.map((s) => [s.title, s.line, s.range.end.line]),
      [['Section 2: Design', 4, 5], ['Session 3', 6, 7], ['Key points:', 8, 8], ['Takeaways', 9, 9], ['Discussion', 10, 10], ['Questions', 11, 11], ['Part IV - The end', 12, 14]],
    );
    assert.deepEqual(doc.blocks.map((b) => [b.text, b.section]), [['a', 0], ['b', 1], ['Summary of the talk', 6], ['c', 6]]);
  });

  it('suppression directives are not prose', () => {
    const doc = parse(['Notes', 'Informal methods', 'Ben Eggers, MTS @ OpenAI', '%% talknotes-disable-next-line', 'It is 3x faster.', '<!-- talknotes-disable -->'].join('\n'));
    assert.deepEqual(doc.blocks.map((b) => [b.text, b.range.start.line]), [['It is 3x faster.', 4]]);
  });

  it('reference definitions need an id, a colon and text', () => {
    const doc = parse(['Notes', '[1]: https://a.example/x', '[ldfi]:missing space', '[]: empty', '[^]: caret only', '[2]:', '    [3]: too indented', '[Foo Bar]: spaces'].join('\n'));
    assert.deepEqual(doc.definitions.map((d) => [d.marker, d.id, d.url]), [['[1]', '1', 'https://a.example/x']]);
    assert.equal(doc.blocks.length, 6);
  });
});

describe('plain text: robustness', () => {
  it('empty and blank input', () => {
    for (const t of ['', '\n', '  \r\n\r\n']) {
      const doc = parse(t);
      assert.deepEqual([doc.title, doc.talks, doc.blocks, doc.definitions], [null, [], [], []]);
    }
  });

  it('lone CR line ends', () => {
    const doc = parse('Notes\rInformal methods\rBen Eggers, MTS @ OpenAI\rSome text.\r');
    assert.deepEqual(doc.talks.map((t) => [t.line, t.speakers[0].line]), [[1, 2]]);
    assert.deepEqual(doc.blocks.map((b) => [b.text, b.range]), [['Some text.', r(3, 0, 3, 10)]]);
  });

  // Speed is held by the benchmarks (SPEC §5); these only prove large inputs come out whole.
  it('a 1 MB single line, a 1 MB wrapped paragraph and a 10 MB file', () => {
    const big = 'word, '.repeat(180_000);
    const one = parse('Title\n' + big);
    assert.equal(one.blocks[0].text.length, big.length - 1);
    const wrapped = 'T\n\n' + 'word word word word word word word\n'.repeat(30_000) + '\n' + 'p\n\n'.repeat(5000);
    const w = parse(wrapped);
    assert.equal(w.blocks[0].pieces.length, 30_000);
    assert.equal(w.blocks[0].text.length, 30_000 * 35 - 1);
    assertPiecesMapBack(wrapped, w.blocks[0]);
    const fx = fixture('bugbash26-afternoon-day1.notes');
    const many = parse(fx.repeat(Math.ceil(10_000_000 / fx.length)));
    assert.equal(many.talks.length, 5 * Math.ceil(10_000_000 / fx.length));
  });

  it('any text: no throw, blocks map back to the document, ranges are ordered', () => {
    const piece = fc.constantFrom(
      'Informal methods', 'Ben Eggers, MTS @ OpenAI', 'Jane Doe', '- bullet', '  indented', '1. item', 'Q&A', 'Part 1: x',
      '[1]: https://x.org', 'Prose line.', '', 'Title — Ann Lee', 'Łukasz Nowak (Allegro)', '🎉 emoji', '%% talknotes-disable',
    );
    const sep = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(piece, fc.string()), sep), { maxLength: 30 }), (parts) => {
        const text = parts.map(([a, b]) => a + b).join('');
        const doc = parse(text);
        for (const b of doc.blocks) assertPiecesMapBack(text, b);
        let last = -1;
        for (const t of doc.talks) {
          assert.ok(t.line > last && t.range.end.line >= t.line && t.speakers.length > 0);
          last = t.line;
          for (const sp of t.speakers) assert.equal(text.split(/\r\n|\r|\n/)[sp.line].slice(sp.nameRange.start.character, sp.nameRange.end.character), sp.name);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('binary garbage never throws', () => {
    let s = '';
    for (let i = 0; i < 20_000; i++) s += String.fromCharCode((i * 7919) % 65536);
    const doc = parse(s);
    for (const b of doc.blocks) assert.ok(b.text.length > 0);
  });
});
