import { claimTerms } from '../claims/related';
import type { CrossReference, Mention, NotesDocument, NotesFormat, PandocCitation, Talk } from '../model/types';

/**
 * What the workspace's tables and cross-file features read of a document: enough for
 * definitions, references, rename, workspace symbols, links and related claims without the
 * rest of its analysis. A file that is not open is kept as these plus a packed copy of the
 * whole analysis (`PackedDocument`), which a feature unpacks only when it needs more (a
 * summary, a claim's text): the analysis's objects take about ten times the text, these about one.
 */
export interface DocumentTables {
  uri: string;
  format: NotesFormat;
  /** The document title (plain text's first line, Markdown's H1 or front matter), if any. */
  title: string | null;
  talks: TalkHead[];
  mentions: Mention[];
  crossReferences: CrossReference[];
  pandocCitations: PandocCitation[];
  /**
   * Each claim's distinct terms for the related-claims index (`claims/related.ts#claimTerms`),
   * by claim index; null when the index should compute them from the document itself.
   */
  claimTerms: string[][] | null;
}

/**
 * A talk as the tables hold it: without its sections, which only the features of the document
 * itself read (outline, folding, selection ranges), from its whole analysis.
 */
export type TalkHead = Omit<Talk, 'sections'>;

/** A whole analysis kept outside the object graph (compressed, in the server), restored on demand. */
export interface PackedDocument {
  unpack(): NotesDocument;
  /** Length of the document's text, so the index can bound how much it keeps unpacked. */
  readonly textLength: number;
}

/**
 * The tables of a document. With `terms`, the claims' related-claims terms are computed now
 * (for a file about to be packed: afterwards its claims are out of reach without unpacking it).
 */
export function documentTables(doc: NotesDocument, terms: boolean): DocumentTables {
  return {
    uri: doc.uri,
    format: doc.format,
    title: doc.title?.text ?? null,
    talks: doc.talks,
    mentions: doc.mentions,
    crossReferences: doc.crossReferences,
    pandocCitations: doc.pandocCitations,
    claimTerms: terms ? doc.claims.map((c) => [...new Set(claimTerms(c.text))]) : null,
  };
}
