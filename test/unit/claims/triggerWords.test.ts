// `findCues` and `findReports` skip every token that is not one of their trigger words before
// running their rules. That is exact only while each rule's own word is in the trigger set:
// these tests read the rules (the top-level statements of the token loop) to check it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUE_WORDS, findCues } from '../../../server/src/core/claims/cues';
import { REPORT_WORDS } from '../../../server/src/core/claims/reports';
import { tokenize } from '../../../server/src/core/claims/tokens';

const dir = join(__dirname, '..', '..', '..', 'server', 'src', 'core', 'claims');

/** The word literals and word sets the top-level statements of a function's token loop test `w` against. */
function ruleWords(file: string, fn: string): { literals: string[]; sets: string[]; source: string } {
  const source = readFileSync(join(dir, file), 'utf8');
  const start = source.indexOf(`export function ${fn}(`);
  const body = source.slice(start, source.indexOf('\n}\n', start));
  const topLevel = body.split('\n').filter((l) => /^ {4}(?:if|const)\b/.test(l));
  const literals = topLevel.flatMap((l) => [...l.matchAll(/\bw === (['"])(.+?)\1/g)].map((m) => m[2]));
  const sets = topLevel.flatMap((l) => [...l.matchAll(/\b([A-Z_]+)\.has\(w\)/g)].map((m) => m[1]));
  return { literals, sets, source };
}

function spreadIn(source: string, setName: string): string[] {
  const start = source.indexOf(`const ${setName}`);
  const init = source.slice(start, source.indexOf(']);', start));
  return [...init.matchAll(/\.\.\.([A-Z_]+)/g)].map((m) => m[1]);
}

test('every word a cue rule starts at is a trigger word', () => {
  const { literals, sets, source } = ruleWords('cues.ts', 'findCues');
  assert.ok(literals.length > 20 && sets.length > 5, 'the rules were read');
  assert.deepEqual(literals.filter((w) => !CUE_WORDS.has(w)), []);
  const spread = spreadIn(source, 'CUE_WORDS');
  assert.deepEqual([...new Set(sets)].filter((s) => s !== 'CUE_WORDS' && !spread.includes(s)), []);
});

test('every word a reporting rule starts at is a trigger word', () => {
  const { literals, sets, source } = ruleWords('reports.ts', 'findReports');
  assert.ok(literals.length > 0 && sets.length >= 3, 'the rules were read');
  assert.deepEqual(literals.filter((w) => !REPORT_WORDS.has(w)), []);
  const spread = spreadIn(source, 'REPORT_WORDS');
  assert.deepEqual([...new Set(sets)].filter((s) => s !== 'REPORT_WORDS' && !spread.includes(s)), []);
});

test('numbers need no trigger word: prefixed and bare numbers are cues', () => {
  const cues = (s: string) => findCues(tokenize(s), s).map((c) => s.slice(c.start, c.end));
  assert.deepEqual(cues('It costs $5 and ~40% of 12 bugs, 3x the rest.'), ['$5', '~40%', '12 bugs', '3x']);
});
