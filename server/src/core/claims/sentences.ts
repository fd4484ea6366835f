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

/** Abbreviations that may also end a sentence when a capitalised word follows (`… and so on, etc. Then …`). */
const SOFT_ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'corp', 'co', 'u.s', 'u.k', 'e.u', 'a.m', 'p.m']);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '*', '_']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Length of a citation marker (`[1]`, `[^id]`, `[@key]`) starting at `i`, or 0. */
function markerLength(text: string, i: number): number {
  if (text[i] !== '[') return 0;
  const close = text.indexOf(']', i + 1);
  if (close < 0 || close - i > 40) return 0;
  const inner = text.slice(i + 1, close);
  return /^(?:\^[\w.-]+|@[\w:.#$%&+?<>~/-]+|\d{1,4})$/.test(inner) ? close - i + 1 : 0;
}

/**
 * Splits prose (one paragraph or bullet) into sentences. Parenthesised asides opened inside a
 * sentence stay with it; a parenthesis that opens a sentence is a sentence (or several) of its
 * own. Returned spans are trimmed of surrounding whitespace and never empty.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  // Stack of open brackets: true when the bracket opened a sentence (splits may happen inside).
  const open: boolean[] = [];
  let blockingDepth = 0;
  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  const atSentenceStart = (i: number): boolean => {
    for (let k = i - 1; k >= start; k--) if (!isSpace(text[k])) return false;
    return true;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '(' || c === '[') {
      const initial = c === '(' && atSentenceStart(i);
      open.push(initial);
      if (!initial) blockingDepth++;
      continue;
    }
    if (c === ')' || c === ']') {
      if (open.length > 0 && !open.pop()) blockingDepth--;
      continue;
    }
    if (blockingDepth > 0) continue;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // The run of terminal punctuation (`?!`, `??`, `...`).
    let j = i;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    const run = text.slice(i, j);
    // Closing quotes/brackets/emphasis that belong to the sentence.
    let k = j;
    while (k < n && CLOSERS.has(text[k])) {
      if (text[k] === ')' || text[k] === ']') {
        if (open.length === 0) break;
        if (!open.pop()) blockingDepth--;
      }
      k++;
    }
    if (k < n && !isSpace(text[k])) {
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
      while (q < n && (text[q] === ' ' || text[q] === '\t')) q++;
      const m = markerLength(text, q);
      if (m === 0) break;
      p = q + m;
      end = p;
    }
    let next = end;
    while (next < n && isSpace(text[next])) next++;
    if (next >= n) {
      i = end - 1;
      continue;
    }
    const nextChar = text[next];
    if (run.startsWith('.') && run.length === 1) {
      const word = wordBefore(text, i);
      const lw = word.toLowerCase();
      const abbreviation = ABBREVIATIONS.has(lw) || CAPITALISED_ABBREVIATIONS.has(word);
      if (abbreviation && !(SOFT_ABBREVIATIONS.has(lw) && /\p{Lu}/u.test(nextChar))) {
        i = j - 1;
        continue;
      }
      // An initial (`J. Smith`) or a dotted acronym inside a name.
      if (/^\p{Lu}$/u.test(word)) {
        i = j - 1;
        continue;
      }
      if (isLower(nextChar) && word.length < 2) {
        i = j - 1;
        continue;
      }
    } else if (run.startsWith('.') || run === '…') {
      // An ellipsis continues the sentence unless a capital letter follows.
      if (!/[\p{Lu}\d"“(]/u.test(nextChar)) {
        i = j - 1;
        continue;
      }
    }
    emit(end);
    i = end - 1;
  }
  emit(n);
  return out;
}

/** The word (letters, digits and inner dots) ending right before index `i`. */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && /[\p{L}\p{N}.]/u.test(text[s - 1])) s--;
  while (s < i && text[s] === '.') s++;
  return text.slice(s, i);
}
