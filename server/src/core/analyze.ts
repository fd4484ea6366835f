import type { NotesConfig } from './config';
import { DEFAULT_CONFIG } from './config';
import type { DocumentStructure, NotesDocument, NotesFormat } from './model/types';
import { LineIndex, stripBom } from './text/lineIndex';
import { parsePlainText } from './parse/plainText';
import { parseMarkdown } from './parse/markdown';
import { findMentions } from './people/mentions';
import { scanInlineReferences } from './references/inline';
import { findSuppressions } from './claims/suppression';
import { findClaims } from './claims/claims';

/** What the host hands the analysis: the text of one file and how to read it. */
export interface SourceDocument {
  uri: string;
  text: string;
  format: NotesFormat;
}

/**
 * Analyses one notes file: structure → references → mentions → claims.
 *
 * Never throws (rust-analyzer's "parsing never fails"): a failure inside one stage leaves that
 * stage's results empty and the rest intact, so a bad input costs a feature, not the server.
 */
export function analyzeDocument(source: SourceDocument, config: NotesConfig = DEFAULT_CONFIG): NotesDocument {
  const text = stripBom(source.text);
  const lines = new LineIndex(text);
  const outlineOnly = text.length > config.maxFileSize;
  const structure: DocumentStructure =
    attempt(() => (source.format === 'markdown' ? parseMarkdown(text, lines) : parsePlainText(text, lines))) ?? emptyStructure();
  const doc = documentFromStructure(structure, { uri: source.uri, format: source.format, text }, outlineOnly);
  if (outlineOnly) return doc;
  const refs = attempt(() => scanInlineReferences(doc, lines));
  if (refs) {
    doc.citations = refs.citations;
    doc.pandocCitations = refs.pandocCitations;
    doc.crossReferences = refs.crossReferences;
    doc.urls = refs.urls;
  }
  doc.suppressions = attempt(() => findSuppressions(doc, lines)) ?? doc.suppressions;
  doc.mentions = attempt(() => findMentions(doc, lines)) ?? [];
  doc.claims = attempt(() => findClaims(doc, lines, config)) ?? [];
  return doc;
}

/**
 * A document with its structure and nothing found in it yet: the starting point of the later
 * stages (and of documents that tests build by hand).
 */
export function documentFromStructure(structure: DocumentStructure, source: SourceDocument, outlineOnly = false): NotesDocument {
  return {
    ...structure,
    uri: source.uri,
    format: source.format,
    text: source.text,
    mentions: [],
    claims: [],
    citations: [],
    pandocCitations: [],
    crossReferences: [],
    urls: [],
    suppressions: { file: false, lines: [], directives: [] },
    outlineOnly,
  };
}

function emptyStructure(): DocumentStructure {
  return { title: null, conference: null, talks: [], blocks: [], definitions: [], comments: [], problems: [] };
}

/** Runs one stage, turning an exception into "no result" (reported through `onStageError`). */
function attempt<T>(stage: () => T): T | undefined {
  try {
    return stage();
  } catch (err) {
    onStageError(err);
    return undefined;
  }
}

let stageErrorListener: ((err: unknown) => void) | undefined;

/** Lets the host log stage failures (the library itself does no I/O). */
export function setStageErrorListener(listener: ((err: unknown) => void) | undefined): void {
  stageErrorListener = listener;
}

function onStageError(err: unknown): void {
  stageErrorListener?.(err);
}
