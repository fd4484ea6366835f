import type { Mention, NotesDocument } from '../model/types';
import type { LineIndex } from '../text/lineIndex';

/** STUB — owned by the people work. Finds full-name and first-name mentions in prose blocks. */
export function findMentions(_doc: NotesDocument, _lines: LineIndex): Mention[] {
  return [];
}
