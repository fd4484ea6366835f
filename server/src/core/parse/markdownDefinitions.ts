import type { ReferenceDefinition } from '../model/types';
import type { LineIndex } from '../text/lineIndex';

/**
 * Reference and footnote definitions of a Markdown file (`[1]: https://…`, `[^ldfi]: …`).
 *
 * markdown-it consumes link reference definitions without a token (they only land in
 * `env.references`), so their lines are the ones no block token covers: `findDefinitionLines`
 * reads those. Footnote definitions do produce tokens; `footnoteDefinition` turns their lines
 * into the same shape.
 */

/** The id of a marker as cited: lower-cased, inner white space collapsed (CommonMark label matching). */
export function definitionId(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Reads the definitions on lines that no block token covers. `isDefined` confirms a label is one
 * markdown-it accepted (so a stray `[x]:` in an odd spot is not reported as a definition).
 */
export function findDefinitionLines(
  lines: LineIndex,
  covered: Uint8Array,
  fromLine: number,
  isDefined: (label: string) => boolean,
): ReferenceDefinition[] {
  const out: ReferenceDefinition[] = [];
  let current: { def: ReferenceDefinition; parts: string[] } | null = null;
  const finish = (): void => {
    if (!current) return;
    current.def.text = current.parts.join(' ').trim();
    current.def.url = urlAtStart(current.def.text);
    out.push(current.def);
    current = null;
  };
  for (let line = Math.max(0, fromLine); line < lines.lineCount; line++) {
    if (covered[line]) {
      finish();
      continue;
    }
    const text = lines.lineText(line);
    const start = skipPrefix(text);
    if (start >= text.length) {
      finish();
      continue;
    }
    const head = text.charCodeAt(start) === 91 /* [ */ ? readLabel(text, start) : null;
    if (head && isDefined(head.label)) {
      finish();
      const lineStart = lines.starts[line];
      const marker = text.slice(start, head.end);
      current = {
        def: {
          marker,
          id: definitionId(head.label),
          text: '',
          url: null,
          line,
          range: lines.range(lineStart + start, lineStart + text.trimEnd().length),
          markerRange: lines.range(lineStart + start, lineStart + head.end),
        },
        parts: [text.slice(head.end + 1).trim()],
      };
    } else if (current) {
      // A destination or title on its own line continues the definition above.
      current.parts.push(text.trim());
      const lineStart = lines.starts[line];
      current.def.range = { start: current.def.range.start, end: lines.positionAt(lineStart + text.trimEnd().length) };
    }
  }
  finish();
  return out;
}

/** Where a definition's `[` may start: after indentation and block-quote markers. */
function skipPrefix(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 62 /* > */) i++;
    else break;
  }
  return i;
}

/** `[label]:` at `start`: the label and the index just past `]`. Labels hold no unescaped brackets (CommonMark). */
function readLabel(text: string, start: number): { label: string; end: number } | null {
  const limit = Math.min(text.length, start + 1001);
  for (let i = start + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c === 91 /* [ */) return null;
    if (c === 93 /* ] */) {
      if (i === start + 1 || text.charCodeAt(i + 1) !== 58 /* : */) return null;
      return { label: text.slice(start + 1, i), end: i + 1 };
    }
  }
  return null;
}

/** The URL a definition's text starts with (`<…>` or up to white space), when it has a scheme. */
export function urlAtStart(text: string): string | null {
  let candidate: string;
  if (text.startsWith('<')) {
    const close = text.indexOf('>');
    if (close < 0) return null;
    candidate = text.slice(1, close);
  } else {
    const m = /^\S+/.exec(text);
    if (!m) return null;
    candidate = m[0];
  }
  return /^[A-Za-z][A-Za-z0-9+.-]{1,31}:\S/.test(candidate) ? candidate : null;
}

/**
 * A footnote definition spanning `firstLine`..`lastLine`: the marker `[^label]` on the first
 * line, the text after its colon through the last line (line breaks → one space).
 */
export function footnoteDefinition(lines: LineIndex, label: string, firstLine: number, lastLine: number): ReferenceDefinition | null {
  const text = lines.lineText(firstLine);
  const marker = `[^${label}]`;
  const at = text.indexOf(`${marker}:`);
  if (at < 0) return null;
  const lineStart = lines.starts[firstLine];
  const parts = [text.slice(at + marker.length + 1).trim()];
  for (let l = firstLine + 1; l <= lastLine; l++) parts.push(lines.lineText(l).trim());
  const body = parts.filter((p) => p.length > 0).join(' ');
  const endLine = lastLineWithText(lines, firstLine, lastLine);
  return {
    marker,
    id: `^${definitionId(label)}`,
    text: body,
    url: urlAtStart(body),
    line: firstLine,
    range: lines.range(lineStart + at, lines.starts[endLine] + lines.lineText(endLine).trimEnd().length),
    markerRange: lines.range(lineStart + at, lineStart + at + marker.length),
  };
}

function lastLineWithText(lines: LineIndex, first: number, last: number): number {
  for (let l = last; l > first; l--) if (lines.lineText(l).trim().length > 0) return l;
  return first;
}
