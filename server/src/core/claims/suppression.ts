/**
 * Silencing claims
 * ================
 *
 * A claim you have checked, or a file you do not want checked, can be silenced with a
 * directive. Silenced claims are still found (they appear in the outline, the Talks view and
 * the JSON output with `"suppressed": true`); only their `unsupported-claim` diagnostic goes.
 * The server and the CLI read the same directives. Directives are case-insensitive, and
 * extra spaces are fine.
 *
 * Markdown (`*.notes.md`) — HTML comments, invisible when the notes are rendered:
 *
 *     The planner is 3x faster. <!-- talknotes-disable-line -->
 *
 *     <!-- talknotes-disable-next-line -->
 *     The planner is 3x faster.
 *
 *     <!-- talknotes-disable -->            (anywhere in the file: silences every claim in it)
 *
 * Plain text (`*.notes`, `*.talknotes`) — a line starting with `%%`, easy to type and never
 * part of real notes:
 *
 *     The planner is 3x faster. %% talknotes-disable-line
 *
 *     %% talknotes-disable-next-line
 *     The planner is 3x faster.
 *
 *     %% talknotes-disable                  (anywhere in the file, on its own line)
 *
 * Both spellings work in both formats, so a directive copied from one kind of file into the
 * other keeps working. `disable-line` silences the claims on that line; `disable-next-line`
 * the claims on the next line that is not blank and not itself a directive. A claim that spans
 * several lines (a wrapped Markdown paragraph) is silenced when any of its lines is.
 * Directives inside fenced code blocks are ignored. The quick fixes "Silence this claim" and
 * "Silence all claims in this file" write these directives for you.
 */
import type { NotesDocument, Range, Suppressions } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { lowerBound } from '../text/lowerBound';

type Scope = 'file' | 'line' | 'next-line';

// `talknotes-disable`, `talknotes-disable-line`, `talknotes-disable-next-line`; the optional
// `-claims` suffix is accepted (`talknotes-disable-claims`) because people write it.
const HTML_DIRECTIVE_RE = /<!--\s*talk-?notes[-:\s]disable(?:-claims)?(-next-line|-line)?\s*-->/gi;
const PERCENT_DIRECTIVE_RE = /%%\s*talk-?notes[-:\s]disable(?:-claims)?(-next-line|-line)?\s*$/i;
const WHOLE_LINE_RE = /^\s*(?:<!--\s*talk-?notes[-:\s]disable(?:-claims)?(?:-next-line|-line)?\s*-->|%%\s*talk-?notes[-:\s]disable(?:-claims)?(?:-next-line|-line)?)\s*$/i;

function scopeOf(suffix: string | undefined): Scope {
  if (!suffix) return 'file';
  return suffix.toLowerCase() === '-line' ? 'line' : 'next-line';
}

/** Where the text of a line holds a directive (HTML comment or trailing `%%`). */
export function lineDirectives(line: string): { start: number; end: number; scope: Scope }[] {
  const out: { start: number; end: number; scope: Scope }[] = [];
  if (!/talk/i.test(line)) return out;
  for (const m of line.matchAll(HTML_DIRECTIVE_RE)) out.push({ start: m.index, end: m.index + m[0].length, scope: scopeOf(m[1]) });
  const pct = line.lastIndexOf('%%');
  if (pct >= 0) {
    const m = PERCENT_DIRECTIVE_RE.exec(line.slice(pct));
    if (m) out.push({ start: pct, end: line.length, scope: scopeOf(m[1]) });
  }
  return out;
}

/** True when a plain-text line is a suppression directive (the plain-text parser skips such lines as prose). */
export function isDirectiveLine(line: string): boolean {
  return WHOLE_LINE_RE.test(line);
}

/** Finds the directives that silence claims (see the comment at the top of this file). */
export function findSuppressions(doc: NotesDocument, lines: LineIndex): Suppressions {
  const result: Suppressions = { file: false, lines: [], directives: [] };
  const silenced = new Set<number>();
  let pendingNext = false;
  let fence: string | null = null;
  for (let l = 0; l < lines.lineCount; l++) {
    const text = lines.lineText(l);
    if (doc.format === 'markdown') {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
      if (f) {
        if (fence === null) fence = f[1][0];
        else if (f[1][0] === fence) fence = null;
        continue;
      }
      if (fence !== null) continue;
    }
    const found = lineDirectives(text);
    const blankOrDirective = text.trim() === '' || isDirectiveLine(text);
    if (pendingNext && !blankOrDirective) {
      silenced.add(l);
      pendingNext = false;
    }
    for (const d of found) {
      const range: Range = { start: { line: l, character: d.start }, end: { line: l, character: d.end } };
      result.directives.push({ range, scope: d.scope });
      if (d.scope === 'file') result.file = true;
      else if (d.scope === 'line') silenced.add(l);
      else pendingNext = true;
    }
  }
  result.lines = [...silenced].sort((a, b) => a - b);
  return result;
}

/** True when a claim's range touches a silenced line (or the whole file is silenced). */
export function isSuppressed(s: Suppressions, range: Range): boolean {
  if (s.file) return true;
  if (s.lines.length === 0) return false;
  // Binary search for the first silenced line ≥ the claim's start line.
  const lo = lowerBound(s.lines.length, (i) => s.lines[i] < range.start.line);
  return lo < s.lines.length && s.lines[lo] <= range.end.line;
}
