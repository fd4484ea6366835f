import type { NotesDocument, Suppressions } from '../model/types';
import type { LineIndex } from '../text/lineIndex';

/** STUB — owned by the claims work. Finds the directives that silence claims. */
export function findSuppressions(_doc: NotesDocument, _lines: LineIndex): Suppressions {
  return { file: false, lines: [], directives: [] };
}

/** True when a plain-text line is a suppression directive (the plain-text parser skips such lines as prose). */
export function isDirectiveLine(_line: string): boolean {
  return false;
}
