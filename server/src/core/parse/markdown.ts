import type { DocumentStructure } from '../model/types';
import type { LineIndex } from '../text/lineIndex';

/** STUB — owned by the Markdown work. Reads the Markdown form (SPEC §2). */
export function parseMarkdown(_text: string, _lines: LineIndex): DocumentStructure {
  return { title: null, conference: null, talks: [], blocks: [], definitions: [], comments: [], problems: [] };
}
