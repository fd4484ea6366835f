import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isDirectiveLine } from '../../../server/src/core/claims/suppression';
import { LineKind, classifyLine, definitionLine, mayBeDirective } from '../../../server/src/core/parse/plainLines';
import { parseSpeakerLine, parseTitleSpeakerLine, readTitleSpeakerLine } from '../../../server/src/core/parse/speakerLine';
import { bulletMarker, sectionTitle, skipSpaces } from '../../../server/src/core/parse/speakerText';
import { isNameWord } from '../../../server/src/core/parse/speakerName';
import { cleanTitle, scheduleEnd } from '../../../server/src/core/parse/titleText';

// The plain-text parser skips work on lines that lack what a test needs (a first character, a
// sign of a layout). Each shortcut is held here to the simple form it stands for, on lines built
// from the pieces those tests look at.
const PIECES = [
  ' ', '  ', '\t', '\u00a0', '\u200b', '\u2028', '\ufeff', 'Jane Doe', 'Ann Lee', 'Acme', 'talk', 'Part 2', 'part', 'Q&A', 'Takeaways', 'Session IV',
  ': ', ':', ' by ', 'by ', ' (', '(', ')', ' - ', ' – ', ' — ', '-', '*', '**', '_', '•', '1.', '12)', '[1]: ', '[^x]: ', '[', ']', '<!--', '-->',
  '%%', 'talknotes-disable', '-next-line', 'Speaker: ', '@ ', ' @ ', 'CTO', ', ', ' and ', 'Dr. ', '09:00', 'Monday ', 'https://x.org/a', '"Title"', '.', '?', 'é', '😀',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));

/** `classifyLine` as first written: every test on every line. */
function classifySlow(l: string): LineKind {
  const s = skipSpaces(l, 0);
  if (s >= l.length) return LineKind.Blank;
  if (isDirectiveLine(l)) return LineKind.Directive;
  if (l[s] === '[' && definitionLine(l)) return LineKind.Definition;
  if (bulletMarker(l)) return LineKind.Bullet;
  if (sectionTitle(l)) return LineKind.Section;
  return LineKind.Text;
}

test('classifyLine with its first-character shortcuts equals every test on every line', () => {
  fc.assert(
    fc.property(line, (l) => {
      assert.equal(classifyLine(l), classifySlow(l), JSON.stringify(l));
      if (isDirectiveLine(l)) assert.equal(mayBeDirective(l), true, JSON.stringify(l));
    }),
    { numRuns: 20000 },
  );
  for (const l of ['  %% talknotes-disable', '\u2028<!-- talknotes-disable-line -->', '\ufeff%% talk-notes:disable-next-line ', '- x', '• x', '1) x', 'Q&A', '  Part 2: x']) {
    assert.equal(classifyLine(l), classifySlow(l), JSON.stringify(l));
  }
  assert.equal(classifyLine('\u2028<!-- talknotes-disable -->'), LineKind.Directive);
});

test('parseTitleSpeakerLine with its quick rejection equals the full reading', () => {
  fc.assert(
    fc.property(line, (l) => {
      const speaker = parseSpeakerLine(l) !== null;
      const want = readTitleSpeakerLine(l);
      assert.deepEqual(parseTitleSpeakerLine(l), want, JSON.stringify(l));
      assert.deepEqual(parseTitleSpeakerLine(l, speaker), want, JSON.stringify(l));
    }),
    { numRuns: 20000 },
  );
  // Lines that do hold a title and a speaker, so the comparison above is not only of nulls.
  for (const l of ['Scaling Search — Jane Doe', '**Fast Paths** (Jane Doe, Acme)', 'Jane Doe: "Why It Matters"', 'Data at Rest by Ann Lee', 'Monday 09:00 Keynote - Jane Doe', '**Fast Paths** -Jane Doe', '__Fast Paths__ —Jane Doe']) {
    assert.ok(parseTitleSpeakerLine(l), l);
    assert.deepEqual(parseTitleSpeakerLine(l), readTitleSpeakerLine(l), l);
  }
});

/** `isNameWord` as first written, with the Unicode property tests throughout. */
function isNameWordSlow(word: string): boolean {
  if (word.length === 0) return false;
  if (!/^[\p{Lu}\p{Lt}\p{Lo}]/u.test(word)) return false;
  const last = word[word.length - 1];
  if (last === '-' || last === "'" || last === '’') return false;
  if (word.includes('.')) return /^(?:\p{Lu}\.){1,3}$/u.test(word);
  if (/\p{Lo}/u.test(String.fromCodePoint(word.codePointAt(0) ?? 0))) return true;
  return word.length === 1 ? false : /\p{Ll}/u.test(word);
}

test('isNameWord with its ASCII shortcuts equals the property tests', () => {
  const letters = ['A', 'Z', 'a', 'z', 'É', 'é', 'ÉCOLE', 'İ', 'ß', 'Ǆ', 'ǅ', '王', '𝐀', '𝐚', "'", '’', '-', '.', '1', 'Ω', 'ω', 'ʰ'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 6 }), (parts) => {
      const w = parts.join('');
      assert.equal(isNameWord(w), isNameWordSlow(w), JSON.stringify(w));
    }),
    { numRuns: 20000 },
  );
});

test('scheduleEnd and cleanTitle read weekdays and labels in any case', () => {
  assert.equal(scheduleEnd('Tues 09:00 Keynote', 0, 18), 11);
  assert.equal(scheduleEnd('WEDNESDAY, 9:00 - Talk', 0, 22), 18);
  assert.equal(scheduleEnd('Someday 09:00 Keynote', 0, 21), 0);
  assert.equal(scheduleEnd('Monday09:00 Keynote', 0, 19), 0);
  assert.deepEqual(cleanTitle('TALK TITLE: Fast Paths', 0, 22), { start: 12, end: 22 });
  assert.deepEqual(cleanTitle('talk: Fast Paths', 0, 16), { start: 6, end: 16 });
  assert.deepEqual(cleanTitle('Talks: Fast Paths', 0, 17), { start: 0, end: 17 });
});
