import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

/** The line of an offset by counting line starts, the obvious way. */
function slowLineAt(lines: LineIndex, offset: number): number {
  let line = 0;
  for (let i = 1; i < lines.starts.length; i++) if (lines.starts[i] <= offset) line = i;
  return line;
}

test('lineAt answers the same in any order of questions (its remembered line is only a hint)', () => {
  const text = 'a\r\nbb\n\rccc\r\r\ndddd\n\n😀e\nlast';
  const lines = new LineIndex(text);
  const offsets: number[] = [];
  for (let o = -2; o <= text.length + 2; o++) offsets.push(o);
  // Forwards, backwards, then jumping about.
  const orders = [offsets, [...offsets].reverse(), offsets.map((_, i) => offsets[(i * 7) % offsets.length])];
  for (const order of orders) for (const o of order) assert.equal(lines.lineAt(o), slowLineAt(lines, o), `offset ${o}`);
  assert.deepEqual(lines.positionAt(text.length), { line: lines.lineCount - 1, character: 4 });
  assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(1), { line: 0, character: 1 });
});

test('lineAt on an empty text and a text of line ends only', () => {
  const empty = new LineIndex('');
  assert.equal(empty.lineAt(0), 0);
  assert.equal(empty.lineAt(5), 0);
  const breaks = new LineIndex('\n\r\n\r');
  for (const o of [4, 0, 3, 1, 2, 4, 0]) assert.equal(breaks.lineAt(o), slowLineAt(breaks, o));
});

test('line starts and ends agree with a character-by-character split, with and without carriage returns', () => {
  /** The obvious reading of `\n`, `\r\n` and a lone `\r` as line ends. */
  const slow = (text: string): { starts: number[]; ends: number[] } => {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || text[i] === '\r') {
        ends.push(i);
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    return { starts, ends };
  };
  const parts = ['a', 'bb', '\n', '\n\n', '\r', '\r\n', ' ', '😀'];
  let seed = 7;
  for (let round = 0; round < 400; round++) {
    let text = '';
    const count = round % 13;
    for (let k = 0; k < count; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // Half the texts have no carriage return (the fast path), half may have one.
      const choices = round % 2 === 0 ? parts.filter((p) => !p.includes('\r')) : parts;
      text += choices[seed % choices.length];
    }
    const lines = new LineIndex(text);
    assert.deepEqual({ starts: lines.starts, ends: lines.ends }, slow(text), JSON.stringify(text));
  }
});
