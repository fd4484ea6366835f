/**
 * Similarity of two claims over their content words and numbers (deterministic, no model).
 * Owned by the claims work; the workspace builds an inverted index over `claimTerms`.
 */

const STOP = new Set(
  'a an the and or but if then so of to in on at by for with from as is are was were be been being it its this that these those there here they them their he she his her we our you your i me my not no do does did done have has had can could would should will may might must about into over under than very just also more most less many much some any all each every one two which who whom what when where why how up down out off again further once only own same too s t'.split(' '),
);

/** Content words (lower-cased, light stemming) and numbers of a claim's text. */
export function claimTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.%]*/gu)) {
    let w = m[0].replace(/['’]s$/, '').replace(/[.'’]+$/, '');
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOP.has(w)) continue;
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}

/** Minimum weighted overlap for two claims to count as making the same point. */
export const RELATED_THRESHOLD = 0.3;

/**
 * Cosine similarity of two term lists, each term weighted by `weight` (an IDF over the
 * workspace), so rare shared words count more than common ones.
 */
export function similarity(a: readonly string[], b: readonly string[], weight: (term: string) => number): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of sa) {
    const w = weight(t) ** 2;
    na += w;
    if (sb.has(t)) dot += w;
  }
  for (const t of sb) nb += weight(t) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
