/**
 * The words a document writes in lower case (outside code), for one question the mention
 * finder asks of a capitalised word: is it written in lower case somewhere too? Only the
 * lower-cased forms of the document's capitalised words (and their hyphen parts) are asked, so
 * only those are looked for among the plain lower-case words, and a word's length and first and
 * last letters rule out almost every candidate without building a string. A word outside that
 * list is answered by a full search: exact, only slower.
 */
export class LowerWords {
  private readonly expected = new Set<string>();
  /** Answers for words outside `expected`. */
  private readonly others = new Map<string, boolean>();

  /**
   * @param capitalised lower-cased forms of the document's capitalised words
   * @param found the lower-case words that are not plain (`don’t`, `café`), all of them
   * @param plainWords calls `visit` with each plain lower-case word (ASCII letters only) of the
   *   document; given `only`, it may leave out the words whose `signature` has `only[signature] === 0`
   */
  constructor(
    capitalised: Iterable<string>,
    private readonly found: Set<string>,
    private readonly plainWords: (visit: (text: string, start: number, end: number) => void, only?: Int32Array) => void,
  ) {
    for (const l of capitalised) {
      this.expected.add(l);
      if (HYPHEN.test(l)) for (const part of l.split(HYPHEN)) this.expected.add(part);
    }
    // Candidates still unseen, counted by signature: once a word is found, its signature stops
    // matching the thousands of later copies of it.
    const pending = new Set<string>();
    const counts = new Int32Array(SIGNATURES);
    for (const l of this.expected) {
      if (!isPlain(l) || this.found.has(l)) continue;
      pending.add(l);
      counts[signature(l, 0, l.length)]++;
    }
    if (pending.size === 0) return;
    plainWords((text, start, end) => {
      const s = signature(text, start, end);
      if (counts[s] === 0) return;
      const word = text.slice(start, end);
      if (pending.delete(word)) {
        this.found.add(word);
        counts[s]--;
      }
    }, counts);
  }

  has(word: string): boolean {
    if (this.expected.has(word) || this.found.has(word)) return this.found.has(word);
    // Not a plain word: every lower-case occurrence of it is in `found` already.
    if (!isPlain(word)) return false;
    let known = this.others.get(word);
    if (known === undefined) {
      known = false;
      this.plainWords((text, start, end) => {
        if (!known && end - start === word.length && text.startsWith(word, start)) known = true;
      });
      this.others.set(word, known);
    }
    return known;
  }
}

const SIGNATURES = 1 << 14;
const HYPHEN = /[-\u2010\u2011]/;

/** Length (mod 16), first and last letter of a word of letters a-z: 14 bits. */
export function signature(text: string, start: number, end: number): number {
  return (((end - start) & 15) << 10) | ((text.charCodeAt(start) - 97) << 5) | (text.charCodeAt(end - 1) - 97);
}

/** Only ASCII lower-case letters, at least one. */
function isPlain(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
