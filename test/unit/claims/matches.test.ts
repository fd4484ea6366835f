import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches } from '../../../server/src/core/claims/matches';

const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

test('allMatches gives what matchAll gives, and leaves the pattern at lastIndex 0', () => {
  const cases: [string, RegExp][] = [
    ['a (b) c (d e) (f', /\(([^()]{0,400})\)/g],
    ['x😀y😀', /(?:)/gu],
    ['x😀y', /(?:)/g],
    ['12:30 and 9:05pm', /\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?/gi],
    ['', /a*/g],
  ];
  for (const [text, re] of cases) {
    assert.deepEqual(shape(allMatches(text, re)), shape([...text.matchAll(re)]), `${re} on ${JSON.stringify(text)}`);
    assert.equal(re.lastIndex, 0);
  }
});
