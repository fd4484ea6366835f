import { NAME_PARTICLES } from '../text/names';
import { codeSpans, shapeOf, type Word, type WordShape } from './nameWords';
import { LowerWords } from './lowerWords';
import { WordCursor } from './wordScan';

/** Shapes by code: a word's code is its index here. */
export const SHAPES: readonly WordShape[] = ['cap', 'lower', 'particle', 'acronym', 'camel', 'caseless', 'initial', 'other'];
const SHAPE_CODES = new Map<WordShape, number>(SHAPES.map((s, i) => [s, i]));
const LOWER = SHAPES.indexOf('lower');
const PARTICLE = SHAPES.indexOf('particle');
const OTHER = SHAPES.indexOf('other');
/** Flag in `BlockWords.kinds`: the word is followed by a possessive `'s`. */
export const POSSESSIVE = 8;
/** Flag in `BlockWords.kinds`: a lower-case word of ASCII letters only (`WordCursor.plain`). */
const PLAIN = 16;

/** A word of one to three letters a-z as a number below 2^15 (bijective base 32: lengths stay apart). */
function shortCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) code = code * 32 + (text.charCodeAt(i) - 96);
  return code;
}

/** `NAME_PARTICLES` by `shortCode`: a plain word's shape needs no string of its own. */
const PARTICLE_CODES = new Uint8Array(1 << 15);
for (const p of NAME_PARTICLES) if (/^[a-z]{1,3}$/.test(p)) PARTICLE_CODES[shortCode(p, 0, p.length)] = 1;

/**
 * The words of every block of a document, tokenized once into flat arrays (`splitWords` then
 * `maskCode` per block, without objects): the mention finder needs the document's lower-case
 * words before it reads any block, and a `Word` object per word of a large document costs more
 * in garbage collection than the scan itself. `block()` hands out one block's words; plain
 * lower-case words get no string at all unless `lowerWords` needs one.
 */
export class DocumentWords {
  /** Words written in lower case anywhere (outside code): capitalised, they are ordinary words. */
  readonly lowerWords: LowerWords;
  private starts: Int32Array;
  private ends: Int32Array;
  /** Shape code plus `POSSESSIVE` and `PLAIN`. */
  private kinds: Uint8Array;
  private count = 0;
  /** Index of the first word of each block, and the word count at the end. */
  private readonly firsts: Int32Array;
  /** A byte per word for what a reader of the block works out about it (`BlockWords.note`). */
  private notes: Uint8Array | undefined;
  /**
   * Capitalised words in lower case, by their text. The same few hundred words come back on
   * every page, and lower-casing a string that holds any non-Latin-1 character (as a whole
   * document's words do once one name has a `Ł`) is slow in V8.
   */
  private readonly lowered = new Map<string, string>();
  /** Texts of capitalised (and other not lower-case) words, as written: what `lowerWords` is asked about. */
  private readonly capitalised = new Set<string>();
  /** Lower-case words that are not plain (`don’t`, `café`). */
  private readonly unplainLower = new Set<string>();

  constructor(private readonly texts: readonly string[]) {
    // Prose averages a word per six characters or so: sized for that, the arrays rarely grow.
    let length = 0;
    for (const text of texts) length += text.length;
    const capacity = 1024 + (length >> 2);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.firsts = new Int32Array(texts.length + 1);
    for (let b = 0; b < texts.length; b++) {
      this.firsts[b] = this.count;
      this.add(texts[b]);
    }
    this.firsts[texts.length] = this.count;
    const lowered: string[] = [];
    for (const word of this.capitalised) lowered.push(lowerCase(this.lowered, word));
    this.lowerWords = new LowerWords(lowered, this.unplainLower, (visit) => this.visitPlain(visit));
  }

  /** Calls `visit` with every plain lower-case word. */
  private visitPlain(visit: (text: string, start: number, end: number) => void): void {
    const plainLower = LOWER | PLAIN;
    for (let b = 0; b < this.texts.length; b++) {
      const text = this.texts[b];
      for (let k = this.firsts[b]; k < this.firsts[b + 1]; k++) if (this.kinds[k] === plainLower) visit(text, this.starts[k], this.ends[k]);
    }
  }

  /** The words of block `b`, whose text is `text`. */
  block(b: number, text: string): BlockWords {
    const first = this.firsts[b];
    this.notes ??= new Uint8Array(this.count);
    return new BlockWords(text, first, this.firsts[b + 1] - first, this.starts, this.ends, this.kinds, this.notes, this.lowered);
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
        if (cursor.plain) code = end - start <= 3 && PARTICLE_CODES[shortCode(text, start, end)] === 1 ? PARTICLE : LOWER | PLAIN;
        else {
          const word = text.slice(start, end);
          code = SHAPE_CODES.get(shapeOf(word, cursor.hasDot)) as number;
          if (code === LOWER) this.unplainLower.add(word);
          else this.capitalised.add(word);
        }
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
  /** Words built so far, by index; allocated on the first. */
  private built: (Word | undefined)[] | undefined;

  constructor(
    private readonly text: string,
    /** Index of the block's first word in the document's arrays. */
    private readonly first: number,
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly notes: Uint8Array,
    private readonly lowered: Map<string, string>,
  ) {}

  /** Word `k`, or undefined outside the block. */
  word(k: number): Word | undefined {
    if (k < 0 || k >= this.length) return undefined;
    this.built ??= new Array(this.length);
    let w = this.built[k];
    if (w === undefined) {
      const start = this.starts[this.first + k];
      const end = this.ends[this.first + k];
      const kind = this.kinds[this.first + k];
      const text = this.text.slice(start, end);
      const shape = SHAPES[kind & 7];
      w = { start, end, text, shape, possessive: (kind & POSSESSIVE) !== 0, lower: shape === 'lower' || shape === 'particle' ? text : lowerCase(this.lowered, text) };
      this.built[k] = w;
    }
    return w;
  }

  /** Shape code of word `k` (an index in `SHAPES`). */
  code(k: number): number {
    return this.kinds[this.first + k] & 7;
  }

  /** Shape code of word `k` with its `POSSESSIVE` and `PLAIN` flags. */
  kind(k: number): number {
    return this.kinds[this.first + k];
  }

  /** `Word.start` of word `k`. */
  start(k: number): number {
    return this.starts[this.first + k];
  }

  /** `Word.end` of word `k`. */
  end(k: number): number {
    return this.ends[this.first + k];
  }

  /** A byte kept for word `k` by whoever reads the block (0 until set): one array for the document, not one per block. */
  note(k: number): number {
    return this.notes[this.first + k];
  }

  setNote(k: number, value: number): void {
    this.notes[this.first + k] = value;
  }
}

/** `text` lower-cased, remembered in `known`. */
function lowerCase(known: Map<string, string>, text: string): string {
  let lower = known.get(text);
  if (lower === undefined) {
    lower = text.toLowerCase();
    known.set(text, lower);
  }
  return lower;
}
