// Related claims follow edits of the other file: the index is kept per document, not rebuilt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';

const A = 'Day A\nFuzzing at scale\nAda Okafor @ Globex\nAda said the new fuzzer found 40% more crashes than the old fuzzer.\n';
const B = 'Day B\nTesting talk\nLi Wei @ Contoso\nLi said the new fuzzer found about 40% more crashes than the old one.\n';
const B2 = 'Day B\nTesting talk\nLi Wei @ Contoso\nLi said the cafeteria serves 300 lunches every day.\n';

test('related claims appear, disappear and come back as the other file changes', () => {
  const index = new WorkspaceIndex();
  index.upsert({ uri: 'file:///a.notes', text: A, format: 'plaintext' });
  index.upsert({ uri: 'file:///b.notes', text: B, format: 'plaintext' });
  const related = () => index.relatedClaims('file:///a.notes', 0).map((r) => `${r.uri}:${r.value.range.start.line}`);
  assert.deepEqual(related(), ['file:///b.notes:3']);
  index.upsert({ uri: 'file:///b.notes', text: B2, format: 'plaintext' });
  assert.deepEqual(related(), []);
  index.upsert({ uri: 'file:///b.notes', text: B, format: 'plaintext' });
  assert.deepEqual(related(), ['file:///b.notes:3']);
  index.remove('file:///b.notes');
  assert.deepEqual(related(), []);
});
