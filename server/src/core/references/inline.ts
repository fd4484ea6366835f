import type { Citation, CrossReference, NotesDocument, PandocCitation, UrlLink } from '../model/types';
import type { LineIndex } from '../text/lineIndex';

export interface InlineReferences {
  citations: Citation[];
  pandocCitations: PandocCitation[];
  crossReferences: CrossReference[];
  urls: UrlLink[];
}

/** STUB — finds citation markers, `[@key]`, `[[links]]` and URLs in prose blocks. */
export function scanInlineReferences(_doc: NotesDocument, _lines: LineIndex): InlineReferences {
  return { citations: [], pandocCitations: [], crossReferences: [], urls: [] };
}
