/**
 * Similarity of two claims over their content words and numbers (deterministic, no model).
 * Owned by the claims work; the workspace builds an inverted index over `claimTerms`.
 *
 * Measured on the dev set's labelled pairs (test/claims/related.json, `npm run eval`): claims
 * that make the same point share their rare content words (`usefulness threshold`) while the
 * words that only say who reported it (`she said`, `claims`) or when (`ago`, `last year`) do
 * not count, so those are stop words here.
 */
import { trimEndChars } from '../text/trim';

const STOP = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as is are was were be been being it its this that these those there here they them their he she his her we our you your i me my not no do does did done have has had can could would should will may might must about into over under than very just also more most less many much some any all each every one two which who whom what when where why how up down out off again further once only own same too s t ' +
    // Who reported it and when it was said do not make two claims the same point.
    'said say says claim claims claimed argued argues according showed shows found finds noted mentioned explained told talk talked speaker ' +
    'ago last late early year years month months week weeks day days recently now today yesterday ' +
    'really quite actually basically kind kinda sort lot lots thing things way ways get got make made like well even still yet near about roughly around approximately'
  ).split(' '),
);

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', thirty: '30', fifty: '50', hundred: '100', thousand: '1000', dozen: '12',
};

/** Words that say the same thing in notes (`biggest`/`largest`, `everybody`/`everyone`). */
const SYNONYMS: Record<string, string> = {
  biggest: 'largest', bigger: 'larger', big: 'large', quickest: 'fastest', quicker: 'faster', quick: 'fast',
  everybody: 'everyone', nobody: 'noone', 'no-one': 'noone', cut: 'reduce', reduced: 'reduce', cuts: 'reduce',
  llms: 'model', llm: 'model', models: 'model', percent: '%', sec: 'second', secs: 'second', s: 'second',
};

/**
 * Light stemming, then the first six letters: `verifier`/`verification`, `adopted`/`adoption`,
 * `useful`/`usefulness` meet, which is what a reader sees as the same word.
 */
function stem(w: string): string {
  if (/\d/.test(w)) return normaliseNumber(w);
  w = SYNONYMS[w] ?? w;
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suf of ['ness', 'ation', 'ing', 'ed', 'ly', 'er']) {
    if (w.length - suf.length >= 4 && w.endsWith(suf)) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  return w.slice(0, 6);
}

/** `15,000`, `15k` → `15000`; `~3` → `3`; `100K` → `100000`. */
function normaliseNumber(w: string): string {
  const m = /^[~≈]?(\d[\d,]*)(?:\.(\d+))?([km])?$/.exec(w);
  if (!m) return w;
  let n = Number(m[1].replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
  if (m[3] === 'k') n *= 1000;
  if (m[3] === 'm') n *= 1_000_000;
  return Number.isFinite(n) ? String(n) : w;
}

/** Content words (lower-cased, light stemming) and numbers of a claim's text. */
export function claimTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[~≈]?[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu)) {
    let w = m[0];
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    w = trimEndChars(w, ".,'’-");
    const num = NUMBER_WORDS[w];
    if (num) w = num;
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/**
 * Minimum similarity for two claims to count as making the same point. Chosen on the dev
 * set's 21 labelled pairs among ~35k cross-file pairs (`npm run eval` prints the sweep): F1 0.54
 * at 0.20, 0.73 at 0.30, 0.79 at 0.35, 0.76 at 0.40. The public pair (the usefulness threshold,
 * afternoon line 20 / morning line 47) scores 0.57 in the examples' workspace.
 */
export const RELATED_THRESHOLD = 0.35;

/**
 * Cosine similarity of two term lists, each term weighted by `weight` (an IDF over the
 * workspace), so rare shared words count more than common ones. Two claims whose only shared
 * term is a single word are not related whatever its weight: one shared word is a topic, not a
 * point.
 */
export function similarity(a: readonly string[], b: readonly string[], weight: (term: string) => number): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  let shared = 0;
  for (const t of sa) {
    const w = weight(t) ** 2;
    na += w;
    if (sb.has(t)) {
      dot += w;
      shared++;
    }
  }
  for (const t of sb) nb += weight(t) ** 2;
  if (shared < 2) return 0;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
