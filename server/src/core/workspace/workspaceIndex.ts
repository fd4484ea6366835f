import type { NotesConfig } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { SourceDocument } from '../analyze';
import { analyzeDocument } from '../analyze';
import type { Claim, Mention, NotesDocument, Range, Speaker, Talk } from '../model/types';
import { personKey } from '../text/names';
import { RelatedClaimsIndex } from './relatedClaims';

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
  value: Talk;
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

/**
 * Every notes file of the workspace, analysed, plus the tables that join them: people by key,
 * talks by title, mentions by person, related claims. The host (server or CLI) feeds it
 * documents; the index itself does no I/O.
 *
 * Tables are rebuilt lazily after a change (`generation` counts changes), so a burst of edits
 * costs one rebuild at the next request that needs the tables, not one per keystroke.
 */
export class WorkspaceIndex {
  private readonly docs = new Map<string, NotesDocument>();
  private readonly bibliographies = new Map<string, BibliographyEntry[]>();
  private tables: Tables | undefined;
  private related: RelatedClaimsIndex | undefined;
  /** Increments on every change of a document, the bibliography or the configuration. */
  generation = 0;

  constructor(private config: NotesConfig = DEFAULT_CONFIG) {}

  get configuration(): NotesConfig {
    return this.config;
  }

  /** Replaces the configuration; documents are re-analysed because claim cues depend on it. */
  setConfig(config: NotesConfig): void {
    this.config = config;
    for (const doc of [...this.docs.values()]) {
      this.docs.set(doc.uri, analyzeDocument({ uri: doc.uri, text: doc.text, format: doc.format }, config));
    }
    this.changed();
  }

  /** Analyses and stores a document (replacing an earlier version). */
  upsert(source: SourceDocument): NotesDocument {
    const doc = analyzeDocument(source, this.config);
    this.docs.set(source.uri, doc);
    this.changed();
    return doc;
  }

  /** Stores an already analysed document. */
  put(doc: NotesDocument): void {
    this.docs.set(doc.uri, doc);
    this.changed();
  }

  remove(uri: string): void {
    if (this.docs.delete(uri) || this.bibliographies.delete(uri)) this.changed();
  }

  get(uri: string): NotesDocument | undefined {
    return this.docs.get(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  documents(): NotesDocument[] {
    return [...this.docs.values()];
  }

  /** Sets the entries of one bibliography file (parsed by `references/bibliography.ts`). */
  setBibliography(uri: string, entries: BibliographyEntry[]): void {
    this.bibliographies.set(uri, entries);
    this.changed();
  }

  bibliographyEntry(key: string): BibliographyEntry | undefined {
    return this.getTables().bibliography.get(key.toLowerCase());
  }

  bibliographyEntries(): BibliographyEntry[] {
    return [...this.getTables().bibliography.values()];
  }

  /** Every speaker line of a person across the workspace, in a stable order (uri, line). */
  speakersOf(key: string): SpeakerRef[] {
    return this.getTables().speakers.get(key) ?? [];
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
    return this.getTables().mentions.get(key) ?? [];
  }

  /** Every person key known to the workspace (speakers and mentioned people). */
  people(): string[] {
    const t = this.getTables();
    return [...new Set([...t.speakers.keys(), ...t.mentions.keys()])];
  }

  /** Talks whose title matches (case- and accent-insensitive). */
  talksTitled(title: string): TalkRef[] {
    return this.getTables().talks.get(personKey(title)) ?? [];
  }

  allTalks(): TalkRef[] {
    return [...this.getTables().talks.values()].flat();
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
    this.related ??= new RelatedClaimsIndex(this.documents());
    return this.related.relatedTo(uri, claim);
  }

  /** The talk holding a 0-based line, or -1. */
  talkAt(uri: string, line: number): number {
    const doc = this.docs.get(uri);
    if (!doc) return -1;
    return doc.talks.findIndex((t) => t.range.start.line <= line && line <= t.range.end.line);
  }

  private changed(): void {
    this.generation++;
    this.tables = undefined;
    this.related = undefined;
  }

  private getTables(): Tables {
    return (this.tables ??= buildTables(this.docs, this.bibliographies));
  }
}

interface Tables {
  speakers: Map<string, SpeakerRef[]>;
  mentions: Map<string, MentionRef[]>;
  talks: Map<string, TalkRef[]>;
  bibliography: Map<string, BibliographyEntry>;
}

function buildTables(docs: Map<string, NotesDocument>, bibs: Map<string, BibliographyEntry[]>): Tables {
  const speakers = new Map<string, SpeakerRef[]>();
  const mentions = new Map<string, MentionRef[]>();
  const talks = new Map<string, TalkRef[]>();
  const bibliography = new Map<string, BibliographyEntry>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  // Sorted so that "the first speaker line" is the same whatever order files were indexed in.
  const uris = [...docs.keys()].sort();
  for (const uri of uris) {
    const doc = docs.get(uri)!;
    doc.talks.forEach((talk, ti) => {
      push(talks, personKey(talk.title), { uri, talk: ti, value: talk });
      for (const speaker of talk.speakers) push(speakers, speaker.key, { uri, talk: ti, speaker });
    });
    for (const mention of doc.mentions) push(mentions, mention.key, { uri, mention });
  }
  for (const uri of [...bibs.keys()].sort()) {
    for (const e of bibs.get(uri)!) if (!bibliography.has(e.key.toLowerCase())) bibliography.set(e.key.toLowerCase(), e);
  }
  return { speakers, mentions, talks, bibliography };
}
