import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findClaims } from '../../../server/src/core/claims/claims';
import { splitSentences } from '../../../server/src/core/claims/sentences';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { claimFixes } from '../../../server/src/core/features/claimFixes';
import { analyse } from './helpers';

const pieces = ['It is 3x faster', ' than ', 'the old one', '. ', '? ', '... ', '(', ')', '[1]', '[^a]', '[@k]', ' said ', 'Most developers ', 'e.g.', ' 100K ', 'world\'s fastest', '\n', '\r\n', '\r', '- ', '%% talknotes-disable-line', '<!--', '-->', '🎉', '\u0000', 'Ada Lovelace, Engineer @ Example\n', '## ', 'https://x.org/a.', '"', '’s claim that '];

test('any mix of notes pieces: no exception, spans and ranges inside the text, fixes apply', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.boolean(), (parts, md) => {
      const text = parts.join('');
      for (const s of splitSentences(text)) assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length);
      const doc = analyse(text, md ? 'markdown' : 'plaintext');
      const lastLine = text.split(/\r\n|\r|\n/).length - 1;
      doc.claims.forEach((c, i) => {
        assert.ok(c.range.start.line <= c.range.end.line && c.range.end.line <= lastLine);
        assert.ok(c.kinds.length > 0 && c.cues.length > 0);
        assert.doesNotThrow(() => claimFixes(doc, i));
      });
    }),
    { numRuns: 300 },
  );
});

test('a 1 MB line without a full stop and thousands of markers still finishes with a result', () => {
  const line = 'It is 40x faster than X [1] (and (nested ((x [^a] said Ada, '.repeat(17000);
  const doc = analyse(`Notes\n${line}\n`);
  assert.ok(doc.claims.length >= 1);
  assert.ok(doc.claims[0].cues.length <= 250); // 200 cues and 50 reporting verbs at most
});

test('findClaims on an empty document', () => {
  const doc = analyse('');
  assert.deepEqual(findClaims(doc, { lineCount: 1 } as never, DEFAULT_CONFIG), []);
});
