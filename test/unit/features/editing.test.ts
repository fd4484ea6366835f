import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completion } from '../../../server/src/core/features/completion';
import { codeLenses } from '../../../server/src/core/features/codeLens';
import { buildDoc, day1, day2, r, workspace, DAY1_URI } from './helpers';

const URI = 'file:///ws/edit.notes';
function withLine(line: string) {
  const text = ['Day', 'Edit talk', 'Ann Lee @ X', line].join('\n');
  return workspace([day1(), day2(), buildDoc(URI, text, { title: 'Day', talks: [{ title: 'Edit talk', speakers: [{ name: 'Ann Lee', org: 'X' }] }] })]);
}

test('completion inside [[: talks and speakers of the workspace, closing ]] added', () => {
  const index = withLine('See [[Fa');
  const items = completion(index, URI, { line: 3, character: 8 });
  assert.deepEqual(
    items.map((i) => [i.kind, i.label]),
    [
      ['talk', 'Fast storage at scale'],
      ['talk', 'Testing the testers'],
      ['talk', 'Opening keynote'],
      ['talk', 'Edit talk'],
      ['person', 'Ben Eggers'],
      ['person', 'Dana Whitfield'],
      ['person', 'Tomás Ortega'],
      ['person', 'Ana Lima'],
      ['person', 'Ann Lee'],
    ].sort((a, b) => (a[0] === b[0] ? 0 : a[0] === 'talk' ? -1 : 1)),
  );
  const fast = items.find((i) => i.label === 'Fast storage at scale')!;
  assert.deepEqual(fast, { label: 'Fast storage at scale', kind: 'talk', detail: 'Ben Eggers @ OpenAI · day1.notes', insertText: 'Fast storage at scale]]', range: r(3, 6, 3, 8) });
  assert.deepEqual(items.find((i) => i.label === 'Ben Eggers'), { label: 'Ben Eggers', kind: 'person', detail: 'Staff Engineer @ OpenAI', insertText: 'Ben Eggers]]', range: r(3, 6, 3, 8) });
});

test('completion inside an existing [[…]] replaces up to the closing brackets', () => {
  const index = withLine('See [[Fa]] and [[x]]');
  const items = completion(index, URI, { line: 3, character: 7 });
  assert.deepEqual(items[0].range, r(3, 6, 3, 8));
  assert.equal(items[0].insertText, items[0].label);
  // Right after [[ with auto-closed brackets.
  const auto = completion(withLine('See [[]]'), URI, { line: 3, character: 6 });
  assert.deepEqual([auto[0].range, auto[0].insertText === auto[0].label], [r(3, 6, 3, 6), true]);
});

test('completion: nothing outside links; bibliography keys after [@', () => {
  const index = withLine('See [[Fast]] then [@smi');
  assert.deepEqual(completion(index, URI, { line: 3, character: 12 }), []);
  assert.deepEqual(completion(index, URI, { line: 3, character: 2 }), []);
  assert.deepEqual(completion(index, URI, { line: 3, character: 23 }), []);
  index.setBibliography('file:///ws/refs.bib', [{ key: 'smith2020', title: 'Testing', author: 'Smith', year: '2020', url: null, uri: 'file:///ws/refs.bib', line: 0 }]);
  assert.deepEqual(completion(index, URI, { line: 3, character: 23 }), [{ label: 'smith2020', kind: 'reference', detail: 'Smith, 2020, Testing', insertText: 'smith2020]', range: r(3, 20, 3, 23) }]);
  assert.deepEqual(completion(index, URI, { line: 99, character: 0 }), []);
  assert.deepEqual(completion(index, 'file:///none', { line: 0, character: 0 }), []);
});

test('code lens: counts above each talk, mentions of its speakers in other files; off by setting', () => {
  const index = workspace([day1(), day2()]);
  assert.deepEqual(codeLenses(index, DAY1_URI), [
    { range: r(3, 0, 3, 21), title: '2 claims · 0 unsupported · 1 mention elsewhere', command: 'talkNotes.showReferences', arguments: [{ uri: DAY1_URI, position: { line: 4, character: 0 } }] },
    { range: r(12, 0, 12, 19), title: '2 claims · 2 unsupported · 1 mention elsewhere', command: 'talkNotes.showReferences', arguments: [{ uri: DAY1_URI, position: { line: 13, character: 0 } }] },
  ]);
  assert.deepEqual(codeLenses(workspace([day1(), day2()], { codeLens: false }), DAY1_URI), []);
  const noSpeaker = { ...day1(), talks: day1().talks.map((t) => ({ ...t, speakers: [] })) };
  assert.deepEqual(codeLenses(workspace([noSpeaker]), DAY1_URI)[0], {
    range: r(3, 0, 3, 21),
    title: '2 claims · 0 unsupported · 0 mentions elsewhere',
    command: 'talkNotes.openTalk',
    arguments: [{ uri: DAY1_URI, line: 3 }],
  });
});
