import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { lastReanalysis, reanalyze } from '../../../server/src/core/incremental';
import { generateNotes } from '../../../bench/generate';
import { editCase, makeEdit } from './editGen';

const URI = 'file:///w/day.notes';

function check(text: string, newText: string, edit: Parameters<typeof reanalyze>[2][number]): boolean {
  const prev = analyzeDocument({ uri: URI, text, format: 'plaintext' });
  const got = reanalyze(prev, newText, [edit]);
  const want = analyzeDocument({ uri: URI, text: newText, format: 'plaintext' });
  assert.deepStrictEqual(got, want);
  return lastReanalysis.incremental;
}

test('re-analysis after a random edit equals a full analysis (and mostly takes the fast path)', () => {
  let fast = 0;
  let runs = 0;
  fc.assert(
    fc.property(editCase, (c) => {
      runs++;
      if (check(c.text, c.newText, c.edit)) fast++;
    }),
    { seed: 8, numRuns: 300 },
  );
  // Edits land anywhere (titles, speaker lines, preamble): at least a third stay inside a talk's prose.
  assert.ok(fast / runs > 0.33, `fast path taken in ${fast} of ${runs} edits`);
});

test('a one-character edit in the middle of a talk is incremental and exact', () => {
  const { text } = generateNotes({ seed: 3, talks: 10, format: 'plaintext' });
  const at = text.indexOf('.', Math.floor(text.length / 2));
  const c = makeEdit(text, at, at, 'x');
  assert.equal(check(c.text, c.newText, c.edit), true, lastReanalysis.reason);
});

test('a new speaker line after the talk heading falls back to the full analysis', () => {
  const { text } = generateNotes({ seed: 4, talks: 4, format: 'plaintext' });
  const doc = analyzeDocument({ uri: URI, text, format: 'plaintext' });
  const sp = doc.talks[1].speakers[0];
  const lineEnd = text.indexOf('\n', text.split('\n').slice(0, sp.line).join('\n').length + 1);
  const c = makeEdit(text, lineEnd, lineEnd, '\nDana Whitfield, CEO @ Acme');
  assert.equal(check(c.text, c.newText, c.edit), false);
  assert.equal(lastReanalysis.reason, 'edit touches talk boundaries');
});

test('several edits in one change are applied in order', () => {
  const { text } = generateNotes({ seed: 5, talks: 5, format: 'plaintext' });
  const prev = analyzeDocument({ uri: URI, text, format: 'plaintext' });
  const at = text.indexOf('.', Math.floor(text.length / 2));
  const first = makeEdit(text, at, at, ' really');
  const second = makeEdit(first.newText, 0, 0, 'Notes: ');
  const got = reanalyze(prev, second.newText, [first.edit, second.edit]);
  assert.deepStrictEqual(got, analyzeDocument({ uri: URI, text: second.newText, format: 'plaintext' }));
});

test('WorkspaceIndex.applyEdits stores the same document as upsert of the new text', async () => {
  const { WorkspaceIndex } = await import('../../../server/src/core/workspace/workspaceIndex');
  const { text } = generateNotes({ seed: 6, talks: 6, format: 'plaintext' });
  const at = text.indexOf(' ', Math.floor(text.length / 2));
  const c = makeEdit(text, at, at, ' Ada Okafor said it is 5x faster.');
  const a = new WorkspaceIndex();
  a.upsert({ uri: URI, text, format: 'plaintext' });
  const got = a.applyEdits(URI, c.newText, [c.edit]);
  assert.equal(lastReanalysis.incremental, true, lastReanalysis.reason);
  const b = new WorkspaceIndex();
  const want = b.upsert({ uri: URI, text: c.newText, format: 'plaintext' });
  assert.deepStrictEqual(got, want);
  assert.deepStrictEqual(a.get(URI), want);
  // Unknown documents are analysed whole.
  assert.deepStrictEqual(new WorkspaceIndex().applyEdits(URI, c.newText, [c.edit]), want);
});
