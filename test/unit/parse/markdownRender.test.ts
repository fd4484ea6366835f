import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { markdownEngine, parseInline } from '../../../server/src/core/parse/markdownEngine';
import { renderInline } from '../../../server/src/core/parse/markdownInline';
import { isPlainContent, renderPlain } from '../../../server/src/core/parse/markdownRender';
import { generateOfSize } from '../../../bench/generate';

/** Each inline token of a Markdown text with its first line, from a block-only parse. */
function inlines(text: string) {
  const md = markdownEngine();
  const env = {};
  const tokens = md.parse(text, env);
  const out: { token: (typeof tokens)[number]; line: number }[] = [];
  tokens.forEach((t, i) => {
    const open = tokens[i - 1];
    if (t.type === 'inline' && open?.map) out.push({ token: t, line: open.map[0] });
  });
  return { md, env, out, lines: new LineIndex(text) };
}

/** `renderPlain` must give exactly what markdown-it's inline parse + `renderInline` give, wherever it is used. */
function assertSameAsParsed(text: string): number {
  const { md, env, out, lines } = inlines(text);
  let plain = 0;
  for (const { token, line } of out) {
    for (const mode of ['source', 'text'] as const) {
      if (!isPlainContent(token.content, mode)) continue;
      plain++;
      const inline = { content: token.content, children: null };
      parseInline(md, inline, env);
      const want = renderInline(inline, line, lines, mode);
      const got = renderPlain(token.content, line, lines);
      assert.equal(got.builder.text, want.builder.text, JSON.stringify(token.content));
      assert.deepEqual(got.builder.pieces, want.builder.pieces, JSON.stringify(token.content));
      assert.deepEqual([got.links, got.comments], [want.links, want.comments]);
    }
  }
  return plain;
}

test('plain content: which content skips the inline parser', () => {
  assert.equal(isPlainContent('They shipped it in 2019, 40% faster (really).', 'text'), true);
  assert.equal(isPlainContent('Founder & CEO @ Acme: #1 + {x} = y^2 - z!', 'text'), true);
  // Links and footnote references are written as they are in source mode only.
  assert.equal(isPlainContent('See [1] and [^n] and [x](https://a.b).', 'source'), true);
  assert.equal(isPlainContent('See [1] and [^n] and [x](https://a.b).', 'text'), false);
  // …unless a line break with trailing spaces could sit inside one.
  assert.equal(isPlainContent('See [the \nlink](u)', 'source'), false);
  for (const marked of ['a *b*', 'a _b_', 'a ~~b~~', 'a `b`', 'a \\* b', 'a &amp; b', 'a &#65; b', 'a ![i](u)', 'a <b>', 'a <http://x.y>', 'a <!-- c -->']) {
    assert.equal(isPlainContent(marked, 'source'), false, marked);
  }
});

test('plain rendering equals the parsed rendering: white space at line ends and starts, breaks, CRLF, NUL', () => {
  const text = [
    'One line.',
    '',
    'Soft break \nafter one space, hard break  \nafter two,   \n\tthen a tab-indented line\t\nand a tab at the end.',
    '',
    '\u00a0Leading no-break space\nand\u00a0\u00a0inner ones\n\u00a0\u00a0 at a line start\nend\u00a0',
    '',
    'CRLF\r\nlines\r\nhere',
    '',
    'Lone CR\rline',
    '',
    'NUL \u0000 inside',
    '',
    '- a bullet\n  continued with indentation\n- another',
    '',
    '> quoted\n> text',
    '',
    'Links [1] and [^n] [x](https://a.b) [y][1]\nover lines',
    '',
    '[1]: https://example.org',
    '',
    '[^n]: A note.',
  ].join('\n');
  assert.ok(assertSameAsParsed(text) >= 12);
});

test('plain rendering equals the parsed rendering on generated notes', () => {
  let plain = 0;
  for (let seed = 1; seed <= 4; seed++) plain += assertSameAsParsed(generateOfSize(seed, 20_000, 'markdown'));
  assert.ok(plain > 200);
});
