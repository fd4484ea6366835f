import type { DocumentStructure } from '../model/types';
import type { LineIndex } from '../text/lineIndex';

/** STUB — owned by the plain-text structure work. Reads the plain-text form (SPEC §2). */
export function parsePlainText(_text: string, _lines: LineIndex): DocumentStructure {
  return { title: null, conference: null, talks: [], blocks: [], definitions: [], comments: [], problems: [] };
}
