import type { Mention, Range, Speaker } from '../model/types';
import type { DocumentTables, TalkHead } from './documentTables';
import type { MentionRef, SpeakerRef, TalkRef } from './workspaceIndex';

/**
 * The tables of a packed file in a compact form: one object per talk, speaker and mention, their ranges kept as numbers and made into `Range` objects when read. A Range is
 * three objects, and the tables of a large workspace hold hundreds of thousands of them; a
 * packed file's tables are read by a few cross-file requests, so building ranges on read is cheap.
 *
 * The classes implement the model's interfaces, so features read them like any analysis. They
 * are also the rows of the workspace's tables (`SpeakerRef`, `TalkRef`, `MentionRef`: the uri and
 * talk index are fields, the value is the object itself), which saves one object per row.
 */
export function compactTables(tables: DocumentTables): DocumentTables {
  const uri = tables.uri;
  return {
    ...tables,
    talks: tables.talks.map((t, i) => new CompactTalk(t, uri, i)),
    mentions: tables.mentions.map((m) => new CompactMention(m, uri)),
    // Handed to the related-claims index, which keeps them as term numbers.
    claimTerms: null,
  };
}

/**
 * Two ranges as eight numbers held in the object itself (V8 stores small integers inline: no
 * object per range or position until one is read).
 */
abstract class TwoRanges {
  private readonly a0: number;
  private readonly a1: number;
  private readonly a2: number;
  private readonly a3: number;
  private readonly b0: number;
  private readonly b1: number;
  private readonly b2: number;
  private readonly b3: number;

  constructor(a: Range, b: Range) {
    this.a0 = a.start.line;
    this.a1 = a.start.character;
    this.a2 = a.end.line;
    this.a3 = a.end.character;
    this.b0 = b.start.line;
    this.b1 = b.start.character;
    this.b2 = b.end.line;
    this.b3 = b.end.character;
  }

  protected first(): Range {
    return { start: { line: this.a0, character: this.a1 }, end: { line: this.a2, character: this.a3 } };
  }

  protected second(): Range {
    return { start: { line: this.b0, character: this.b1 }, end: { line: this.b2, character: this.b3 } };
  }
}

class CompactMention implements Mention, MentionRef {
  readonly uri: string;
  readonly name: string;
  readonly key: string;
  readonly person: string;
  readonly firstName: boolean;
  readonly talk: number;
  private readonly sl: number;
  private readonly sc: number;
  private readonly el: number;
  private readonly ec: number;

  constructor(m: Mention, uri: string) {
    this.uri = uri;
    this.name = m.name;
    this.key = m.key;
    this.person = m.person;
    this.firstName = m.firstName;
    this.talk = m.talk;
    this.sl = m.range.start.line;
    this.sc = m.range.start.character;
    this.el = m.range.end.line;
    this.ec = m.range.end.character;
  }

  get range(): Range {
    return { start: { line: this.sl, character: this.sc }, end: { line: this.el, character: this.ec } };
  }

  get mention(): Mention {
    return this;
  }
}

class CompactSpeaker extends TwoRanges implements Speaker, SpeakerRef {
  readonly uri: string;
  /** Index of its talk in the document. */
  readonly talk: number;
  readonly name: string;
  readonly key: string;
  readonly role: string | null;
  readonly org: string | null;
  readonly line: number;

  constructor(s: Speaker, uri: string, talk: number) {
    super(s.nameRange, s.lineRange);
    this.uri = uri;
    this.talk = talk;
    this.name = s.name;
    this.key = s.key;
    this.role = s.role;
    this.org = s.org;
    this.line = s.line;
  }

  get nameRange(): Range {
    return this.first();
  }

  get lineRange(): Range {
    return this.second();
  }

  get speaker(): Speaker {
    return this;
  }
}

class CompactTalk extends TwoRanges implements TalkHead, TalkRef {
  readonly uri: string;
  /** Its index in the document. */
  readonly talk: number;
  readonly title: string;
  readonly line: number;
  readonly speakers: Speaker[];
  readonly headingLevel: number;

  constructor(t: TalkHead, uri: string, index: number) {
    super(t.titleRange, t.range);
    this.uri = uri;
    this.talk = index;
    this.title = t.title;
    this.line = t.line;
    this.speakers = t.speakers.map((s) => new CompactSpeaker(s, uri, index));
    this.headingLevel = t.headingLevel;
  }

  get titleRange(): Range {
    return this.first();
  }

  get range(): Range {
    return this.second();
  }

  get value(): TalkHead {
    return this;
  }
}

/** The table row of a talk: the compact talk itself, or a new row for a talk of a whole analysis. */
export function talkRow(talk: TalkHead, uri: string, index: number): TalkRef {
  return talk instanceof CompactTalk ? talk : { uri, talk: index, value: talk };
}

export function speakerRow(speaker: Speaker, uri: string, talk: number): SpeakerRef {
  return speaker instanceof CompactSpeaker ? speaker : { uri, talk, speaker };
}

export function mentionRow(mention: Mention, uri: string): MentionRef {
  return mention instanceof CompactMention ? mention : { uri, mention };
}
