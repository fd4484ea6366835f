// The extractive talk summariser on documents built by hand (test/summaries/handStructure.ts),
// so these tests do not depend on the format parsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_SENTENCES, ONE_LINE_MAX, oneLineSummary, summarizeTalk } from '../../../server/src/core/summarize/summary';
import type { NotesDocument, Range } from '../../../server/src/core/model/types';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { handDocument } from '../../summaries/handStructure';
import { analyzeDocument } from '../../../server/src/core/analyze';

const fixtures = join(__dirname, '..', '..', 'fixtures');

/** The document text a range covers. */
function covered(doc: NotesDocument, range: Range): string {
  const lines = new LineIndex(doc.text);
  return doc.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

const STORAGE_TALK = [
  'Storage notes',
  'Replicated logs',
  'Ada Byron, Engineer @ Example',
  'I was late because the coffee line at the venue was long and I missed the replication intro.',
  'Ada argued that replicated logs are the simplest way to build fault-tolerant storage.',
  'Every replica applies the same log entries in the same order, so replicas agree on the storage state.',
  'Waking up at 4am to fly in took its toll on me, so I skimmed the replication part.',
  'Why not just use a database?',
  'Snapshots of the storage state keep the replicated log short, so a new replica catches up quickly.',
  'Nice lunch after this one.',
];

// The asides share the talk's words (replication, storage), so only their signals keep them out.
test('picks central sentences in document order and leaves the note-taker\'s asides out', () => {
  const doc = handDocument(STORAGE_TALK.join('\n'), 'plaintext', ['Replicated logs']);
  const s = summarizeTalk(doc, 0, 3);
  assert.equal(s.tooShort, false);
  assert.deepEqual(
    s.sentences.map((x) => x.text),
    [
      'Ada argued that replicated logs are the simplest way to build fault-tolerant storage.',
      'Every replica applies the same log entries in the same order, so replicas agree on the storage state.',
      'Snapshots of the storage state keep the replicated log short, so a new replica catches up quickly.',
    ],
  );
  // Document order: each range starts after the previous one ends.
  for (let i = 1; i < s.sentences.length; i++) {
    const a = s.sentences[i - 1].range.end;
    const b = s.sentences[i].range.start;
    assert.ok(a.line < b.line || (a.line === b.line && a.character <= b.character));
  }
  assert.deepEqual(s.sentences[0].range, { start: { line: 4, character: 0 }, end: { line: 4, character: 85 } });
});

test('output is deterministic: same document, or the same text analysed again, gives the same summary', () => {
  const text = readFileSync(join(fixtures, 'bugbash26-afternoon-day1.notes'), 'utf8');
  const titles = ['Informal methods', 'Fast and fault-tolerant: pick two', 'Making high performance storage boring'];
  const a = handDocument(text, 'plaintext', titles);
  const b = handDocument(text, 'plaintext', titles);
  for (let t = 0; t < titles.length; t++) {
    const first = summarizeTalk(a, t, 3);
    assert.deepEqual(summarizeTalk(a, t, 3), first);
    assert.deepEqual(summarizeTalk(b, t, 3), first);
    assert.equal(first.sentences.length, 3);
  }
});

test('results are cached per document but callers get their own copies', () => {
  const doc = handDocument(STORAGE_TALK.join('\n'), 'plaintext', ['Replicated logs']);
  const a = summarizeTalk(doc, 0, 3);
  a.sentences[0].range.start.line = 99;
  a.sentences.pop();
  const b = summarizeTalk(doc, 0, 3);
  assert.equal(b.sentences.length, 3);
  assert.equal(b.sentences[0].range.start.line, 4);
  assert.equal(summarizeTalk(doc, 0, 2).sentences.length, 2);
});

test('the example notes: asides-only talks are too short, and "I don\'t know what he means" is not in the Raft summary', () => {
  const text = readFileSync(join(fixtures, 'bugbash26-afternoon-day1.notes'), 'utf8');
  const titles = [
    'Informal methods',
    'Now more than ever: building reliable software in the age of agents',
    'Protocol-aware deterministic simulation testing',
    'Fast and fault-tolerant: pick two',
    'Making high performance storage boring',
  ];
  const doc = handDocument(text, 'plaintext', titles);
  const ron = summarizeTalk(doc, 1, 3);
  assert.equal(ron.tooShort, true);
  assert.deepEqual(ron.sentences.map((x) => x.text), ['I didn\'t take much notes in this talk, and took some headspace time in the second part.']);
  const chaitanya = summarizeTalk(doc, 2, 3);
  assert.equal(chaitanya.tooShort, true);
  assert.equal(chaitanya.sentences.length, 3);
  const raft = summarizeTalk(doc, 3, 3);
  assert.equal(raft.tooShort, false);
  for (const s of raft.sentences) assert.doesNotMatch(s.text, /\bI\b|\?$/);
  assert.equal(oneLineSummary(doc, 1), null);
  assert.equal(typeof oneLineSummary(doc, 3), 'string');
});

test('too little text: fewer than three substantive sentences, no blocks, or a missing talk', () => {
  const doc = handDocument(
    ['Day', 'Short one', 'Bo Li @ Org', 'Bo showed the new planner.', 'It is fast.', 'Empty one', 'Cy Ng @ Org', 'Third', 'Di Ox @ Org', 'x'].join('\n'),
    'plaintext',
    ['Short one', 'Empty one', 'Third'],
  );
  const short = summarizeTalk(doc, 0, 3);
  assert.equal(short.tooShort, true);
  assert.deepEqual(short.sentences.map((x) => x.text), ['Bo showed the new planner.', 'It is fast.']);
  assert.deepEqual(summarizeTalk(doc, 1, 3), { sentences: [], tooShort: true });
  assert.deepEqual(summarizeTalk(doc, 7, 3), { sentences: [], tooShort: true });
  assert.deepEqual(summarizeTalk(doc, -1, 3), { sentences: [], tooShort: true });
  assert.deepEqual(summarizeTalk(doc, 0, 0).sentences, []);
  assert.deepEqual(summarizeTalk(doc, 0, Number.NaN).sentences, []);
});

test('a section\'s first sentence wins a tie with an equally central sentence', () => {
  const doc = handDocument(
    [
      'Day',
      'Logs',
      'Ada Byron @ Example',
      'Zeta eta theta iota kappa lambda omicron.',
      'Replication logs ship bytes between replicas quickly.',
      'Part 1: Details',
      'Replication logs ship bytes between replicas reliably.',
    ].join('\n'),
    'plaintext',
    ['Logs'],
  );
  assert.equal(doc.blocks[2].section, 0);
  assert.deepEqual(summarizeTalk(doc, 0, 1).sentences.map((x) => x.text), ['Replication logs ship bytes between replicas reliably.']);
});

test('ranges are UTF-16 positions in CRLF text, and sentences in Markdown paragraphs span their lines', () => {
  const crlf = readFileSync(join(fixtures, 'unicode-crlf.notes'), 'utf8');
  const doc = handDocument(crlf, 'plaintext', ['Ünïcode everywhere 🚀', 'Second talk 😀 with emoji']);
  const s = summarizeTalk(doc, 0, 3);
  assert.equal(s.tooShort, true);
  assert.equal(s.sentences[0].text, '🎉 Zoë said the new planner is 3x faster than the old one.');
  // 🎉 is two UTF-16 code units.
  assert.deepEqual(s.sentences[0].range, { start: { line: 3, character: 0 }, end: { line: 3, character: 58 } });
  for (const x of [...s.sentences, ...summarizeTalk(doc, 1, 3).sentences]) assert.equal(covered(doc, x.range), x.text);

  const md = [
    '# Day',
    '',
    '## Caches',
    '*Ana Lima, Engineer @ Example*',
    '',
    'Caches hide **latency** from users',
    'when the hit rate is high. Misses still cost a full round trip to the database.',
    '',
    'Eviction policy matters more than cache size for most workloads.',
  ].join('\r\n');
  const mdDoc = handDocument(md, 'markdown', ['Caches']);
  const first = summarizeTalk(mdDoc, 0, 3).sentences[0];
  assert.equal(first.text, 'Caches hide latency from users when the hit rate is high.');
  assert.deepEqual(first.range, { start: { line: 5, character: 0 }, end: { line: 6, character: 26 } });
});

test('every chosen sentence of the reference notes maps back to its text in the document', () => {
  const dir = join(__dirname, '..', '..', 'summaries');
  for (const name of ['kubecon-eu-day2', 'pycon-us-2025', 'srecon-emea-2025', 'systems-distributed-2025']) {
    const ref = JSON.parse(readFileSync(join(dir, `${name}.summary.json`), 'utf8')) as { document: string; talks: { title: string }[] };
    const format = ref.document.endsWith('.md') ? 'markdown' : 'plaintext';
    const doc = handDocument(readFileSync(join(dir, ref.document), 'utf8'), format, ref.talks.map((t) => t.title));
    doc.talks.forEach((_, t) => {
      for (const s of summarizeTalk(doc, t, 3).sentences) {
        // Line breaks become one space and emphasis markers are dropped in block text.
        assert.equal(covered(doc, s.range).replace(/\s*\r?\n\s*/g, ' ').replace(/\*\*/g, ''), s.text, `${name}: ${s.text}`);
      }
    });
  }
});

test('a huge talk is bounded: only its first sentences are considered, and it stays fast', () => {
  const body: string[] = [];
  for (let i = 0; i < 40_000; i++) body.push(`Sentence number ${i} talks about replicated storage logs and consensus protocol ${i % 17}.`);
  const doc = handDocument(['Day', 'Huge', 'Ada Byron @ Example', ...body].join('\n'), 'plaintext', ['Huge']);
  const t0 = performance.now();
  const s = summarizeTalk(doc, 0, 3);
  const ms = performance.now() - t0;
  assert.equal(s.sentences.length, 3);
  for (const x of s.sentences) assert.ok(x.range.start.line < 3 + MAX_SENTENCES, `line ${x.range.start.line}`);
  assert.ok(ms < 3000, `took ${ms} ms`);
});

test('a 1 MB single-line paragraph does not hang', () => {
  const line = 'word '.repeat(200_000) + 'end.';
  const doc = handDocument(['Day', 'One line', 'Ada Byron @ Example', line, 'Short sentence here.'].join('\n'), 'plaintext', ['One line']);
  const t0 = performance.now();
  const s = summarizeTalk(doc, 0, 3);
  assert.ok(performance.now() - t0 < 3000);
  assert.equal(s.tooShort, true);
});

test('oneLineSummary cuts a long sentence at a word and adds an ellipsis', () => {
  const long = 'Replicated storage ' + 'keeps many copies of every block across regions '.repeat(8).trim() + '.';
  const doc = handDocument(
    ['Day', 'Copies', 'Ada Byron @ Example', long, 'Replicated storage keeps copies of blocks in regions.', 'Every block has copies in three regions.', 'Copies of blocks survive a region outage.'].join('\n'),
    'plaintext',
    ['Copies'],
  );
  const line = oneLineSummary(doc, 0);
  assert.ok(line !== null);
  assert.ok(line.length <= ONE_LINE_MAX, line);
  if (line.endsWith('…')) assert.ok(long.startsWith(line.slice(0, -1)));
});

test('on the analysed example notes (real parsers), summaries map back to the text and asides-only talks are too short', () => {
  for (const name of ['bugbash26-afternoon-day1.notes', 'bugbash26-morning-day1.notes.md', 'unicode-crlf.notes']) {
    const doc = analyzeDocument({ uri: `file:///${name}`, text: readFileSync(join(fixtures, name), 'utf8'), format: name.endsWith('.md') ? 'markdown' : 'plaintext' });
    assert.ok(doc.talks.length >= 2, `${name}: talks`);
    doc.talks.forEach((talk, t) => {
      const s = summarizeTalk(doc, t, 3);
      assert.ok(s.sentences.length <= 3);
      for (const x of s.sentences) {
        // The range lies inside the talk and covers the sentence (line breaks read as one space).
        assert.ok(x.range.start.line > talk.line && x.range.end.line <= talk.range.end.line, `${name}: ${x.text}`);
        const src = covered(doc, x.range).replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
        assert.equal(src, x.text, name);
      }
    });
  }
  const afternoon = analyzeDocument({ uri: 'file:///a.notes', text: readFileSync(join(fixtures, 'bugbash26-afternoon-day1.notes'), 'utf8'), format: 'plaintext' });
  const byTitle = (title: string) => afternoon.talks.findIndex((t) => t.title === title);
  assert.equal(summarizeTalk(afternoon, byTitle('Protocol-aware deterministic simulation testing'), 3).tooShort, true);
  assert.equal(summarizeTalk(afternoon, byTitle('Making high performance storage boring'), 3).tooShort, false);
});

test('summaries remembered across versions of a file follow edits: other talks keep theirs, moved lines move their ranges', async () => {
  const { reanalyze } = await import('../../../server/src/core/incremental');
  const { generateNotes } = await import('../../../bench/generate');
  const { text } = generateNotes({ seed: 12, talks: 4, format: 'plaintext', paragraphs: 3 });
  const uri = 'file:///w/cache.notes';
  const v1 = analyzeDocument({ uri, text, format: 'plaintext' });
  const before = v1.talks.map((_, t) => summarizeTalk(v1, t, 2));
  // A new line in the first talk's prose: everything after it moves down one line.
  const b0 = v1.blocks.find((b) => b.talk === 0)!;
  const at = text.indexOf('.', b0.pieces[0].docStart) + 1;
  const lines = new LineIndex(text);
  const newText = text.slice(0, at) + '\nA fresh line about latency.' + text.slice(at);
  const v2 = reanalyze(v1, newText, [{ range: lines.range(at, at), text: '\nA fresh line about latency.' }]);
  const fresh = analyzeDocument({ uri: 'file:///w/elsewhere.notes', text: newText, format: 'plaintext' });
  for (let t = 1; t < v2.talks.length; t++) {
    const got = summarizeTalk(v2, t, 2);
    assert.deepStrictEqual(got, summarizeTalk(fresh, t, 2), `talk ${t}`);
    // Same sentences as before the edit, one line further down.
    assert.deepStrictEqual(got.sentences.map((s) => s.text), before[t].sentences.map((s) => s.text));
    assert.deepStrictEqual(got.sentences.map((s) => s.range.start.line), before[t].sentences.map((s) => s.range.start.line + 1));
    for (const s of got.sentences) assert.equal(covered(v2, s.range), s.text);
  }
  // Text changed inside a talk: its summary is computed again from the new text.
  const first = summarizeTalk(v2, 2, 3).sentences[0];
  const l2 = new LineIndex(newText);
  const s0 = l2.offsetAt(first.range.start);
  const edited = newText.slice(0, s0) + 'Zebra ' + newText.slice(s0);
  const v3 = reanalyze(v2, edited, [{ range: l2.range(s0, s0), text: 'Zebra ' }]);
  assert.deepStrictEqual(summarizeTalk(v3, 2, 3), summarizeTalk(analyzeDocument({ uri: 'file:///w/other.notes', text: edited, format: 'plaintext' }), 2, 3));
  assert.ok(summarizeTalk(v3, 2, 3).sentences.some((s) => s.text.startsWith('Zebra ')));
});
