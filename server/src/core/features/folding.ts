import type { NotesDocument, Range } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { linesOf } from '../analyze';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { safely } from './common';

/** A foldable stretch of lines (an LSP `FoldingRange`); `startLine` stays visible. */
export interface NotesFoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment';
}

/**
 * Folding: each talk and each section (up to its last non-blank line), each run of two or more
 * consecutive bullets, and multi-line comments. Ranges never start on the same line twice.
 */
export function foldingRanges(index: WorkspaceIndex, uri: string): NotesFoldingRange[] {
  return safely([], () => {
    const doc = index.get(uri);
    return doc ? structureFoldingRanges(doc) : [];
  });
}

/**
 * Folding from a document's structure alone (talks, sections, blocks, comments), so a document
 * from `analyzeStructure` folds as its full analysis does. Never throws.
 */
export function structureFoldingRanges(doc: Pick<NotesDocument, 'talks' | 'blocks' | 'comments' | 'text'>, lines: LineIndex = linesOf(doc)): NotesFoldingRange[] {
  return safely([], () => {
    const out: NotesFoldingRange[] = [];
    const add = (startLine: number, endLine: number, kind?: NotesFoldingRange['kind']) => {
      if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
    };
    for (const talk of doc.talks) {
      add(talk.range.start.line, lastContentLine(lines, talk.range));
      for (const sec of talk.sections) add(sec.range.start.line, lastContentLine(lines, sec.range));
    }
    for (const run of bulletRuns(doc)) add(run.start, run.end);
    for (const c of doc.comments) add(c.range.start.line, c.range.end.line, 'comment');
    out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
    // The editor keeps one range per start line; keep the widest.
    return out.filter((r, i) => i === 0 || r.startLine !== out[i - 1].startLine);
  });
}

/** Lines of runs of ≥2 bullets standing together (same talk and section, nothing else between). */
export function bulletRuns(doc: Pick<NotesDocument, 'blocks'>): { start: number; end: number }[] {
  const runs: { start: number; end: number; count: number }[] = [];
  let current: { start: number; end: number; count: number } | null = null;
  let prev: NotesDocument['blocks'][number] | null = null;
  for (const b of doc.blocks) {
    const continues = current && prev && b.kind === 'bullet' && prev.kind === 'bullet' && b.talk === prev.talk && b.section === prev.section;
    if (continues && current) {
      current.end = b.range.end.line;
      current.count++;
    } else {
      if (current && current.count >= 2) runs.push(current);
      current = b.kind === 'bullet' ? { start: b.range.start.line, end: b.range.end.line, count: 1 } : null;
    }
    prev = b;
  }
  if (current && current.count >= 2) runs.push(current);
  return runs.map(({ start, end }) => ({ start, end }));
}

/** The last line of a range that holds text (trailing blank lines are not folded away). */
function lastContentLine(lines: LineIndex, range: Range): number {
  for (let l = range.end.line; l > range.start.line; l--) if (lines.lineText(l).trim()) return l;
  return range.start.line;
}
