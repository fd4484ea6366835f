import MarkdownIt = require('markdown-it');
import footnote = require('markdown-it-footnote');

type Token = MarkdownIt.Token;
type Engine = InstanceType<typeof MarkdownIt>;

/**
 * The one configured markdown-it instance of the Markdown notes parser.
 *
 * markdown-it (the parser VS Code's own Markdown support uses) is CommonMark-compliant and
 * linear in its input. We read its token stream, never its HTML, so the configuration is about
 * keeping the tokens faithful to the source:
 * - `html: true` so comments become `html_block`/`html_inline` tokens instead of prose;
 * - no typographer, no linkify: text tokens stay verbatim source;
 * - `text_join` off: escapes and entities stay `text_special` tokens whose `markup` is the
 *   source, so every text character can be mapped back to the document;
 * - footnotes (`[^id]` / `[^id]: …`) through markdown-it-footnote, with its `footnote_tail`
 *   off so definitions stay where they are written, and inline `^[…]` notes off;
 * - the core `inline` rule off: the parse is block-level only, and inline content is parsed on
 *   demand (`parseInline`), only for the paragraphs and headings whose text needs it.
 */
let engine: Engine | undefined;

/** Inline token → [start, end) of its source in the inline content it was parsed from. */
const sourceSpans = new WeakMap<Token, [number, number]>();

export function markdownEngine(): Engine {
  if (engine) return engine;
  const md: Engine = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  md.use(footnote);
  md.core.ruler.disable(['text_join', 'footnote_tail', 'inline']);
  md.inline.ruler.disable(['footnote_inline']);
  for (const name of ['link', 'image', 'autolink', 'backticks', 'html_inline', 'footnote_ref']) recordSpans(md, name);
  engine = md;
  return md;
}

/**
 * The inline content of a paragraph or heading, apart from its block token: the parser keeps
 * these, not markdown-it's whole token stream, so the stream is garbage once read.
 */
export interface InlineSource {
  content: string;
  /** The inline tokens, once parsed. */
  children: Token[] | null;
}

/**
 * Parses inline content into its children (what markdown-it's core `inline` rule does for every
 * `inline` token), once. `env` must be the one of the block parse the content comes from: it
 * holds the reference and footnote labels the inline rules resolve.
 */
export function parseInline(md: Engine, inline: InlineSource, env: object): Token[] {
  if (!inline.children) {
    inline.children = [];
    md.inline.parse(inline.content, md, env as Record<string, unknown>, inline.children);
  }
  return inline.children;
}

/** Source span of a link, image, autolink, code span, inline HTML or footnote reference token. */
export function sourceSpan(token: Token): [number, number] | undefined {
  return sourceSpans.get(token);
}

type InlineRule = (state: { pos: number; tokens: Token[] }, silent: boolean) => boolean;

/**
 * Wraps an inline rule so the token it produces remembers where its source starts and ends.
 * markdown-it records only block lines (`map`); links need their exact extent because the end
 * (`](url "title")`) appears in no token. The ruler offers no getter, hence `__rules__`.
 */
function recordSpans(md: Engine, name: string): void {
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) return;
  const original = rule.fn;
  const wrapped: InlineRule = (state, silent) => {
    const start = state.pos;
    const before = state.tokens.length;
    const ok = original(state, silent);
    if (ok && !silent) {
      // A pending-text flush may precede the rule's own token.
      for (let i = before; i < state.tokens.length; i++) {
        const t = state.tokens[i];
        if (t.type !== 'text') {
          sourceSpans.set(t, [start, state.pos]);
          break;
        }
      }
    }
    return ok;
  };
  md.inline.ruler.at(name, wrapped as never);
}

export type { Engine, Token };
