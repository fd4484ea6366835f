import { NAME_PARTICLES } from '../text/names';
import { codeSpans, shapeOf, type Word, type WordShape } from './nameWords';
import { WordCursor } from './wordScan';

/** Shapes by code: a word's code is its index here. */
export const SHAPES: readonly WordShape[] = ['cap', 'lower', 'particle', 'acronym', 'camel', 'caseless', 'initial', 'other'];
const SHAPE_CODES = new Map<WordShape, number>(SHAPES.map((s, i) => [s, i]));
const LOWER = SHAPES.indexOf('lower');
const PARTICLE = SHAPES.indexOf('particle');
const OTHER = SHAPES.indexOf('other');
/** Flag in `BlockWords.kinds`: the word is followed by a possessive `'s`. */
export const POSSESSIVE = 8;

/**
 * The words of every block of a document, tokenized once into flat arrays (`splitWords` then
 * `maskCode` per block, without objects): the mention finder needs the document's lower-case
 * words before it reads any block, and a `Word` object per word of a large document costs more
 * in garbage collection than the scan itself. `block()` hands out one block's words.
 */
export class DocumentWords {
  /** Words written in lower case anywhere (outside code): capitalised, they are ordinary words. */
  readonly lowerWords = new Set<string>();
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  /** Shape code plus `POSSESSIVE`. */
  private kinds = new Uint8Array(1024);
  private count = 0;
  /** Index of the first word of each block, and the word count at the end. */
  private readonly firsts: Int32Array;
  /**
   * Capitalised words in lower case, by their text. The same few hundred words come back on
   * every page, and lower-casing a string that holds any non-Latin-1 character (as a whole
   * document's words do once one name has a `Ł`) is slow in V8.
   */
  private readonly lowered = new Map<string, string>();

  constructor(texts: readonly string[]) {
    this.firsts = new Int32Array(texts.length + 1);
    for (let b = 0; b < texts.length; b++) {
      this.firsts[b] = this.count;
      this.add(texts[b]);
    }
    this.firsts[texts.length] = this.count;
  }

  /** The words of block `b`, whose text is `text`. */
  block(b: number, text: string): BlockWords {
    const from = this.firsts[b];
    const to = this.firsts[b + 1];
    return new BlockWords(text, this.starts.subarray(from, to), this.ends.subarray(from, to), this.kinds.subarray(from, to), this.lowered);
  }

  private add(text: string): void {
    const spans = codeSpans(text);
    const cursor = new WordCursor(text);
    let s = 0;
    while (cursor.next()) {
      if (this.count === this.starts.length) this.grow();
      const start = cursor.start;
      const end = cursor.end;
      let code = OTHER;
      while (s < spans.length && spans[s][1] <= start) s++;
      const inCode = s < spans.length && spans[s][0] <= start;
      if (!inCode && !cursor.symbol) {
        const word = text.slice(start, end);
        if (cursor.plain) code = word.length <= 3 && NAME_PARTICLES.has(word) ? PARTICLE : LOWER;
        else code = SHAPE_CODES.get(shapeOf(word, cursor.hasDot)) as number;
        if (code === LOWER) this.lowerWords.add(word);
      }
      const k = this.count++;
      this.starts[k] = start;
      this.ends[k] = end;
      this.kinds[k] = code | (cursor.possessive ? POSSESSIVE : 0);
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const kinds = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
  }
}

/**
 * The words of one block as `splitWords` and `maskCode` give them. Positions and shapes are read
 * from the flat arrays; a `Word` object is built only for a word someone asks for, which the
 * scan does for capitalised words and their neighbours, not for the bulk of lower-case prose.
 */
export class BlockWords {
  readonly length: number;
  private readonly built: (Word | undefined)[];

  constructor(
    private readonly text: string,
    /** Start of each word, as `Word.start`. */
    readonly starts: Int32Array,
    /** End of each word, as `Word.end`. */
    readonly ends: Int32Array,
    /** Shape code (index in `SHAPES`) of each word, plus `POSSESSIVE`. */
    readonly kinds: Uint8Array,
    private readonly lowered: Map<string, string>,
  ) {
    this.length = starts.length;
    this.built = new Array(this.length);
  }

  /** Word `k`, or undefined outside the block. */
  word(k: number): Word | undefined {
    if (k < 0 || k >= this.length) return undefined;
    let w = this.built[k];
    if (w === undefined) {
      const start = this.starts[k];
      const end = this.ends[k];
      const kind = this.kinds[k];
      const text = this.text.slice(start, end);
      const shape = SHAPES[kind & 7];
      w = { start, end, text, shape, possessive: (kind & POSSESSIVE) !== 0, lower: shape === 'lower' || shape === 'particle' ? text : this.lowerCase(text) };
      this.built[k] = w;
    }
    return w;
  }

  private lowerCase(text: string): string {
    let lower = this.lowered.get(text);
    if (lower === undefined) {
      lower = text.toLowerCase();
      this.lowered.set(text, lower);
    }
    return lower;
  }

  /** Shape code of word `k` (an index in `SHAPES`). */
  code(k: number): number {
    return this.kinds[k] & 7;
  }

  start(k: number): number {
    return this.starts[k];
  }

  end(k: number): number {
    return this.ends[k];
  }
}
