import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runFuzz } from './fuzzRunner';
import { checkNotes, fuzzInput, validateRanges } from './fuzzCheck';

// CI share of `npm run fuzz`: a fixed seed, a few thousand cases, a watchdog for hangs.
test('fuzzing: analysis and features never throw, ranges stay inside the text on UTF-16 boundaries', async () => {
  const r = await runFuzz({ seed: 20261125, numRuns: 2000, workers: 2, watchdogMs: 60_000 });
  assert.deepEqual(r.failures, []);
  assert.ok(r.runs >= 2000, `ran ${r.runs} cases`);
});

test('the validator rejects what the property forbids (so the property can fail)', () => {
  const r = (line: number, a: number, b: number) => ({ range: { start: { line, character: a }, end: { line, character: b } } });
  assert.equal(validateRanges('ab\ncd', [r(0, 0, 2), r(1, 1, 2)]), 4);
  assert.throws(() => validateRanges('ab\ncd', r(2, 0, 0)), /line 2 outside/);
  assert.throws(() => validateRanges('ab\ncd', r(0, 0, 3)), /character 3 outside/);
  assert.throws(() => validateRanges('a😀b', r(0, 2, 3)), /splits a surrogate pair/);
  assert.throws(() => validateRanges('abc', r(0, 2, 1)), /ends before it starts/);
  // A sample of inputs really holds the hard cases the issue lists.
  const sample = fc.sample(fuzzInput, { seed: 1, numRuns: 300 }).map((i) => i.text);
  assert.ok(sample.some((t) => t.includes('\r')));
  assert.ok(sample.some((t) => t.includes('\uFEFF')));
  assert.ok(sample.some((t) => t.includes('\u0000')));
  assert.ok(sample.some((t) => /[\ud800-\udbff][\udc00-\udfff]/.test(t)));
  assert.ok(sample.some((t) => t.length > 20_000));
});

test('thousands of talks with CRLF and lone CR line ends stay well-formed (the slowest generated shape)', () => {
  const text = Array.from({ length: 800 }, (_, i) => `Talk ${i} 😀: a title\r\nZoë Ångström, Role @ Org ${i % 7}\r\nZoë said it is ${i}% faster [${i % 5}].`).join('\r');
  assert.ok(checkNotes({ text, format: 'plaintext' }) > 0);
  assert.ok(checkNotes({ text, format: 'markdown' }) > 0);
});

// Failures `npm run fuzz` found, kept as regressions (seed and path reproduce them with the generator of that day).
test('regression (fuzz seed 424242 path 8528…, seed 424243 path 5659…): a URL of emoji longer than its length cap ends on a code-point boundary', () => {
  const long = '😀'.repeat(1200);
  for (const format of ['markdown', 'plaintext'] as const) {
    assert.ok(checkNotes({ text: `Notes\n\nhttp://x${long}.y/${'z'.repeat(50)}`, format }) > 0);
    assert.ok(checkNotes({ text: `Notes\n\n${'😀'.repeat(150)}\ud83dhttps://\ude00${long}`, format }) > 0);
  }
});

test('regression (fuzz seeds 777 path 36730:2, 778 path 5542:7:4, 90125 path 34255:2): a title line of U+2028 gives no outline range that ends before it starts', () => {
  // The parser does not count U+2028 as a space (so it is a title); `trim()` does (so the preamble
  // looked empty and ended at 0:0, before the title). documentSymbols now never ends before the title.
  for (const text of ['\n\u2028', '\uFEFF\uFEFF\u2028', '\uFEFF\u2028', '\u2029', 'x\n\u2028\n', '\n ', ' \n', '\t\n \u3000']) {
    for (const format of ['plaintext', 'markdown'] as const) assert.ok(checkNotes({ text, format }) >= 0);
  }
});
