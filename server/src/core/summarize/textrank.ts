/**
 * Sentence centrality by continuous LexRank (Erkan & Radev 2004): sentences are TF-IDF vectors,
 * the graph joins every pair by their cosine similarity, and a sentence's centrality is its
 * PageRank in that graph — a sentence is central when it resembles sentences that are central.
 *
 * Cost is quadratic in the number of sentences, so callers cap it (see `summary.ts`).
 * Everything is deterministic: no randomness, fixed iteration order.
 */

/** A sparse vector: term ids in ascending order with their weights, unit length (or empty). */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * TF-IDF vectors of tokenised sentences, normalised to unit length. The inverse document
 * frequency is taken over the sentences themselves (each sentence is a "document").
 */
export function tfidfVectors(sentences: readonly (readonly string[])[]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const counts: Map<number, number>[] = sentences.map((tokens) => {
    const tf = new Map<number, number>();
    for (const tok of tokens) {
      let id = ids.get(tok);
      if (id === undefined) {
        id = ids.size;
        ids.set(tok, id);
        df.push(0);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const id of tf.keys()) df[id]++;
    return tf;
  });
  const n = sentences.length;
  return counts.map((tf) => {
    const entries = [...tf.entries()].sort((a, b) => a[0] - b[0]);
    const v: SparseVector = { ids: new Int32Array(entries.length), weights: new Float64Array(entries.length) };
    let norm = 0;
    entries.forEach(([id, count], k) => {
      // Smoothed IDF keeps words that occur in every sentence above zero.
      const w = (1 + Math.log(count)) * Math.log(1 + n / df[id]);
      v.ids[k] = id;
      v.weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < v.weights.length; k++) v.weights[k] /= norm;
    return v;
  });
}

/** Cosine similarity of two unit vectors (a merge over their sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      dot += a.weights[i++] * b.weights[j++];
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

/**
 * LexRank scores of the sentences, summing to 1 (uniform when no two sentences share a word).
 * `damping` is PageRank's; the iteration stops when the scores move less than 1e-9 in total.
 */
export function lexRank(vectors: readonly SparseVector[], damping = 0.85, maxIterations = 100): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const sim = new Float64Array(n * n);
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i], vectors[j]);
      if (s > 0) {
        sim[i * n + j] = s;
        sim[j * n + i] = s;
        rowSum[i] += s;
        rowSum[j] += s;
      }
    }
  }
  let p = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < maxIterations; iter++) {
    const next = new Float64Array(n);
    // A sentence sharing no word with any other spreads its score evenly (PageRank's dangling node).
    let dangling = 0;
    for (let j = 0; j < n; j++) if (rowSum[j] === 0) dangling += p[j];
    const base = (1 - damping) / n + (damping * dangling) / n;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let j = 0; j < n; j++) {
        const s = sim[j * n + i];
        if (s !== 0) acc += (s / rowSum[j]) * p[j];
      }
      next[i] = base + damping * acc;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i] - p[i]);
    p = next;
    if (delta < 1e-9) break;
  }
  return [...p];
}
