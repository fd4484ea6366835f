/**
 * Sentence splitting for notes prose.
 *
 * Why a purpose-built linear scanner and not `Intl.Segmenter('en', { granularity: 'sentence' })`:
 * measured on the dev set's prose (test/claims, ×40, 11.8k sentences, Node 20) this scanner took
 * ~12 ms and the segmenter ~22 ms, so speed is not the main reason (the segmenter is ~2x slower,
 * not the feared 20x). Correctness is: the segmenter splits after `vs.` and `Dr.` (`It beats X
 * vs. | Y`), inside parenthesised asides (`Antithesis (tested two months ago. | Really.) said`),
 * moves a citation marker after a full stop into the next sentence (`… ago. | [1] Next`), and does
 * not split lower-case notes (`… in 2019. async fn shipped.` stays one sentence). Those are the
 * shapes real notes have, and each one changes which sentence a cue or a source belongs to.
 */

import { WordFlags } from './tokens';

// Patterns of the rules, made once: a literal in a function is a new RegExp object at every call.
/** What `[…]` holds in a citation marker. */
const MARKER_INNER = /^(?:\^[\w.-]+|@[\w:.#$%&+?<>~/-]+|\d{1,4})$/;
/** What may open a sentence after an ellipsis. */
const SENTENCE_OPENER = /[\p{Lu}\d"“(]/u;
const WORD_CHAR = /[\p{L}\p{N}.]/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const UPPER = /\p{Lu}/u;

/** A sentence as [start, end) indices into the text it was split from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words that end with a full stop without ending a sentence (lower-cased, without the final dot). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'vs', 'v', 'cf', 'etc', 'al', 'approx', 'ca', 'circa', 'pp', 'resp', 'incl', 'esp', 'avg', 'misc',
  'inc', 'ltd', 'corp', 'co', 'u.s', 'u.k', 'u.s.a', 'e.u', 'a.m', 'p.m', 'ph.d', 'b.sc', 'm.sc',
]);

/**
 * Titles and labels that are abbreviations only when capitalised (`Dr. Lund`, `No. 5`, `Fig. 3`):
 * lower-case `ms.`, `no.`, `min.` at the end of a sentence are units and words.
 */
const CAPITALISED_ABBREVIATIONS = new Set([
  'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'Jr', 'Sr', 'Mt', 'Ft', 'No', 'Nos', 'Vol', 'Fig', 'Figs', 'Ref', 'Refs', 'Eq', 'Dept', 'Gen', 'Sen', 'Rep', 'Gov', 'Capt', 'Sgt', 'Lt', 'Col',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** The longest word `sentenceBounds` must look up (or check for an initial, two code units). */
const LONGEST_ABBREVIATION = Math.max(2, ...[...ABBREVIATIONS, ...CAPITALISED_ABBREVIATIONS].map((w) => w.length));

/** Abbreviations that may also end a sentence when a capitalised word follows (`… and so on, etc. Then …`). */
const SOFT_ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'corp', 'co', 'u.s', 'u.k', 'e.u', 'a.m', 'p.m']);

// What a word before a full stop is, lower-cased: an abbreviation, the lower-case form of a
// capitalised one (`no` for `No`), one that may also end a sentence.
const ABBREVIATION = 1;
const CAPITALISED = 2;
const SOFT = 4;
const ABBREVIATION_KINDS = ((): WordFlags => {
  const kinds = new Map<string, number>();
  const add = (w: string, kind: number): void => {
    kinds.set(w, (kinds.get(w) ?? 0) | kind);
  };
  for (const w of ABBREVIATIONS) add(w, ABBREVIATION);
  for (const w of CAPITALISED_ABBREVIATIONS) add(w.toLowerCase(), CAPITALISED);
  for (const w of SOFT_ABBREVIATIONS) add(w, SOFT);
  return new WordFlags(kinds);
})();

// The scanner reads UTF-16 code units (`charCodeAt`): it runs over every character of every
// block, and one-character strings and closures there were a visible share of the analysis.
const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * The characters the scanner must look at: brackets and terminal punctuation. Everything between
 * two of them is skipped by the regex engine (`test` moves `lastIndex` without building a match).
 */
const STOP_RE = /[()[\].!?…]/g;

function isTerminal(c: number): boolean {
  return c === DOT || c === BANG || c === QUESTION || c === ELLIPSIS;
}

/** Closing quotes, brackets and emphasis that stay with the sentence before them. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === CLOSE_PAREN || c === CLOSE_BRACKET || c === 0xbb || c === 0x2a || c === 0x5f;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

function isLowerAt(text: string, i: number): boolean {
  // ASCII from its code: case-mapping calls meet one-byte and two-byte strings here, and
  // that mix deoptimised `sentenceBounds` ("wrong instance type"); they also allocate. The
  // code is read from the text, whose accesses the optimised caller has seen: a method call
  // on a one-character string that is rarely made had no feedback and threw it away.
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const c = text[i];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Length of a citation marker (`[1]`, `[^id]`, `[@key]`) starting at `i`, or 0. */
function markerLength(text: string, i: number): number {
  // Callers may pass the end of the text: reading past it (NaN) deoptimises the callers ("out of bounds").
  if (i >= text.length || text.charCodeAt(i) !== OPEN_BRACKET) return 0;
  // Only a `]` within 40 characters can close a marker: look no further (a long text with many
  // `[` and no `]` would otherwise be searched to its end from each of them).
  let close = -1;
  for (let q = i + 1; q <= i + 40 && q < text.length; q++) {
    if (text.charCodeAt(q) === CLOSE_BRACKET) {
      close = q;
      break;
    }
  }
  if (close < 0) return 0;
  const inner = text.slice(i + 1, close);
  return MARKER_INNER.test(inner) ? close - i + 1 : 0;
}

const OPEN: boolean[] = [];

/** The spans found so far (`count` numbers: start, end pairs) and where the current sentence starts. */
interface Splitter {
  readonly text: string;
  readonly out: number[];
  count: number;
  start: number;
}

/** Ends the current sentence at `end`, trimmed of white space, unless it is empty. */
function emit(st: Splitter, end: number): void {
  const text = st.text;
  let s = st.start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) {
    st.out[st.count++] = s;
    st.out[st.count++] = e;
  }
  st.start = end;
}

/** True when only white space stands between the sentence start and `i`. */
function atSentenceStart(st: Splitter, i: number): boolean {
  for (let k = i - 1; k >= st.start; k--) if (!isSpace(st.text.charCodeAt(k))) return false;
  return true;
}

/**
 * Splits prose (one paragraph or bullet) into sentences. Parenthesised asides opened inside a
 * sentence stay with it; a parenthesis that opens a sentence is a sentence (or several) of its
 * own. Returned spans are trimmed of surrounding whitespace and never empty.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const flat: number[] = [];
  const count = sentenceBounds(text, flat);
  const out: SentenceSpan[] = [];
  for (let i = 0; i < count; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}

/**
 * The sentences of `splitSentences(text)` as start, end pairs written over the start of `into`;
 * returns how many numbers were written (twice the number of sentences). The claims stage
 * splits every block and keeps no span, so it reuses one array (never shortened: shortening
 * an array gives its storage back, and the next block would grow it again).
 */
export function sentenceBounds(text: string, into: number[]): number {
  const st: Splitter = { text, out: into, count: 0, start: 0 };
  const n = text.length;
  // Stack of open brackets: true when the bracket opened a sentence (splits may happen inside).
  // Shared by every call (emptied first): most blocks open none, and every block is split.
  const open = OPEN;
  open.length = 0;
  let blockingDepth = 0;
  for (let i = 0; i < n; i++) {
    STOP_RE.lastIndex = i;
    if (!STOP_RE.test(text)) break;
    i = STOP_RE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN || c === OPEN_BRACKET) {
      const initial = c === OPEN_PAREN && atSentenceStart(st, i);
      open.push(initial);
      if (!initial) blockingDepth++;
      continue;
    }
    if (c === CLOSE_PAREN || c === CLOSE_BRACKET) {
      if (open.length > 0 && !open.pop()) blockingDepth--;
      continue;
    }
    if (blockingDepth > 0) continue;
    if (!isTerminal(c)) continue;
    // The run of terminal punctuation (`?!`, `??`, `...`).
    let j = i;
    while (j < n && isTerminal(text.charCodeAt(j))) j++;
    // Closing quotes/brackets/emphasis that belong to the sentence.
    let k = j;
    while (k < n && isCloser(text.charCodeAt(k))) {
      const ck = text.charCodeAt(k);
      if (ck === CLOSE_PAREN || ck === CLOSE_BRACKET) {
        if (open.length === 0) break;
        if (!open.pop()) blockingDepth--;
      }
      k++;
    }
    if (k < n && !isSpace(text.charCodeAt(k))) {
      // `v1.2`, `example.org`, `3.5x`, `end.[1]`: no boundary unless a marker follows directly.
      const m = markerLength(text, k);
      if (m === 0) {
        i = j - 1;
        continue;
      }
    }
    // Citation markers after the full stop belong to the sentence (`… ago. [1]`).
    let end = k;
    let p = k;
    for (;;) {
      let q = p;
      while (q < n && (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09)) q++;
      const m = markerLength(text, q);
      if (m === 0) break;
      p = q + m;
      end = p;
    }
    let next = end;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    if (next >= n) {
      i = end - 1;
      continue;
    }
    const nextChar = text[next];
    if (j === i + 1 && c === DOT) {
      // Abbreviations and initials are short: after a longer word the full stop ends the
      // sentence, and the word is neither cut out nor lower-cased (most sentences end so).
      const ws = wordStart(text, i);
      if (i - ws <= LONGEST_ABBREVIATION) {
        // Looked up without cutting the word out: the word is made only for a capitalised abbreviation.
        const kind = ABBREVIATION_KINDS.valueAt(text, ws, i);
        const abbreviation = (kind & ABBREVIATION) !== 0 || ((kind & CAPITALISED) !== 0 && CAPITALISED_ABBREVIATIONS.has(text.slice(ws, i)));
        if (abbreviation && !((kind & SOFT) !== 0 && UPPER.test(nextChar))) {
          i = j - 1;
          continue;
        }
        // An initial (`J. Smith`) or a dotted acronym inside a name.
        if (i - ws <= 2 && isSingleCapital(text.slice(ws, i))) {
          i = j - 1;
          continue;
        }
        if (i - ws < 2 && isLowerAt(text, next)) {
          i = j - 1;
          continue;
        }
      }
    } else if (c === DOT || (c === ELLIPSIS && j === i + 1)) {
      // An ellipsis continues the sentence unless a capital letter follows.
      if (!SENTENCE_OPENER.test(nextChar)) {
        i = j - 1;
        continue;
      }
    }
    emit(st, end);
    i = end - 1;
  }
  emit(st, n);
  return st.count;
}

/** `J` in `J. Smith`: the word is one upper-case letter (one code point). */
function isSingleCapital(word: string): boolean {
  if (word.length === 0 || word.length > 2) return false;
  if (word.length === 1) {
    const c = word.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
  }
  return ONE_CAPITAL.test(word);
}

/** Start of the word (letters, digits and inner dots) ending right before index `i`. */
function wordStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && isWordChar(text, s - 1)) s--;
  while (s < i && text.charCodeAt(s) === DOT) s++;
  return s;
}

/** A letter, digit or dot, judged on the one code unit at `i` (a surrogate half is neither). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === DOT;
  return WORD_CHAR.test(text[i]);
}
