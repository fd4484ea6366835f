import type { Mention, ProseBlock, Range, Speaker, Talk } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { blockRange } from '../text/pieces';
import type { AttributionContext } from './attribution';
import { speakerByName } from './attribution';
import { maskIdioms } from './cues';
import { isCapitalised, tokenizeSpan } from './tokens';
import { lowerBound } from '../text/lowerBound';
import { withoutPossessive } from '../text/names';

/**
 * Which speaker of the talk a sentence names (by mention, or by first or full name), so that a
 * later `he`/`she` can refer to them. The answers that do not depend on the sentence are kept:
 * a word resolves to the same speaker wherever it stands in a talk, and resolving folds accents
 * (`personKey`) every time.
 */
export class SpeakerNamer {
  private readonly byTalk = new Map<Talk, TalkNames>();

  constructor(
    private readonly ctx: Pick<AttributionContext, 'doc' | 'speakers'>,
    private readonly lines: LineIndex,
  ) {}

  /**
   * The talk speaker the sentence at [start, end) of `block` names, if any (the last one named
   * wins). `capitals` are the texts of its capitalised tokens, in order;
   * `mentions` are the block's, sorted by start.
   */
  named(capitals: readonly string[], talk: Talk, mentions: readonly Mention[], block: Pick<ProseBlock, 'pieces'>, start: number, end: number): Speaker | undefined {
    if (talk.speakers.length === 0) return undefined;
    if (mentions.length > 0) {
      const byMention = namedByMention(talk, mentions, blockRange(block, this.lines, start, end));
      if (byMention) return byMention;
    }
    const names = this.namesOf(talk);
    let found: Speaker | undefined;
    for (const text of capitals) {
      const word = withoutPossessive(text);
      // One token can only name a talk speaker by that speaker's first name, or by a one-word name.
      if (!names.anyOneWord && !names.firstNames.has(word)) continue;
      let s = names.resolved.get(word);
      if (s === undefined) {
        const any = speakerByName(word, { doc: this.ctx.doc, speakers: this.ctx.speakers, talk });
        s = any && talk.speakers.includes(any) ? any : null;
        names.resolved.set(word, s);
      }
      if (s) found = s;
    }
    return found;
  }

  private namesOf(talk: Talk): TalkNames {
    let names = this.byTalk.get(talk);
    if (!names) {
      names = {
        firstNames: new Set(talk.speakers.map((sp) => sp.name.split(/\s+/)[0])),
        anyOneWord: talk.speakers.some((sp) => !sp.key.includes(' ')),
        resolved: new Map(),
      };
      this.byTalk.set(talk, names);
    }
    return names;
  }
}

const MAX_PENDING = 64;

/**
 * The speaker each talk named most recently. Only a `he`/`she` needs it, and few sentences have
 * one, so the sentences of the current talk are kept and looked at backwards when asked: the
 * latest one that names a speaker decides, and the ones before it are never resolved. When the
 * blocks move on to another talk, a talk with no block left is dropped unresolved.
 */
export class SpeakerTrail {
  private readonly last = new Map<number, Speaker>();
  /** Index of the last block of each talk. */
  private readonly lastBlock = new Map<number, number>();
  private pendingTalk = -1;
  // The pending sentences of `pendingTalk`, column by column (no object per sentence), `count`
  // of them; the columns are overwritten, never shrunk, so they are allocated once. A sentence
  // keeps its text and span, not its tokens (those are reused for the next sentence): the few
  // sentences ever looked at are tokenized again then (in notes few are; generated notes, none).
  private count = 0;
  private readonly texts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly blocks: Pick<ProseBlock, 'pieces'>[] = [];
  private readonly mentions: (readonly Mention[])[] = [];
  private talk: Talk | undefined = undefined;

  constructor(
    private readonly namer: SpeakerNamer,
    blocks: readonly Pick<ProseBlock, 'talk'>[],
  ) {
    // A plain loop: it runs once per document over all its blocks, in a fresh process (the CLI)
    // mostly before anything is optimised, where a `forEach` callback costs a call per block.
    const lastBlock = this.lastBlock;
    for (let i = 0; i < blocks.length; i++) lastBlock.set(blocks[i].talk, i);
  }

  /**
   * Records the next sentence (in document order) of block number `blockIndex`, in talk number
   * `talkIndex`: [start, end) of `text` (the claims stage's block text, idioms masked or not).
   */
  note(blockIndex: number, talkIndex: number, talk: Talk | undefined, text: string, mentions: readonly Mention[], block: Pick<ProseBlock, 'pieces'>, start: number, end: number): void {
    if (talkIndex < 0 || !talk || talk.speakers.length === 0) return;
    if (talkIndex !== this.pendingTalk) {
      if ((this.lastBlock.get(this.pendingTalk) ?? -1) > blockIndex) this.settle();
      else this.clear();
      this.pendingTalk = talkIndex;
      this.talk = talk;
    }
    // Settling now and then keeps a long talk from holding all its sentences.
    if (this.count >= MAX_PENDING) this.settle();
    const i = this.count++;
    this.texts[i] = text;
    this.starts[i] = start;
    this.ends[i] = end;
    this.blocks[i] = block;
    this.mentions[i] = mentions;
  }

  /** The speaker talk number `talkIndex` named last, up to the latest sentence noted. */
  lastOf(talkIndex: number): Speaker | undefined {
    if (talkIndex === this.pendingTalk) this.settle();
    return this.last.get(talkIndex);
  }

  private settle(): void {
    const talk = this.talk;
    for (let i = this.count - 1; i >= 0 && talk; i--) {
      const capitals: string[] = [];
      // The claims stage masks idioms only in the sentences it analyses: this one is masked here.
      const sentence = maskIdioms(this.texts[i].slice(this.starts[i], this.ends[i]));
      for (const t of tokenizeSpan(sentence, 0, sentence.length)) if (isCapitalised(t)) capitals.push(t.text);
      const s = this.namer.named(capitals, talk, this.mentions[i], this.blocks[i], this.starts[i], this.ends[i]);
      if (s) {
        this.last.set(this.pendingTalk, s);
        break;
      }
    }
    this.clear();
  }

  private clear(): void {
    this.count = 0;
  }
}

interface TalkNames {
  /** First names of the talk's speakers. */
  firstNames: Set<string>;
  /** Whether one of them has a one-word name. */
  anyOneWord: boolean;
  /** Word → the talk speaker it names, or null for none. */
  resolved: Map<string, Speaker | null>;
}

/** The speaker of the last mention that starts inside `range` and is a talk speaker. */
function namedByMention(talk: Talk, mentions: readonly Mention[], range: Range): Speaker | undefined {
  let found: Speaker | undefined;
  for (let m = firstAtOrAfter(mentions, range.start); m < mentions.length && cmp(mentions[m].range.start, range.end) < 0; m++) {
    const key = mentions[m].key;
    const s = talk.speakers.find((sp) => sp.key === key);
    if (s) found = s;
  }
  return found;
}

/** First index of a list sorted by start whose start is at or after `pos`. */
function firstAtOrAfter(mentions: readonly Mention[], pos: Range['start']): number {
  return lowerBound(mentions.length, (i) => cmp(mentions[i].range.start, pos) < 0);
}

function cmp(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
