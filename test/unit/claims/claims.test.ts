import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from '../../../server/src/core/config';
import { analyse, claimWith, hasClaim, TALK } from './helpers';

test('the five kinds with their cues', () => {
  const doc = analyse(TALK([
    'It supports 100K transactions/sec with p99 latency of 4 ms.',
    'It is the fastest filesystem in the world.',
    'Models write better code when you do the leading.',
    'Ada said the planner is stable now.',
    'Most developers never measure anything.',
  ].join(' ')));
  const q = claimWith(doc, '100K');
  assert.deepEqual(q.kinds, ['quantitative']);
  assert.deepEqual(q.cues.map((c) => c.text), ['100K transactions/sec', '4 ms']);
  assert.deepEqual(claimWith(doc, 'fastest').kinds, ['superlative']);
  assert.deepEqual(claimWith(doc, 'fastest').cues.map((c) => c.text), ['fastest', 'in the world']);
  assert.deepEqual(claimWith(doc, 'better code').kinds, ['comparative']);
  assert.deepEqual(claimWith(doc, 'planner').kinds, ['attributed']);
  assert.deepEqual(claimWith(doc, 'Most developers').kinds, ['generalization']);
  assert.deepEqual(claimWith(doc, 'Most developers').cues.map((c) => c.text), ['Most developers', 'never']);
});

test('claim and cue ranges are exact (line 3, UTF-16 columns)', () => {
  const doc = analyse(TALK('🎉 Ada said the planner is 3x faster than the old one. I loved it.'));
  const c = claimWith(doc, 'planner');
  assert.equal(c.text, '🎉 Ada said the planner is 3x faster than the old one.');
  assert.deepEqual(c.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 54 } });
  const cue = c.cues.find((x) => x.text === '3x')!;
  assert.deepEqual(cue.range, { start: { line: 3, character: 27 }, end: { line: 3, character: 29 } });
  assert.deepEqual(c.kinds, ['quantitative', 'comparative', 'attributed']);
  assert.deepEqual(c.attribution, { name: 'Ada Lovelace', key: 'ada lovelace', how: 'explicit' });
  assert.equal(c.talk, 0);
});

test('non-claims: questions, advice, the note-taker, logistics, evaluations, structure', () => {
  const doc = analyse(TALK([
    'Why is nobody publishing 10x faster benchmarks?',
    'The talk has two parts: why and how.',
    'We had a 75 minute lunch break.',
    'I didn\'t take much notes, 3 pages at most.',
    'Waking up at 4am took its toll on me.',
    'This was the best talk of the day.',
    'Short break, 15 minutes.',
    'Storage should be the most boring part of your stack.',
    'Someone asked whether it is 10x faster.',
  ].join(' ') + '\n- write your schemas by hand\n- do the hardest parts yourself\n- never use the fastest path without tests\n- design: always test at the largest scale'));
  assert.deepEqual(doc.claims.map((c) => c.text), []);
});

test('a noun that looks like a verb does not make a bullet an imperative', () => {
  const doc = analyse(TALK('- deploy frequency doubled in 18 months\n- test each component at large scale'));
  assert.deepEqual(doc.claims.map((c) => c.text), ['deploy frequency doubled in 18 months']);
});

test('attribution: explicit reporters, possessive claims, organisations, the talk speaker, nobody', () => {
  const doc = analyse(TALK([
    "Ada harkened back to Will Wilson's claim that 50% of the time is testing.",
    'Antithesis (tested in May) said it is one of the most reliable systems.',
    'Ada talked about what she claims is the fastest cache.',
    'The cache was built 8 years ago.',
    'It is 40x faster, she said.',
    'According to Grace Hopper, most bugs are in glue code.',
  ].join(' ')));
  assert.deepEqual(claimWith(doc, '50%').attribution, { name: 'Will Wilson', key: 'will wilson', how: 'explicit' });
  assert.deepEqual(claimWith(doc, 'most reliable').attribution, { name: 'Antithesis', key: null, how: 'explicit' });
  assert.equal(claimWith(doc, 'fastest cache').attribution?.name, 'Ada Lovelace');
  assert.equal(claimWith(doc, '8 years ago').attribution, null);
  assert.equal(claimWith(doc, 'she said').attribution?.name, 'Ada Lovelace');
  assert.deepEqual(claimWith(doc, 'glue code').attribution, { name: 'Grace Hopper', key: 'grace hopper', how: 'explicit' });
});

test('sources: sentence first, then the paragraph; unresolved markers do not support', () => {
  const md = [
    '# Notes', '', '## A talk', 'Ada Lovelace, Engineer @ Example Corp', '',
    'It is 3x faster [1]. It is also the largest.', '',
    'It runs 40 nodes [2].', '',
    'It is the cheapest (source: https://example.org/price).', '',
    'It beat the baseline by 20% (Alvaro et al., SIGMOD 2015).', '',
    'It has 12 regions [@smith2020].', '',
    'It is the oldest one [citation needed].', '',
    '[1]: https://example.org/bench', '',
  ].join('\n');
  const doc = analyse(md, 'markdown');
  const a = claimWith(doc, '3x faster');
  assert.deepEqual(a.sources.map((s) => [s.kind, s.text, s.resolved]), [['citation', '[1]', true]]);
  assert.deepEqual(a.sources[0].range, { start: { line: 5, character: 16 }, end: { line: 5, character: 19 } });
  assert.deepEqual(claimWith(doc, 'largest').sources.map((s) => [s.kind, s.text, s.resolved]), [['citation', '[1]', true]]);
  assert.deepEqual(claimWith(doc, '40 nodes').sources.map((s) => [s.kind, s.target, s.resolved]), [['citation', '2', false]]);
  assert.deepEqual(claimWith(doc, 'cheapest').sources.map((s) => [s.kind, s.text]), [['explicit', '(source: https://example.org/price)']]);
  assert.deepEqual(claimWith(doc, '20%').sources.map((s) => [s.kind, s.text]), [['publication', '(Alvaro et al., SIGMOD 2015)']]);
  assert.deepEqual(claimWith(doc, '12 regions').sources.map((s) => [s.kind, s.target, s.resolved]), [['pandoc', 'smith2020', false]]);
  const ack = claimWith(doc, 'oldest');
  assert.equal(ack.acknowledged, true);
  assert.deepEqual(ack.sources, []);
  assert.equal(claimWith(doc, '3x faster').acknowledged, false);
});

test('a URL and `(via …)` support every claim of their bullet', () => {
  const doc = analyse(TALK('- it is 10x faster and the largest, see https://example.org/x\n- it serves 2 million users (via the vendor blog)'));
  assert.deepEqual(claimWith(doc, '10x').sources.map((s) => [s.kind, s.target]), [['url', 'https://example.org/x']]);
  assert.deepEqual(claimWith(doc, '2 million').sources.map((s) => s.kind), ['explicit']);
});

test('custom cues: a safe pattern adds its kind; an unsafe one is ignored', () => {
  const config = resolveConfig({ customCues: ['superlative:\\bunbeatable\\b', '(a+)+$'] });
  const doc = analyse(TALK('The planner is unbeatable. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'), 'plaintext', config);
  assert.deepEqual(doc.claims.map((c) => [c.text, c.kinds, c.cues.map((x) => x.text)]), [['The planner is unbeatable.', ['superlative'], ['unbeatable']]]);
});

test('every claim is reported whatever claimKinds says (filtering is the diagnostics\' job)', () => {
  const doc = analyse(TALK('It is 3x faster. Most developers agree.'), 'plaintext', resolveConfig({ claimKinds: ['superlative'] }));
  assert.equal(doc.claims.length, 2);
  assert.ok(hasClaim(doc, 'Most developers'));
});
