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
  return completeAnalysis(structureOf(source, text, lines, config), config, lines);
}

/**
 * The structure of one notes file alone: title, talks with their speakers, sections, prose
 * blocks, definitions, comments and format problems, with nothing found in the prose yet (no
 * mentions, claims, citations or URLs). It is all the outline and folding need, at a fraction
 * of the cost of `analyzeDocument`; `completeAnalysis` turns it into the full analysis.
 * Never throws.
 */
export function analyzeStructure(source: SourceDocument, config: NotesConfig = DEFAULT_CONFIG): NotesDocument {
  const text = stripBom(source.text);
  const lines = new LineIndex(text);
  const doc = structureOf(source, text, lines, config);
  structureLines.set(doc, lines);
  return doc;
}

/**
 * The line index of a document's text: the one its structure was parsed with while it is a
 * structure only (the outline and folding of a fresh document then index its lines once, not
 * three times), otherwise a new one.
 */
export function linesOf(doc: { text: string }): LineIndex {
  return structureLines.get(doc) ?? new LineIndex(doc.text);
}

/** Line indexes of documents from `analyzeStructure` until `completeAnalysis` (memory stays what the full analysis keeps). */
const structureLines = new WeakMap<object, LineIndex>();

/**
 * Completes a document from `analyzeStructure` (same text and config) into what
 * `analyzeDocument` returns: references, suppressions, mentions, claims. Fills `doc` in place
 * and returns it; a file above `maxFileSize` stays outline only.
 */
export function completeAnalysis(doc: NotesDocument, config: NotesConfig = DEFAULT_CONFIG, lines: LineIndex = linesOf(doc)): NotesDocument {
  structureLines.delete(doc);
  if (doc.outlineOnly) return doc;
  findReferences(doc, lines);
  doc.mentions = attempt(() => findMentions(doc, lines)) ?? [];
  doc.claims = attempt(() => findClaims(doc, lines, config)) ?? [];
  return doc;
}

/** The costly findings of an analysis (mentions and claims take about four fifths of its time). */
export interface CostlyFindings {
  mentions: NotesDocument['mentions'];
  claims: NotesDocument['claims'];
}

/**
 * An analysis put together again from its source and its costly findings, kept from an earlier
 * `analyzeDocument` of the same text: the structure, references and suppressions are found again
 * (a fraction of the cost), mentions and claims re-used. The result equals that earlier analysis.
 * It lets a host keep a file that is not open as its text and these two lists only (the structure
 * is most of an analysis's size). `source.text` and `outlineOnly` are the earlier analysis's.
 */
export function reassembleAnalysis(source: SourceDocument, outlineOnly: boolean, found: CostlyFindings): NotesDocument {
  // The analysed text, its byte-order mark already removed: a second one at its start is text.
  const text = source.text;
  const lines = new LineIndex(text);
  const doc = documentFromStructure(parseStructure(source.format, text, lines), { uri: source.uri, format: source.format, text }, outlineOnly);
  if (outlineOnly) return doc;
  findReferences(doc, lines);
  doc.mentions = found.mentions;
  doc.claims = found.claims;
  return doc;
}

/** Citations, links, URLs and suppression directives: the cheap stages after the structure. */
function findReferences(doc: NotesDocument, lines: LineIndex): void {
  const refs = attempt(() => scanInlineReferences(doc, lines));
  if (refs) {
    doc.citations = refs.citations;
    doc.pandocCitations = refs.pandocCitations;
    doc.crossReferences = refs.crossReferences;
    doc.urls = refs.urls;
  }
  doc.suppressions = attempt(() => findSuppressions(doc, lines)) ?? doc.suppressions;
}

function structureOf(source: SourceDocument, text: string, lines: LineIndex, config: NotesConfig): NotesDocument {
  const outlineOnly = text.length > config.maxFileSize;
  return documentFromStructure(parseStructure(source.format, text, lines), { uri: source.uri, format: source.format, text }, outlineOnly);
}

function parseStructure(format: NotesFormat, text: string, lines: LineIndex): DocumentStructure {
  return attempt(() => (format === 'markdown' ? parseMarkdown(text, lines) : parsePlainText(text, lines))) ?? emptyStructure();
}

/**
 * A document with its structure and nothing found in it yet: the starting point of the later
 * stages (and of documents that tests build by hand).
 */
export function documentFromStructure(structure: DocumentStructure, source: SourceDocument, outlineOnly = false): NotesDocument {
  // Every property named in one literal, not spread from `structure` (Markdown and plain-text
  // structures come from different creation sites): with the spread, documents of the two
  // formats had different hidden classes, and stages reading `doc.…` (claims, suppressions,
  // diagnostics) were deoptimised ("wrong map") and recompiled when the other format came along.
  return {
    title: structure.title,
    conference: structure.conference,
    talks: structure.talks,
    blocks: structure.blocks,
    definitions: structure.definitions,
    comments: structure.comments,
    problems: structure.problems,
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
