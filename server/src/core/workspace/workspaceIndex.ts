import type { NotesConfig } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { SourceDocument } from '../analyze';
import { analyzeDocument } from '../analyze';
import type { Claim, Mention, NotesDocument, Range, Speaker } from '../model/types';
import { personKey } from '../text/names';
import { reanalyze, type TextEdit } from '../incremental';
import { RelatedClaimsIndex } from './relatedClaims';
import type { DocumentTables, PackedDocument, TalkHead } from './documentTables';
import { documentTables } from './documentTables';
import { compactTables, mentionRow, speakerRow, talkRow } from './compactTables';

/** A speaker line somewhere in the workspace. */
export interface SpeakerRef {
  uri: string;
  talk: number;
  speaker: Speaker;
}

/** A talk somewhere in the workspace. */
export interface TalkRef {
  uri: string;
  talk: number;
  value: TalkHead;
}

/** A mention somewhere in the workspace. */
export interface MentionRef {
  uri: string;
  mention: Mention;
}

/** A claim somewhere in the workspace. */
export interface ClaimRef {
  uri: string;
  claim: number;
  value: Claim;
}

/** What a `[[…]]` link points at. */
export interface CrossReferenceTarget {
  uri: string;
  kind: 'talk' | 'person';
  line: number;
  range: Range;
  talk: number;
}

/** An entry of a BibTeX or CSL-JSON bibliography, for `[@key]` citations. */
export interface BibliographyEntry {
  key: string;
  title: string | null;
  author: string | null;
  year: string | null;
  url: string | null;
  uri: string;
  line: number;
}

/** A stored document: whole (`doc`), or packed with only its tables at hand. */
interface StoredDocument {
  tables: DocumentTables;
  doc: NotesDocument | null;
  packed: PackedDocument | null;
  /** Values computed from this version of the document (`perDocument`); dropped with it. */
  memo: Map<string, unknown> | null;
  /** The `context` the memo was computed in. */
  memoContext: number;
}

/**
 * How the host packs a document analysed here that it wants kept packed (see `setConfig`): its
 * tables and the packed rest, as the host stores the files it analyses itself.
 */
export type DocumentPacker = (doc: NotesDocument) => { tables: DocumentTables; packed: PackedDocument };

/**
 * Text of unpacked documents kept ready at most (the latest one is always kept): a run of
 * requests over a few files unpacks each once, and the objects stay about ten times this.
 */
const UNPACKED_TEXT_BUDGET = 2 * 1024 * 1024;

/**
 * Every notes file of the workspace, analysed, plus the tables that join them: people by key,
 * talks by title, mentions by person, related claims. The host (server or CLI) feeds it
 * documents; the index itself does no I/O.
 *
 * The tables are kept per document: replacing one document removes its old rows and adds its
 * new ones, so a keystroke costs the size of the edited file, not of the workspace. The
 * related-claims index works the same way and computes a changed file's claim terms lazily, at
 * the first request that needs them.
 *
 * A document is stored whole (`put`) or packed (`putPacked`): the server packs the files that
 * are not open, whose full analysis features rarely read, and keeps only their tables as
 * objects. `get` unpacks such a file on demand and keeps the few most recent ones unpacked.
 */
export class WorkspaceIndex {
  private readonly docs = new Map<string, StoredDocument>();
  /** Packed documents recently unpacked, least recent first. */
  private readonly unpacked = new Map<string, NotesDocument>();
  private unpackedText = 0;
  private readonly bibliographies = new Map<string, BibliographyEntry[]>();
  private readonly speakers = new Table<SpeakerRef>();
  private readonly mentions = new Table<MentionRef>();
  private readonly talks = new Table<TalkRef>();
  // A packed file's claim that answers a query is kept with the file's version, so the claim
  // cards prepared again after every keystroke elsewhere do not unpack it again.
  private readonly related = new RelatedClaimsIndex([], (uri, claim) =>
    this.docs.get(uri)?.doc ? this.docs.get(uri)!.doc!.claims[claim] : this.perDocument(uri, `claim:${claim}`, (doc) => doc.claims[claim]),
  );
  /** Increments on every change of a document, the bibliography or the configuration. */
  generation = 0;
  /** Told the text length of every packed document unpacked (the host may collect garbage after many). */
  onUnpacked: (textLength: number) => void = () => undefined;
  /**
   * Increments when what every document's derived values may read changes: the configuration or a
   * bibliography (not another document).
   */
  private context = 0;

  constructor(
    private config: NotesConfig = DEFAULT_CONFIG,
    private readonly pack: DocumentPacker | null = null,
  ) {}

  get configuration(): NotesConfig {
    return this.config;
  }

  /**
   * Replaces the configuration. Documents are re-analysed only when a setting the analysis reads
   * changed (custom cues, the size limit); severities, claim kinds and display settings are read
   * by the features at request time, so changing them costs nothing here. A packed document stays
   * packed.
   */
  setConfig(config: NotesConfig): void {
    this.context++;
    const old = this.config;
    this.config = config;
    const analysisChanged = old.maxFileSize !== config.maxFileSize || JSON.stringify(old.customCues) !== JSON.stringify(config.customCues);
    if (analysisChanged) {
      for (const [uri, stored] of [...this.docs]) {
        const prev = this.get(uri);
        if (!prev) continue;
        const doc = analyzeDocument({ uri, text: prev.text, format: prev.format }, config);
        if (stored.packed && this.pack) {
          const { tables, packed } = this.pack(doc);
          this.putPacked(tables, packed);
        }
        else this.put(doc);
      }
    }
    this.changed();
  }

  /** Analyses and stores a document (replacing an earlier version). */
  upsert(source: SourceDocument): NotesDocument {
    const doc = analyzeDocument(source, this.config);
    this.put(doc);
    return doc;
  }

  /**
   * Applies an editor change (LSP content changes with ranges, in order) to a stored document and
   * stores the result: only what the edit can change is analysed again (`core/incremental.ts`),
   * with the same result as `upsert` of the new text. A document not yet stored is analysed whole.
   */
  applyEdits(uri: string, newText: string, edits: readonly TextEdit[], format: NotesDocument['format'] = 'plaintext'): NotesDocument {
    const prev = this.get(uri);
    const doc = prev ? reanalyze(prev, newText, edits, this.config) : analyzeDocument({ uri, text: newText, format }, this.config);
    this.put(doc);
    return doc;
  }

  /** Stores an already analysed document whole (replacing an earlier version). */
  put(doc: NotesDocument): void {
    this.store({ tables: documentTables(doc, false), doc, packed: null, memo: null, memoContext: 0 });
    this.related.setDocument(doc);
  }

  /**
   * Stores a document as its tables and a packed analysis (replacing an earlier version): only
   * the tables stay objects; `get` unpacks the rest when a feature asks for it.
   */
  putPacked(tables: DocumentTables, packed: PackedDocument): void {
    this.store({ tables: compactTables(tables), doc: null, packed, memo: null, memoContext: 0 });
    // By terms, never by the unpacked claims: the related-claims index would keep those.
    const terms = tables.claimTerms ?? documentTables(packed.unpack(), true).claimTerms;
    this.related.setTerms(tables.uri, terms ?? []);
  }

  private store(stored: StoredDocument): void {
    const { uri, talks, mentions } = stored.tables;
    this.unlink(uri);
    this.docs.set(uri, stored);
    talks.forEach((talk, ti) => {
      this.talks.add(personKey(talk.title), uri, talkRow(talk, uri, ti));
      for (const speaker of talk.speakers) this.speakers.add(speaker.key, uri, speakerRow(speaker, uri, ti));
    });
    for (const mention of mentions) this.mentions.add(mention.key, uri, mentionRow(mention, uri));
    this.speakers.seal(uri);
    this.mentions.seal(uri);
    this.talks.seal(uri);
    this.changed();
  }

  remove(uri: string): void {
    const had = this.docs.has(uri) || this.bibliographies.has(uri);
    if (this.bibliographies.has(uri)) this.context++;
    this.unlink(uri);
    this.docs.delete(uri);
    this.bibliographies.delete(uri);
    if (had) this.changed();
  }

  /** The full analysis of a document (a packed one is unpacked: prefer the table reads below where they suffice). */
  get(uri: string): NotesDocument | undefined {
    const stored = this.docs.get(uri);
    if (!stored) return undefined;
    if (stored.doc) return stored.doc;
    const ready = this.unpacked.get(uri);
    if (ready) {
      // Most recent last.
      this.unpacked.delete(uri);
      this.unpacked.set(uri, ready);
      return ready;
    }
    const doc = stored.packed!.unpack();
    this.onUnpacked(doc.text.length);
    this.unpacked.set(uri, doc);
    this.unpackedText += doc.text.length;
    for (const [u, d] of this.unpacked) {
      if (this.unpackedText <= UNPACKED_TEXT_BUDGET || u === uri) break;
      this.unpacked.delete(u);
      this.unpackedText -= d.text.length;
    }
    return doc;
  }

  /** Drops the unpacked copies of packed documents (the host calls it when work has settled). */
  releaseUnpacked(): void {
    this.unpacked.clear();
    this.unpackedText = 0;
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  /** The URIs of every stored document. */
  uris(): string[] {
    return [...this.docs.keys()];
  }

  /** Every document's full analysis: unpacks every packed one, so for whole-workspace exports only. */
  documents(): NotesDocument[] {
    return this.uris().map((uri) => this.get(uri)!);
  }

  /** What the tables hold of a document (never unpacks). */
  tablesOf(uri: string): DocumentTables | undefined {
    return this.docs.get(uri)?.tables;
  }

  /** Every document's tables (never unpacks). */
  allTables(): DocumentTables[] {
    return [...this.docs.values()].map((s) => s.tables);
  }

  /**
   * A value computed from one document (and the settings and bibliographies, not other
   * documents), kept until that document is replaced or the settings or a bibliography change:
   * a packed file's summaries and Talks-view node are computed once, not at every change of the
   * open file.
   */
  perDocument<T>(uri: string, key: string, compute: (doc: NotesDocument) => T): T | undefined {
    const stored = this.docs.get(uri);
    if (!stored) return undefined;
    if (stored.memoContext !== this.context) {
      stored.memo = null;
      stored.memoContext = this.context;
    }
    const memo = (stored.memo ??= new Map());
    if (memo.has(key)) return memo.get(key) as T;
    const doc = this.get(uri);
    if (!doc) return undefined;
    const value = compute(doc);
    memo.set(key, value);
    return value;
  }

  /** Sets the entries of one bibliography file (parsed by `references/bibliography.ts`). */
  setBibliography(uri: string, entries: BibliographyEntry[]): void {
    this.bibliographies.set(uri, entries);
    this.context++;
    this.changed();
  }

  bibliographyEntry(key: string): BibliographyEntry | undefined {
    const k = key.toLowerCase();
    for (const uri of [...this.bibliographies.keys()].sort()) {
      const e = this.bibliographies.get(uri)!.find((x) => x.key.toLowerCase() === k);
      if (e) return e;
    }
    return undefined;
  }

  bibliographyEntries(): BibliographyEntry[] {
    return [...this.bibliographies.values()].flat();
  }

  /** Every speaker line of a person across the workspace, in a stable order (uri, line). */
  speakersOf(key: string): SpeakerRef[] {
    return this.speakers.get(key);
  }

  /**
   * The speaker line a person resolves to from a document: a speaker of the same talk, then
   * elsewhere in the document, then in another file (SPEC §2 "resolves to, in order").
   */
  definitionOf(key: string, fromUri?: string, fromTalk = -1): SpeakerRef | undefined {
    const refs = this.speakersOf(key);
    if (refs.length === 0) return undefined;
    return (
      refs.find((r) => r.uri === fromUri && r.talk === fromTalk && fromTalk >= 0) ??
      refs.find((r) => r.uri === fromUri) ??
      refs[0]
    );
  }

  /** Display name of a person: the spelling on their first speaker line, else as first mentioned. */
  displayName(key: string): string | undefined {
    const s = this.speakersOf(key)[0];
    if (s) return s.speaker.name;
    return this.mentionsOf(key)[0]?.mention.person;
  }

  /** Every mention of a person across the workspace. */
  mentionsOf(key: string): MentionRef[] {
    return this.mentions.get(key);
  }

  /** Every person key known to the workspace (speakers and mentioned people). */
  people(): string[] {
    return [...new Set([...this.speakers.keys(), ...this.mentions.keys()])];
  }

  /** Talks whose title matches (case- and accent-insensitive). */
  talksTitled(title: string): TalkRef[] {
    return this.talks.get(personKey(title));
  }

  allTalks(): TalkRef[] {
    return [...this.talks.keys()].flatMap((k) => this.talks.get(k));
  }

  /** Resolves the inside of a `[[…]]` link: a talk title first, then a speaker's name. */
  resolveCrossReference(target: string): CrossReferenceTarget | null {
    const talk = this.talksTitled(target)[0];
    if (talk) return { uri: talk.uri, kind: 'talk', line: talk.value.line, range: talk.value.titleRange, talk: talk.talk };
    const speaker = this.speakersOf(personKey(target))[0];
    if (speaker) return { uri: speaker.uri, kind: 'person', line: speaker.speaker.line, range: speaker.speaker.nameRange, talk: speaker.talk };
    return null;
  }

  /** Claims in other files that make the same point. */
  relatedClaims(uri: string, claim: number): ClaimRef[] {
    return this.related.relatedTo(uri, claim);
  }

  /**
   * Builds up to `limit` claims' worth of the related-claims index ahead of the first query (the
   * server calls it in idle time); true when nothing is left to build.
   */
  prepareRelatedClaims(limit: number): boolean {
    return this.related.prepare(limit);
  }

  /** The talk holding a 0-based line, or -1. */
  talkAt(uri: string, line: number): number {
    const talks = this.docs.get(uri)?.tables.talks;
    if (!talks) return -1;
    return talks.findIndex((t) => t.range.start.line <= line && line <= t.range.end.line);
  }

  private unlink(uri: string): void {
    const old = this.unpacked.get(uri);
    if (old) {
      this.unpacked.delete(uri);
      this.unpackedText -= old.text.length;
    }
    this.speakers.removeUri(uri);
    this.mentions.removeUri(uri);
    this.talks.removeUri(uri);
    this.related.removeDocument(uri);
  }

  private changed(): void {
    this.generation++;
  }
}

/**
 * key → uri → rows. Rows of one document can be dropped without touching the others; reads
 * return rows ordered by uri so "the first speaker line" does not depend on indexing order.
 */
class Table<T extends object> {
  /** A document's rows of a key: most documents have one, kept without a list around it. */
  private readonly rows = new Map<string, Map<string, T | T[]>>();
  private readonly keysByUri = new Map<string, Set<string>>();
  /** Flattened, uri-ordered rows per key, dropped when the key's rows change (reads dominate). */
  private readonly flat = new Map<string, T[]>();

  add(key: string, uri: string, row: T): void {
    let byUri = this.rows.get(key);
    if (!byUri) this.rows.set(key, (byUri = new Map()));
    const list = byUri.get(uri);
    if (list === undefined) byUri.set(uri, row);
    else if (Array.isArray(list)) list.push(row);
    else byUri.set(uri, [list, row]);
    let keys = this.keysByUri.get(uri);
    if (!keys) this.keysByUri.set(uri, (keys = new Set()));
    keys.add(key);
    this.flat.delete(key);
  }

  /**
   * Done adding a document's rows: its lists are cut to their length (a list grown by `push`
   * keeps room for more, up to half again its size, for as long as the document is stored).
   */
  seal(uri: string): void {
    for (const key of this.keysByUri.get(uri) ?? []) {
      const byUri = this.rows.get(key)!;
      const list = byUri.get(uri)!;
      if (Array.isArray(list)) byUri.set(uri, list.slice());
    }
  }

  removeUri(uri: string): void {
    const keys = this.keysByUri.get(uri);
    if (!keys) return;
    for (const key of keys) {
      const byUri = this.rows.get(key);
      byUri?.delete(uri);
      if (byUri && byUri.size === 0) this.rows.delete(key);
      this.flat.delete(key);
    }
    this.keysByUri.delete(uri);
  }

  get(key: string): T[] {
    const cached = this.flat.get(key);
    if (cached) return cached;
    const byUri = this.rows.get(key);
    if (!byUri) return [];
    const rows = [...byUri.keys()].sort().flatMap((u) => byUri.get(u)!);
    this.flat.set(key, rows);
    return rows;
  }

  keys(): IterableIterator<string> {
    return this.rows.keys();
  }
}
