import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOT_RENAMEABLE, personNameError, prepareRename, rename } from '../../../server/src/core/features/rename';
import { DAY1_URI, DAY2_URI, day1, day2, r, workspace } from './helpers';

test('prepareRename: names, titles and links; refuses anything else', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(prepareRename(index, DAY1_URI, { line: 13, character: 3 }), { range: r(13, 0, 13, 14), placeholder: 'Dana Whitfield' });
  // From a first name the user edits the full name.
  assert.deepEqual(prepareRename(index, DAY1_URI, { line: 14, character: 2 }), { range: r(14, 0, 14, 4), placeholder: 'Dana Whitfield' });
  assert.deepEqual(prepareRename(index, DAY2_URI, { line: 3, character: 16 }), { range: r(3, 14, 3, 24), placeholder: 'Ben Eggers' });
  assert.deepEqual(prepareRename(index, DAY1_URI, { line: 12, character: 0 }), { range: r(12, 0, 12, 19), placeholder: 'Testing the testers' });
  assert.deepEqual(prepareRename(index, DAY1_URI, { line: 10, character: 40 }), { range: r(10, 36, 10, 55), placeholder: 'Testing the testers' });
  assert.deepEqual(prepareRename(index, DAY1_URI, { line: 5, character: 20 }), { error: NOT_RENAMEABLE });
  assert.deepEqual(prepareRename(index, DAY1_URI, { line: 5, character: 46 }), { error: NOT_RENAMEABLE });
  assert.match((prepareRename(index, DAY2_URI, { line: 4, character: 70 }) as { error: string }).error, /\[\[Missing talk\]\] matches no talk or speaker/);
  assert.deepEqual(prepareRename(index, 'file:///none', { line: 0, character: 0 }), { error: NOT_RENAMEABLE });
});

test('rename a person: speaker line, full names, first names, [[links]] across files', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(rename(index, DAY2_URI, { line: 3, character: 30 }, 'Dana Whitfield-Smith'), {
    changes: {
      [DAY1_URI]: [
        { range: r(10, 64, 10, 78), newText: 'Dana Whitfield-Smith' },
        { range: r(13, 0, 13, 14), newText: 'Dana Whitfield-Smith' },
      ],
      [DAY2_URI]: [{ range: r(3, 29, 3, 43), newText: 'Dana Whitfield-Smith' }],
    },
  });
  assert.deepEqual(rename(index, DAY1_URI, { line: 5, character: 1 }, '  Benjamin Eggers '), {
    changes: {
      [DAY1_URI]: [
        { range: r(4, 0, 4, 10), newText: 'Benjamin Eggers' },
        { range: r(5, 0, 5, 3), newText: 'Benjamin' },
        { range: r(10, 0, 10, 3), newText: 'Benjamin' },
      ],
      [DAY2_URI]: [{ range: r(3, 14, 3, 24), newText: 'Benjamin Eggers' }],
    },
  });
});

test('rename a talk: its title and the [[links]] to it', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(rename(index, DAY2_URI, { line: 4, character: 20 }, 'Storage at scale'), {
    changes: {
      [DAY1_URI]: [{ range: r(3, 0, 3, 21), newText: 'Storage at scale' }],
      [DAY2_URI]: [{ range: r(4, 15, 4, 36), newText: 'Storage at scale' }],
    },
  });
  assert.deepEqual(rename(index, DAY1_URI, { line: 3, character: 0 }, 'Bad [[title]]'), { error: 'A talk title may not contain "[[" or "]]".' });
});

test('rename refuses new names that are not names', () => {
  const index = workspace([day1(), day2()]);
  for (const bad of ['', 'ben eggers', 'Ben, Eggers', 'R2 D2', '[[Ben]]', 'A B C D E', 'Ben\nEggers']) {
    const res = rename(index, DAY1_URI, { line: 4, character: 1 }, bad);
    assert.ok('error' in res, bad);
  }
  assert.equal(personNameError('ben eggers'), '"ben eggers" is not a person\'s name: each name word must start with a capital letter ("ben" does not; particles such as "van" may stand between).');
  for (const good of ['Ludwig van Beethoven', "Conan O'Brien", 'Jean-Luc Picard', 'J. R. Tolkien', 'Zoë Ångström', '李 伟', 'Li']) {
    // Scripts without case (李) have no capital letters: any of their letters starts a name word.
    assert.equal(personNameError(good), null, good);
  }
});

test('rename to the same name changes nothing', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(rename(index, DAY1_URI, { line: 12, character: 0 }, 'Testing the testers'), { changes: {} });
});
