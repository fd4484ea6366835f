import { NAME_PARTICLES } from '../text/names';
import { codeSpans, shapeOf, type Word, type WordShape } from './nameWords';
import { LowerWords, signature } from './lowerWords';
import { WordCursor } from './wordScan';

/** Shapes by code: a word's code is its index here. */
export const SHAPES: readonly WordShape[] = ['cap', 'lower', 'particle', 'acronym', 'camel', 'caseless', 'initial', 'other'];
const SHAPE_CODES = new Map<WordShape, number>(SHAPES.map((s, i) => [s, i]));
const CAP = SHAPES.indexOf('cap');
const LOWER = SHAPES.indexOf('lower');
const PARTICLE = SHAPES.indexOf('particle');
const OTHER = SHAPES.indexOf('other');
/** Flag in `BlockWords.kinds`: the word is followed by a possessive `'s`. */
export const POSSESSIVE = 8;
/** Flag in `BlockWords.kinds`: a lower-case word of ASCII letters only (`WordCursor.plain`). */
const PLAIN = 16;
// A module constant, not the import: under the CommonJS output tests and benchmarks run (tsx),
// every call of an imported function goes through a getter, and `visitPlain` calls it per word.
const signatureOf = signature;

/** A word of one to three letters a-z as a number below 2^15 (bijective base 32: lengths stay apart). */
function shortCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) code = code * 32 + (text.charCodeAt(i) - 96);
  return code;
}

/** `NAME_PARTICLES` by `shortCode`: a plain word's shape needs no string of its own. */
const PARTICLE_CODES = new Uint8Array(1 << 15);
for (const p of NAME_PARTICLES) if (/^[a-z]{1,3}$/.test(p)) PARTICLE_CODES[shortCode(p, 0, p.length)] = 1;

/** Per ASCII code: 1 for a letter or digit (a word starts there), else 0. */
const ASCII_CLASS = new Uint8Array(128);
/**
 * Per code below 0x10000: 1 for an ASCII character that ends a run of a-z without `WordCursor`
 * reading past it (not a letter or digit, not a joiner `'` `-` `.`, not `+`/`#`).
 */
const ENDS_PLAIN = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const wordCode = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  ASCII_CLASS[c] = wordCode ? 1 : 0;
  ENDS_PLAIN[c] = wordCode || c === 0x27 || c === 0x2d || c === 0x2e || c === 0x2b || c === 0x23 ? 0 : 1;
}

/** Offset `at` lies inside one of `spans` (sorted, disjoint). */
function insideCode(spans: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] <= at;
}

/**
 * True when the joiner `d` at `j`, right after a run of a-z, joins nothing, as `WordCursor` reads
 * it: a dot before no letter (a full stop), a hyphen before no capital (`trade-offs`), an
 * apostrophe before no letter or digit, or any of them last. Only an ASCII character after it
 * is judged here; the cursor takes the rest.
 */
function joinsNothing(text: string, j: number, n: number, d: number): boolean {
  if (d !== 0x2e && d !== 0x2d && d !== 0x27) return false;
  if (j + 1 >= n) return true;
  const e = text.charCodeAt(j + 1);
  if (e >= 128) return false;
  if (d === 0x2e) return !((e >= 97 && e <= 122) || (e >= 65 && e <= 90));
  if (d === 0x2d) return !(e >= 65 && e <= 90);
  return ASCII_CLASS[e] === 0;
}

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
   * Per word, 1 + the index of its text among the distinct words that are not plain lower case
   * (`idTexts`), or 0 for a plain word, a symbol (`C#`) or one inside code: the same few hundred
   * capitalised words come back on every page, so what a reader works out about one (its lower
   * case, whether it is a function word or a speaker's first name) is worked out once per word.
   */
  private ids: Int32Array;
  /** Distinct words that are not plain lower case, by id; their shape codes and lower case. */
  private readonly idTexts: string[] = [];
  private readonly idKinds: number[] = [];
  private idLowers: string[] = [];
  private readonly idOf = new Map<string, number>();
  /**
   * Words of code spans in lower case, by their text (`BlockWords.word`). Lower-casing a string
   * that holds any non-Latin-1 character (as a whole document's words do once one name has a
   * `Ł`) is slow in V8.
   */
  private readonly lowered = new Map<string, string>();
  /** The cursor over the block being added, for the words the loop of `add` leaves to it (made on first need). */
  private cursor: WordCursor | null = null;

  constructor(private readonly texts: readonly string[]) {
    // Prose averages a word per six characters or so: sized for that, the arrays rarely grow.
    let length = 0;
    for (const text of texts) length += text.length;
    const capacity = 1024 + (length >> 2);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.ids = new Int32Array(capacity);
    this.firsts = new Int32Array(texts.length + 1);
    for (let b = 0; b < texts.length; b++) {
      this.firsts[b] = this.count;
      this.add(texts[b]);
    }
    this.firsts[texts.length] = this.count;
    // What `lowerWords` is asked about: the capitalised (and other not lower-case) words.
    const lowered: string[] = [];
    const unplainLower = new Set<string>();
    const lowers: string[] = new Array(this.idTexts.length);
    for (let id = 0; id < this.idTexts.length; id++) {
      const word = this.idTexts[id];
      const kind = this.idKinds[id];
      if (kind === LOWER) unplainLower.add(word);
      else lowered.push(word.toLowerCase());
      // As `lowerOf` has it: a lower-case shape has no letter that lower-casing changes.
      lowers[id] = kind === LOWER || kind === PARTICLE ? word : word.toLowerCase();
    }
    this.idLowers = lowers;
    this.lowerWords = new LowerWords(lowered, unplainLower, (visit, only) => this.visitPlain(visit, only));
  }

  /** `text` lower-cased, remembered for the document. */
  lowerCase(text: string): string {
    let lower = this.lowered.get(text);
    if (lower === undefined) {
      lower = text.toLowerCase();
      this.lowered.set(text, lower);
    }
    return lower;
  }

  /** How many distinct words have an id (`BlockWords.id` is below this). */
  get idCount(): number {
    return this.idTexts.length;
  }

  /** The text of the words with id `id`. */
  idText(id: number): string {
    return this.idTexts[id];
  }

  /** `lowerOf` of the words with id `id`. */
  idLower(id: number): string {
    return this.idLowers[id];
  }

  /** The id of `word`, interned on first sight with its shape code. */
  private intern(word: string, kind: number): number {
    let id = this.idOf.get(word);
    if (id === undefined) {
      id = this.idTexts.length;
      this.idOf.set(word, id);
      this.idTexts.push(word);
      this.idKinds.push(kind);
    }
    return id;
  }

  /** Calls `visit` with every plain lower-case word (given `only`, those whose `signature` it counts). */
  private visitPlain(visit: (text: string, start: number, end: number) => void, only?: Int32Array): void {
    const plainLower = LOWER | PLAIN;
    const kinds = this.kinds;
    const starts = this.starts;
    const ends = this.ends;
    for (let b = 0; b < this.texts.length; b++) {
      const text = this.texts[b];
      const last = this.firsts[b + 1];
      for (let k = this.firsts[b]; k < last; k++) {
        if (kinds[k] !== plainLower) continue;
        const start = starts[k];
        const end = ends[k];
        if (only !== undefined && only[signatureOf(text, start, end)] === 0) continue;
        visit(text, start, end);
      }
    }
  }

  /** The words of block `b`, whose text is `text`. */
  block(b: number, text: string): BlockWords {
    const first = this.firsts[b];
    this.notes ??= new Uint8Array(this.count);
    return new BlockWords(text, first, this.firsts[b + 1] - first, this.starts, this.ends, this.kinds, this.ids, this.notes, this);
  }

  private add(text: string): void {
    const spans = codeSpans(text);
    this.cursor = null;
    const n = text.length;
    // The arrays and the count in locals for the loop (`grow` replaces the arrays).
    let starts = this.starts;
    let ends = this.ends;
    let kinds = this.kinds;
    let ids = this.ids;
    let count = this.count;
    let s = 0;
    let i = 0;
    for (;;) {
      // Most words of prose are a run of a-z (or a capital, then a-z) ended by a space or an
      // ASCII punctuation mark that joins nothing (`ENDS_PLAIN`): `WordCursor` would find them
      // plain (or capitalised), with nothing after them that it reads, so they are taken here
      // without it. Anything else goes to the cursor.
      let c = 0;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 128 ? ASCII_CLASS[c] !== 0 : true) break;
        i++;
      }
      if (i >= n) break;
      if (count === starts.length) {
        this.count = count;
        this.grow();
        starts = this.starts;
        ends = this.ends;
        kinds = this.kinds;
        ids = this.ids;
      }
      const start = i;
      let kind: number;
      const lowerStart = c >= 97 && c <= 122;
      if (lowerStart || (c >= 65 && c <= 90)) {
        let j = i + 1;
        // The character that ends the run, kept: reading it again costs as much as the test.
        let d = 0;
        while (j < n) {
          d = text.charCodeAt(j);
          if (d < 97 || d > 122) break;
          j++;
        }
        // A capital alone (`I`, `A`) is no `cap` word: the cursor tells its shape.
        if ((lowerStart || j > i + 1) && (j === n || ENDS_PLAIN[d] === 1 || joinsNothing(text, j, n, d))) {
          while (s < spans.length && spans[s][1] <= start) s++;
          if (s < spans.length && spans[s][0] <= start) kind = OTHER;
          else if (!lowerStart) {
            kind = CAP;
            ids[count] = 1 + this.intern(text.slice(start, j), CAP);
          } else kind = j - start <= 3 && PARTICLE_CODES[shortCode(text, start, j)] === 1 ? PARTICLE : LOWER | PLAIN;
          starts[count] = start;
          ends[count] = j;
          kinds[count] = kind;
          count++;
          i = j;
          continue;
        }
      }
      // A character outside ASCII may or may not start a word: the cursor decides, in a method
      // of its own that keeps this loop small.
      this.count = count;
      i = this.addFromCursor(text, i, spans);
      if (i < 0) break;
      count = this.count;
    }
    this.count = count;
  }

  /** Adds the word the cursor finds from `i` on (there is room for it); returns where to go on, or -1 when no word is left. */
  private addFromCursor(text: string, i: number, spans: readonly [number, number][]): number {
    let cursor = this.cursor;
    if (cursor === null) {
      cursor = new WordCursor(text);
      this.cursor = cursor;
    }
    cursor.moveTo(i);
    if (!cursor.next()) return -1;
    const start = cursor.start;
    const end = cursor.end;
    const count = this.count;
    let kind = OTHER;
    if (!insideCode(spans, start) && !cursor.symbol) {
      if (cursor.plain) kind = end - start <= 3 && PARTICLE_CODES[shortCode(text, start, end)] === 1 ? PARTICLE : LOWER | PLAIN;
      else {
        // A word's shape follows from its text (a dot in it is what `hasDot` says): the
        // shape of a word seen before is its id's.
        const word = text.slice(start, end);
        let id = this.idOf.get(word);
        if (id === undefined) id = this.intern(word, SHAPE_CODES.get(shapeOf(word, cursor.hasDot)) as number);
        kind = this.idKinds[id];
        this.ids[count] = 1 + id;
      }
    }
    this.starts[count] = start;
    this.ends[count] = end;
    this.kinds[count] = kind | (cursor.possessive ? POSSESSIVE : 0);
    this.count = count + 1;
    return cursor.resume;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const kinds = new Uint8Array(size);
    const ids = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    ids.set(this.ids);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.ids = ids;
  }
}

/**
 * The words of one block as `splitWords` and `maskCode` give them. Positions and shapes are read
 * from the flat arrays; a `Word` object is built only for a word someone asks for, which the
 * scan does for capitalised words and their neighbours, not for the bulk of lower-case prose.
 */
export class BlockWords {
  /** Words built so far, by index; allocated on the first. Per block, so they die young with it. */
  private built: (Word | undefined)[] | undefined;

  constructor(
    private readonly text: string,
    /** Index of the block's first word in the document's arrays. */
    private readonly first: number,
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly ids: Int32Array,
    private readonly notes: Uint8Array,
    /** The document's words, for the text and lower case of a word by id. */
    readonly document: DocumentWords,
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
      const id = this.ids[this.first + k] - 1;
      const shape = SHAPES[kind & 7];
      const text = id >= 0 ? this.document.idText(id) : this.text.slice(start, end);
      const lower = id >= 0 ? this.document.idLower(id) : shape === 'lower' || shape === 'particle' ? text : this.document.lowerCase(text);
      w = { start, end, text, shape, possessive: (kind & POSSESSIVE) !== 0, lower };
      this.built[k] = w;
    }
    return w;
  }

  /** The id of word `k` (`DocumentWords.idText`), or -1 for a plain lower-case word, a symbol or one inside code. */
  id(k: number): number {
    return this.ids[this.first + k] - 1;
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
