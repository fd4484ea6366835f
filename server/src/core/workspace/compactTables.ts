import type { Mention, Range, Section, Speaker, Talk } from '../model/types';
import type { DocumentTables } from './documentTables';

/**
 * The tables of a packed file in a compact form: one object per talk, speaker, section and
 * mention, their ranges kept as numbers and made into `Range` objects when read. A Range is
 * three objects, and the tables of a large workspace hold hundreds of thousands of them; a
 * packed file's tables are read by a few cross-file requests, so building ranges on read is cheap.
 *
 * The classes implement the model's interfaces, so features read them like any analysis.
 */
export function compactTables(tables: DocumentTables): DocumentTables {
  return {
    ...tables,
    talks: tables.talks.map((t) => new CompactTalk(t)),
    mentions: tables.mentions.map((m) => new CompactMention(m)),
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

class CompactMention implements Mention {
  readonly name: string;
  readonly key: string;
  readonly person: string;
  readonly firstName: boolean;
  readonly talk: number;
  private readonly sl: number;
  private readonly sc: number;
  private readonly el: number;
  private readonly ec: number;

  constructor(m: Mention) {
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
}

class CompactSpeaker extends TwoRanges implements Speaker {
  readonly name: string;
  readonly key: string;
  readonly role: string | null;
  readonly org: string | null;
  readonly line: number;

  constructor(s: Speaker) {
    super(s.nameRange, s.lineRange);
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
}

class CompactSection extends TwoRanges implements Section {
  readonly title: string;
  readonly line: number;

  constructor(s: Section) {
    super(s.titleRange, s.range);
    this.title = s.title;
    this.line = s.line;
  }

  get titleRange(): Range {
    return this.first();
  }

  get range(): Range {
    return this.second();
  }
}

class CompactTalk extends TwoRanges implements Talk {
  readonly title: string;
  readonly line: number;
  readonly speakers: Speaker[];
  readonly sections: Section[];
  readonly headingLevel: number;

  constructor(t: Talk) {
    super(t.titleRange, t.range);
    this.title = t.title;
    this.line = t.line;
    this.speakers = t.speakers.map((s) => new CompactSpeaker(s));
    this.sections = t.sections.map((s) => new CompactSection(s));
    this.headingLevel = t.headingLevel;
  }

  get titleRange(): Range {
    return this.first();
  }

  get range(): Range {
    return this.second();
  }
}
