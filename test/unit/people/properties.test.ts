import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findMentions } from '../../../server/src/core/people/mentions';
import { personKey } from '../../../server/src/core/text/names';
import { buildDoc } from './docBuilder';

const FRAGMENTS = [
  'Ben', 'Eggers', 'Ben Eggers', "Ben's", 'BEN', 'Li', 'Lineage', 'Wei', 'Zoë', 'Ångström', 'Gary', 'Marcus', 'Peter', 'Alvaro',
  'The', 'So', 'and', 'said', 'OpenAI', 'Jane', 'Street', 'TLA+', "O'Neil", 'Jean-Luc', 'van', 'de', 'J.', 'Dr.', '🎉', '😀',
  ' ', ' ', ' ', '  ', ',', '.', '. ', '!', '?', '--', '-', '—', "'", '’s', '(', ')', '[[', ']]', '\n', '\r\n', '\n- ', 'Иван', '张伟', '\u0301',
];

const notes = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

test('mentions always lie on their own text, never overlap, and resolve consistently', () => {
  fc.assert(
    fc.property(notes, fc.boolean(), (body, paragraphs) => {
      const text = `Notes\nTalk\nBen Eggers @ OpenAI\n${body}`;
      const { doc, lines } = buildDoc(text, { talks: [{ title: 1, speakers: [{ line: 2, name: 'Ben Eggers', org: 'OpenAI' }] }], skipLines: [0], paragraphs });
      const mentions = findMentions(doc, lines);
      let lastEnd = -1;
      for (const m of mentions) {
        const s = lines.offsetAt(m.range.start);
        const e = lines.offsetAt(m.range.end);
        assert.ok(s > lastEnd || lastEnd === -1 || s >= lastEnd, 'mentions do not overlap');
        lastEnd = e;
        if (m.range.start.line === m.range.end.line) assert.equal(text.slice(s, e), m.name);
        assert.ok(m.range.start.line >= 3, 'speaker lines hold no mentions');
        if (m.person === 'Ben Eggers') assert.equal(m.key, 'ben eggers');
        else assert.equal(m.key, personKey(m.name));
        if (m.firstName) assert.equal(m.person.split(' ')[0], m.name);
        assert.ok(!/['’]s$/.test(m.name), 'possessive is outside the name');
      }
    }),
    { numRuns: 400 },
  );
});
