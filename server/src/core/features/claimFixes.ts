import { documentLines } from '../text/documentLines';
import type { NotesDocument, Position, Range } from '../model/types';
import type { LineIndex } from '../text/lineIndex';

/** One quick fix for an `unsupported-claim` diagnostic: edits to the claim's own file. */
export interface ClaimFix {
  title: string;
  kind: 'quickfix';
  isPreferred?: boolean;
  edits: { range: Range; newText: string }[];
}

/** The directives the fixes write (documented in `claims/suppression.ts`). */
export const DIRECTIVES = {
  markdown: { line: '<!-- talknotes-disable-line -->', nextLine: '<!-- talknotes-disable-next-line -->', file: '<!-- talknotes-disable -->' },
  plaintext: { line: '%% talknotes-disable-line', nextLine: '%% talknotes-disable-next-line', file: '%% talknotes-disable' },
} as const;

/**
 * Quick fixes for one claim (SPEC §3): add a citation marker with a reference definition to fill
 * in, mark `[citation needed]`, silence this claim, silence every claim in the file. Edits use
 * the file's own line ending so CRLF files stay CRLF. Returns [] for an unknown claim.
 */
export function claimFixes(doc: NotesDocument, claimIndex: number): ClaimFix[] {
  const claim = doc.claims[claimIndex];
  if (!claim) return [];
  const lines = documentLines(doc);
  const eol = lineEnding(doc.text);
  const fixes: ClaimFix[] = [];
  const at = markerPosition(doc.text, lines, claim.range);
  const before = doc.text[lines.offsetAt(at) - 1] ?? '';
  const space = before === '' || /\s/.test(before) ? '' : ' ';

  const n = nextCitationNumber(doc);
  const definition = definitionEdit(doc, lines, claim.talk, claim.range.end.line, eol, `[${n}]: TODO`);
  fixes.push({
    title: `Add citation [${n}] and a reference to fill in`,
    kind: 'quickfix',
    isPreferred: true,
    edits: [{ range: { start: at, end: at }, newText: `${space}[${n}]` }, definition],
  });
  if (!claim.acknowledged) {
    fixes.push({ title: 'Mark as [citation needed]', kind: 'quickfix', edits: [{ range: { start: at, end: at }, newText: `${space}[citation needed]` }] });
  }
  if (!claim.suppressed) {
    fixes.push({ title: 'Silence this claim', kind: 'quickfix', edits: [silenceLineEdit(doc, lines, claim.range.start.line, claim.block, eol)] });
    const fileDirective = DIRECTIVES[doc.format].file;
    const end = lines.positionAt(doc.text.length);
    const needsBreak = doc.text.length > 0 && !/[\r\n]$/.test(doc.text);
    fixes.push({
      title: 'Silence all claims in this file',
      kind: 'quickfix',
      edits: [{ range: { start: end, end }, newText: `${needsBreak ? eol : ''}${fileDirective}${eol}` }],
    });
  }
  return fixes;
}

/** The file's line ending (the first one found), `\n` when it has none. */
export function lineEnding(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\n';
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

/** Where a marker goes: before the sentence's final punctuation (`… implementation [1].`), else at its end. */
function markerPosition(text: string, lines: LineIndex, range: Range): Position {
  let end = lines.offsetAt(range.end);
  const start = lines.offsetAt(range.start);
  // Step back over closing quotes/brackets, then over the terminal punctuation run.
  let k = end;
  while (k > start && /["'”’)\]*_]/.test(text[k - 1])) k--;
  let p = k;
  while (p > start && /[.!?…]/.test(text[p - 1])) p--;
  if (p < k && p > start) end = p;
  // Never split a marker that already ends the sentence (`… ago. [1]`).
  while (end > start && /\s/.test(text[end - 1])) end--;
  return lines.positionAt(end);
}

function nextCitationNumber(doc: NotesDocument): number {
  let max = 0;
  for (const d of doc.definitions) if (/^\d+$/.test(d.id)) max = Math.max(max, Number(d.id));
  for (const c of doc.citations) if (/^\d+$/.test(c.id)) max = Math.max(max, Number(c.id));
  // Markers the inline scanner may not have seen (e.g. in a block being edited).
  for (const m of doc.text.matchAll(/\[(\d{1,4})\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/**
 * The reference definition to fill in. Plain text: after the last non-blank line of the claim's
 * talk (the end of the file for the preamble). Markdown: at the end of the claim's section, before
 * the next heading, separated by blank lines (a link reference definition cannot interrupt a
 * paragraph).
 */
function definitionEdit(doc: NotesDocument, lines: LineIndex, talk: number, fromLine: number, eol: string, def: string): { range: Range; newText: string } {
  let lastLine = lines.lineCount - 1;
  if (doc.format === 'markdown') {
    let fence = false;
    for (let l = fromLine + 1; l < lines.lineCount; l++) {
      const t = lines.lineText(l);
      if (/^\s{0,3}(?:```|~~~)/.test(t)) fence = !fence;
      if (!fence && /^\s{0,3}#{1,6}(?:\s|$)/.test(t)) {
        lastLine = l - 1;
        break;
      }
    }
  } else if (talk >= 0 && doc.talks[talk]) {
    lastLine = Math.min(doc.talks[talk].range.end.line, lines.lineCount - 1);
  }
  while (lastLine > fromLine && lines.lineText(lastLine).trim() === '') lastLine--;
  const pos: Position = { line: lastLine, character: lines.lineText(lastLine).length };
  const lastText = lines.lineText(lastLine);
  // Markdown: keep the definition out of the paragraph above (blank line before) and apart from
  // the heading below (blank line after, when a heading follows directly).
  if (doc.format === 'markdown') {
    const isDefinition = /^\s*\[[^\]]+\]:/.test(lastText);
    const sep = isDefinition ? eol : eol + eol;
    const nextIsHeading = lastLine + 1 < lines.lineCount && lines.lineText(lastLine + 1).trim() !== '';
    return { range: { start: pos, end: pos }, newText: `${sep}${def}${nextIsHeading ? eol : ''}` };
  }
  return { range: { start: pos, end: pos }, newText: `${eol}${def}` };
}

/**
 * Silences the claims of one line. Plain text: a `%% talknotes-disable-next-line` line above when
 * the claim starts its block (the parser skips directive lines), else a trailing
 * `%% talknotes-disable-line`. Markdown: a trailing HTML comment, which renders invisibly and
 * does not split the paragraph or list the way a comment line would.
 */
function silenceLineEdit(doc: NotesDocument, lines: LineIndex, line: number, block: number, eol: string): { range: Range; newText: string } {
  const text = lines.lineText(line);
  const b = doc.blocks[block];
  if (doc.format === 'plaintext' && b && b.range.start.line === line) {
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const pos = { line, character: 0 };
    return { range: { start: pos, end: pos }, newText: `${indent}${DIRECTIVES.plaintext.nextLine}${eol}` };
  }
  let trimmedEnd = text.length;
  while (trimmedEnd > 0 && (text[trimmedEnd - 1] === ' ' || text[trimmedEnd - 1] === '\t')) trimmedEnd--;
  const pos = { line, character: trimmedEnd };
  const directive = doc.format === 'markdown' ? DIRECTIVES.markdown.line : DIRECTIVES.plaintext.line;
  return { range: { start: pos, end: { line, character: text.length } }, newText: ` ${directive}` };
}
