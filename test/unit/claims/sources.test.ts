import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanBlockSources } from '../../../server/src/core/claims/sources';

// The blocks of a document are scanned one after another and share the scanner's cover of
// found characters: what one block finds must not depend on the blocks scanned before it.
test('sources: what a block finds does not depend on the blocks scanned before it', () => {
  const part = fc.constantFrom(
    'Fast [1].', ' (source: https://example.org/a).', ' see https://x.io/b, ', ' [^n1]', ' [@key; @other]', ' (Smith et al., 2019)', ' [citation needed]',
    ' Source: Acme blog. Next', ' plain words', ' www.example.com', ' [[Link]]', ' (via @bob)', ' [2][3]', ' (',
  );
  const block = fc.array(part, { maxLength: 8 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
      const alone = blocks.map((b) => JSON.stringify(scanBlockSources(b)));
      // The same blocks, last first, after every other block was scanned.
      for (let i = blocks.length - 1; i >= 0; i--) assert.equal(JSON.stringify(scanBlockSources(blocks[i])), alone[i]);
    }),
    { numRuns: 2000, seed: 13 },
  );
});

test('sources: a URL inside an explicit source is part of it, not a second source', () => {
  const text = 'It is fast (source: https://example.org/x) and https://b.io/y.';
  assert.deepEqual(
    scanBlockSources(text).map((f) => [f.kind, text.slice(f.start, f.end)]),
    [
      ['explicit', '(source: https://example.org/x)'],
      ['url', 'https://b.io/y'],
    ],
  );
});
