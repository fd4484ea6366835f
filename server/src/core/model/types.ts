/**
 * The public data model of the analysis library.
 *
 * Everything here is plain data (no classes, no methods) so that the language server,
 * the CLI and the tests can all consume it, and so it can be serialised for debugging.
 *
 * Positions are LSP positions: 0-based lines, UTF-16 code-unit columns. A byte-order mark
 * is removed before analysis (VS Code never includes it in a document's text either), so
 * no position counts it. Conversion to 1-based numbers happens only at the CLI's edge.
 */

/** 0-based line and UTF-16 character offset, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** Half-open range: `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/** Which notes format a document is read as. */
export type NotesFormat = 'plaintext' | 'markdown';

/** A speaker of a talk, as written on its speaker line. */
export interface Speaker {
  /** The name as written on the speaker line (`Zoë Ångström`). */
  name: string;
  /** Identity of the person: the name with case and accents folded (see `text/names.ts#personKey`). */
  key: string;
  role: string | null;
  org: string | null;
  /** 0-based line of the speaker line. */
  line: number;
  /** The name on the speaker line. */
  nameRange: Range;
  /** The whole speaker line (without its line end). */
  lineRange: Range;
}

/** A section inside a talk (`Part 1: …`, `Q&A`, a deeper Markdown heading). */
export interface Section {
  title: string;
  /** 0-based line of the section heading. */
  line: number;
  /** The heading text. */
  titleRange: Range;
  /** From the heading line to the last line of the section. */
  range: Range;
}

/** One talk: a title, its speakers, its sections. Claims and mentions refer back by index. */
export interface Talk {
  title: string;
  /** 0-based line of the title. */
  line: number;
  titleRange: Range;
  /** From the title line to the last line before the next talk (or the end of the document). */
  range: Range;
  speakers: Speaker[];
  sections: Section[];
  /** Markdown heading level of the talk (1–6); `0` in plain text. */
  headingLevel: number;
}

/**
 * A stretch of the block's text taken from one contiguous place in the document. A block's
 * text is built from pieces because line breaks (and the indentation after them) become one
 * space and Markdown emphasis markers are dropped; pieces map the text back to the source.
 */
export interface TextPiece {
  /** Index in `ProseBlock.text` where the piece starts. */
  textStart: number;
  /** Document offset (UTF-16, BOM removed) where the piece starts. */
  docStart: number;
  length: number;
}

/** A paragraph or a bullet: the unit inside which sentences, mentions and claims are found. */
export interface ProseBlock {
  kind: 'paragraph' | 'bullet';
  /** The prose: line breaks plus following indentation → one space, emphasis markers removed, bullet marker removed. */
  text: string;
  pieces: TextPiece[];
  /** The block in the document (from the first to the last character of its text). */
  range: Range;
  /** Index of the talk the block belongs to, or -1 for the preamble. */
  talk: number;
  /** Index of the section inside that talk, or -1. */
  section: number;
}

/** A reference definition: `[1]: https://…` or `[^ldfi]: Alvaro et al. …`. */
export interface ReferenceDefinition {
  /** The marker as cited: `[1]`, `[^ldfi]`. */
  marker: string;
  /** The normalised id (`1`, `^ldfi`), lower-cased. */
  id: string;
  /** What follows the colon. */
  text: string;
  /** The URL when `text` starts with one. */
  url: string | null;
  line: number;
  /** The whole definition. */
  range: Range;
  /** The `[1]` part. */
  markerRange: Range;
}

/** A citation marker in prose: `[1]`, `[^ldfi]`. */
export interface Citation {
  marker: string;
  id: string;
  range: Range;
  /** Index into `NotesDocument.definitions`, or -1 when the marker has no definition in the file. */
  definition: number;
}

/** A Pandoc citation `[@key]` (resolved against a bibliography at workspace level). */
export interface PandocCitation {
  key: string;
  range: Range;
}

/** A `[[Talk title]]` or `[[Person Name]]` link. */
export interface CrossReference {
  /** As written, with the brackets: `[[Informal methods]]`. */
  text: string;
  /** The inside, trimmed: `Informal methods`. */
  target: string;
  range: Range;
  /** The inside (for rename of the target). */
  targetRange: Range;
}

/** A bare URL in prose or a definition. */
export interface UrlLink {
  url: string;
  range: Range;
}

/** A person mentioned in prose. */
export interface Mention {
  /** The text as written, without a possessive `'s` (`Ben`, `Will Wilson`). */
  name: string;
  range: Range;
  /** Person key (folded full name) the mention resolves to within its document. */
  key: string;
  /** Display name: the speaker line's spelling when the person speaks in this document, else as written. */
  person: string;
  /** True when the mention is a first name only. */
  firstName: boolean;
  /** Talk the mention stands in, or -1. */
  talk: number;
}

export type ClaimKind = 'quantitative' | 'superlative' | 'comparative' | 'attributed' | 'generalization';
export const CLAIM_KINDS: readonly ClaimKind[] = ['quantitative', 'superlative', 'comparative', 'attributed', 'generalization'];

/** The words that made a sentence a claim. */
export interface Cue {
  text: string;
  kind: ClaimKind;
  range: Range;
}

export type SourceKind = 'url' | 'citation' | 'pandoc' | 'explicit' | 'publication';

/** Something that supports a claim. */
export interface Source {
  kind: SourceKind;
  /** As written: the URL, `[1]`, `[@key]`, `(source: …)`, `(Alvaro et al., SIGMOD 2015)`. */
  text: string;
  range: Range;
  /** For `citation`: the citation id; for `pandoc`: the key; for `url`: the URL. */
  target?: string;
  /** False for a citation marker without a definition (it does not support the claim). */
  resolved: boolean;
}

/** Who made a claim. */
export interface Attribution {
  /** Display name: a speaker's name as on the speaker line, a person or an organisation as written. */
  name: string;
  /** Person key when a person, null for an organisation. */
  key: string | null;
  /** `explicit`: named by a reporting verb or `X's claim`; `speaker`: the talk's speaker, as the sentence reports the talk. */
  how: 'explicit' | 'speaker';
}

/** A sentence that asserts something checkable. */
export interface Claim {
  /** Source text, line breaks and following indentation → one space, emphasis markers removed, citation markers kept. */
  text: string;
  range: Range;
  kinds: ClaimKind[];
  cues: Cue[];
  attribution: Attribution | null;
  sources: Source[];
  /** Carries `[citation needed]`: reported as a hint at most. */
  acknowledged: boolean;
  /** Silenced by a suppression comment. */
  suppressed: boolean;
  /** Talk index or -1 (preamble). */
  talk: number;
  /** Index into `NotesDocument.blocks`. */
  block: number;
}

/** Diagnostic codes of SPEC §2 (and `file-too-large` from §6). */
export type DiagnosticCode =
  | 'unsupported-claim'
  | 'unresolved-citation'
  | 'unused-reference'
  | 'broken-cross-reference'
  | 'talk-without-speaker'
  | 'file-too-large';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface NotesDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  range: Range;
  /** `unnecessary` renders faded in VS Code (used for unused references). */
  tags?: 'unnecessary'[];
  /** Index of the claim for `unsupported-claim` (quick fixes use it). */
  claim?: number;
}

/** Where claims are silenced (see `claims/suppression.ts` for the syntax). */
export interface Suppressions {
  /** Every claim in the file is silenced. */
  file: boolean;
  /** 0-based lines on which claims are silenced. */
  lines: number[];
  /** The directives themselves, so features can show or fold them. */
  directives: { range: Range; scope: 'file' | 'line' | 'next-line' }[];
}

/** The structure a format parser produces (plain text or Markdown). */
export interface DocumentStructure {
  title: { text: string; range: Range } | null;
  /** Markdown front matter `conference:`; null in plain text. */
  conference: string | null;
  talks: Talk[];
  blocks: ProseBlock[];
  definitions: ReferenceDefinition[];
  /** Markdown HTML comments (suppression directives live there); empty in plain text. */
  comments: { text: string; range: Range }[];
  /** Format-level problems, e.g. `talk-without-speaker`. */
  problems: NotesDiagnostic[];
}

/** The full analysis of one notes file. Produced by `analyzeDocument`, never throws. */
export interface NotesDocument extends DocumentStructure {
  uri: string;
  format: NotesFormat;
  /** The analysed text (BOM removed). */
  text: string;
  mentions: Mention[];
  claims: Claim[];
  citations: Citation[];
  pandocCitations: PandocCitation[];
  crossReferences: CrossReference[];
  urls: UrlLink[];
  suppressions: Suppressions;
  /** True when the file was above `maxFileSize`: only the outline was computed. */
  outlineOnly: boolean;
}
