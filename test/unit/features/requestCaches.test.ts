// The caches behind hover and references (cards and reference lists remembered per index
// generation, summaries per document version, the related-claims index built ahead in steps)
// never outlive what they were computed from: each test warms them first, then changes the
// workspace and expects the new answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';
import { hover } from '../../../server/src/core/features/hover';
import { references } from '../../../server/src/core/features/references';
import { prepareRequests } from '../../../server/src/core/features/prepare';
import { LINKS, MENTIONS, SPEAKER } from '../../protocol/support/cacheNotes';

const A_URI = 'file:///ws/a.notes';
const B_URI = 'file:///ws/b.notes';
const C_URI = 'file:///ws/c.notes';

const A = SPEAKER;
const B = MENTIONS;
const C = LINKS;
const A2 = A.replace('over ten years of production use', 'through nine migrations between datacenters');

function workspace(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.upsert({ uri: A_URI, text: A, format: 'plaintext' });
  index.upsert({ uri: B_URI, text: B, format: 'plaintext' });
  index.upsert({ uri: C_URI, text: C, format: 'plaintext' });
  return index;
}

/** Runs the idle-time preparation to its end, as the server does between requests. */
function prepare(index: WorkspaceIndex, open: string[]): void {
  for (const _ of prepareRequests(index, open));
}

const pos = (text: string, needle: string, nth = 0): { line: number; character: number } => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + 1 };
};

test('a talk card shows the edited text after an edit of its talk, though it was prepared and shown before', () => {
  const index = workspace();
  prepare(index, [A_URI]);
  const at = pos(A, 'Storage engines');
  const before = hover(index, A_URI, at)?.markdown ?? '';
  assert.match(before, /over ten years of production use/);
  assert.equal(hover(index, A_URI, at)?.markdown, before);

  index.upsert({ uri: A_URI, text: A2, format: 'plaintext' });
  const after = hover(index, A_URI, at)?.markdown ?? '';
  assert.match(after, /through nine migrations between datacenters/);
  assert.doesNotMatch(after, /ten years/);
});

test('a person card shows the new one-line summary after the talk it lists changes in another file', () => {
  const index = workspace();
  prepare(index, [B_URI]);
  const at = pos(B, 'Ada Lovelace');
  const before = hover(index, B_URI, at)?.markdown ?? '';
  assert.match(before, /^\*\*Ada Lovelace\*\* · Staff Engineer @ Globex/);
  assert.match(before, /\(a\\\.notes\): Ada explained how the storage engine evolved over ten years of production use\\\./);

  index.upsert({ uri: A_URI, text: A2, format: 'plaintext' });
  const after = hover(index, B_URI, at)?.markdown ?? '';
  assert.match(after, /\(a\\\.notes\): Ada explained how the storage engine evolved through nine migrations between datacenters\\\./);

  // The speaker's file gone: no talks left to list, the mentions remain.
  index.remove(A_URI);
  const gone = hover(index, B_URI, at)?.markdown ?? '';
  assert.match(gone, /Not a speaker in these notes/);
  assert.match(gone, /Mentioned 2 times/);
});

test("references drop a removed file's locations and a removed [[link]], though the list was shown before", () => {
  const index = workspace();
  prepare(index, [B_URI]);
  const at = pos(B, 'Ada Lovelace');
  const where = () => references(index, B_URI, at, true).map((l) => `${l.uri.slice(-7)}:${l.range.start.line}:${l.range.start.character}`);
  // Her speaker name and first-name mention in a.notes, the mentions in b.notes, the link in c.notes.
  assert.deepEqual(where(), ['a.notes:4:0', 'a.notes:5:0', 'b.notes:5:46', 'b.notes:5:236', 'c.notes:5:49']);

  index.upsert({ uri: C_URI, text: C.replace(' See [[Ada Lovelace]] for the storage side.', ''), format: 'plaintext' });
  assert.deepEqual(where(), ['a.notes:4:0', 'a.notes:5:0', 'b.notes:5:46', 'b.notes:5:236']);

  index.remove(A_URI);
  assert.deepEqual(where(), ['b.notes:5:46', 'b.notes:5:236']);
  // The list handed out before the change is not rewritten under its holder.
  index.upsert({ uri: A_URI, text: A, format: 'plaintext' });
  const shown = references(index, B_URI, at, true);
  index.remove(A_URI);
  assert.equal(shown.length, 4);
  assert.equal(references(index, B_URI, at, true).length, 2);
});

const R1 = 'Day R1\nFuzzing at scale\nAda Okafor @ Globex\nAda said the new fuzzer found 40% more crashes than the old fuzzer.\n';
const R2 = 'Day R2\nTesting talk\nLi Wei @ Contoso\nLi said the new fuzzer found about 40% more crashes than the old one.\n';
const R3 = 'Day R3\nMore testing\nMei Chen @ Fabrikam\nMei said the new fuzzer found 40% more crashes than the old fuzzer did.\n';

test('the related-claims index built ahead in small steps answers as one built at once, across removals half-way', () => {
  const stepwise = new WorkspaceIndex();
  stepwise.upsert({ uri: 'file:///r1.notes', text: R1, format: 'plaintext' });
  stepwise.upsert({ uri: 'file:///r2.notes', text: R2, format: 'plaintext' });
  assert.equal(stepwise.prepareRelatedClaims(1), false);
  // A file replaced and another removed while the index is half built.
  stepwise.upsert({ uri: 'file:///r3.notes', text: R3, format: 'plaintext' });
  stepwise.remove('file:///r2.notes');
  while (!stepwise.prepareRelatedClaims(1));
  stepwise.upsert({ uri: 'file:///r2.notes', text: R2, format: 'plaintext' });
  while (!stepwise.prepareRelatedClaims(1));

  const atOnce = new WorkspaceIndex();
  for (const [uri, text] of [['file:///r1.notes', R1], ['file:///r3.notes', R3], ['file:///r2.notes', R2]]) atOnce.upsert({ uri, text, format: 'plaintext' });
  const related = (index: WorkspaceIndex, uri: string) => index.relatedClaims(uri, 0).map((r) => `${r.uri}#${r.claim}`);
  for (const uri of ['file:///r1.notes', 'file:///r2.notes', 'file:///r3.notes']) {
    assert.deepEqual(related(stepwise, uri), related(atOnce, uri), uri);
  }
  assert.deepEqual(related(atOnce, 'file:///r1.notes'), ['file:///r3.notes#0', 'file:///r2.notes#0']);
});
