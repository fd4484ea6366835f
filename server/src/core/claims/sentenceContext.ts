import type { Mention, NotesDocument, ProseBlock, Range, Speaker, Talk, TextPiece } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { piecesRange } from '../text/pieces';
import type { AttributionContext, SpeakerIndex } from './attribution';
import type { SpeakerTrail } from './speakersNamed';

/**
 * The attribution context of the sentence being analysed. One object serves a whole document
 * and is moved from block to block and sentence to sentence, because most sentences are no
 * claim: a fresh context, a range closure and the sentence's document range for every one of
 * them were a measurable share of the analysis. Ranges are computed only when asked for.
 */
export class SentenceContext implements AttributionContext {
  talk: Talk | undefined = undefined;
  mentions: readonly Mention[] = [];
  private talkIndex = -1;
  /** The current block's pieces (the block itself is an object of one of several shapes). */
  private pieces: readonly TextPiece[] = [];
  private start = 0;
  private end = 0;
  private whole: Range | null = null;

  constructor(
    readonly doc: NotesDocument,
    readonly orgs: ReadonlySet<string>,
    readonly speakers: SpeakerIndex,
    private readonly lines: LineIndex,
    private readonly trail: SpeakerTrail,
  ) {}

  /** The speaker of this talk named most recently, up to this sentence (for `he`/`she`). */
  get lastSpeaker(): Speaker | undefined {
    return this.trail.lastOf(this.talkIndex);
  }

  /** Moves to a block: its talk and the mentions inside it (sorted by start). */
  enterBlock(block: Pick<ProseBlock, 'pieces' | 'talk'>, talk: Talk | undefined, mentions: readonly Mention[]): void {
    this.pieces = block.pieces;
    this.talkIndex = block.talk;
    this.talk = talk;
    this.mentions = mentions;
  }

  /** Moves to the sentence at [start, end) of the current block's text. */
  enterSentence(start: number, end: number): void {
    this.start = start;
    this.end = end;
    this.whole = null;
  }

  /** Document range of the whole sentence. */
  range(): Range {
    if (!this.whole) this.whole = piecesRange(this.pieces, this.lines, this.start, this.end);
    return this.whole;
  }

  /** Document range of [start, end) of the sentence text. */
  rangeOf(start: number, end: number): Range {
    return piecesRange(this.pieces, this.lines, this.start + start, this.start + end);
  }
}
