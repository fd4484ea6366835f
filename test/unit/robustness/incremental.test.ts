import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { lastReanalysis, reanalyze } from '../../../server/src/core/incremental';
import { generateNotes } from '../../../bench/generate';
import { editCase, makeEdit, SNIPPETS } from './editGen';

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

test('a chain of edits (each re-analysed from the last result) equals a full analysis of the final text', () => {
  // What typing does: every version is derived from the previous one, so anything the incremental
  // path carries from version to version (the speaker cast, word counts) must stay true after
  // edits that move lines.
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.constantFrom(...SNIPPETS), del: fc.integer({ min: 0, max: 3 }) }), { minLength: 2, maxLength: 6 }),
      (seed, steps) => {
        let { text } = generateNotes({ seed, talks: 3, format: 'plaintext', paragraphs: 2 });
        let doc = analyzeDocument({ uri: URI, text, format: 'plaintext' });
        for (const s of steps) {
          let start = Math.min(text.length, Math.floor(s.at * text.length));
          if (start > 0 && /[\udc00-\udfff]/.test(text[start] ?? '')) start--;
          let end = Math.min(text.length, start + s.del);
          if (end > 0 && end < text.length && /[\udc00-\udfff]/.test(text[end] ?? '')) end++;
          const c = makeEdit(text, start, end, s.insert);
          doc = reanalyze(doc, c.newText, [c.edit]);
          text = c.newText;
        }
        assert.deepStrictEqual(doc, analyzeDocument({ uri: URI, text, format: 'plaintext' }));
      },
    ),
    { seed: 21, numRuns: 150 },
  );
});

test('edits that move lines twice keep the later talks\' speaker lines where they are now', () => {
  // Regression: the speaker cast (with line numbers) was carried from version to version, so after
  // a second line-moving edit the mention finder skipped the line where a later speaker line used to be.
  let text = 'Conf notes\nReplication at scale\nŁukasz Ivanov, Tech Lead @ Initech\nThey started with a small prototype.\nPart 2: Planner details\nNoor Castillo explained why the team cared about fuzzing.\nQuery planning at scale\nDmitri Nowak, Researcher @ Globex\nDmitri said their replica handles 800K requests/sec.\n';
  let doc = analyzeDocument({ uri: URI, text, format: 'plaintext' });
  for (let i = 0; i < 2; i++) {
    const at = text.indexOf('They started');
    const c = makeEdit(text, at, at, 'Q&A\nMore notes.\n');
    doc = reanalyze(doc, c.newText, [c.edit]);
    assert.equal(lastReanalysis.incremental, true, lastReanalysis.reason);
    text = c.newText;
  }
  assert.ok(doc.mentions.some((m) => m.name === 'Noor Castillo'), 'Noor Castillo is found');
  assert.deepStrictEqual(doc, analyzeDocument({ uri: URI, text, format: 'plaintext' }));
});
