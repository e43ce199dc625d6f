/**
 * Word clusters learned from plain news text: words that occur between the same neighbours land in the same
 * cluster (أنقرة with طهران and بغداد; هولاند with كاميرون). The tagger uses a word's cluster as a feature,
 * so a name it never saw in its small labelled corpus is still recognized by the company it keeps in a large
 * unlabelled one. The method is cheap on purpose: context counts, PPMI weights, a random projection and
 * spherical k-means, a few minutes of one core for ten million tokens.
 */
import { seededRandom } from './random.js';

export interface ClusterOptions {
  /** How many words to cluster, the most frequent first. */
  vocabulary?: number;
  /** Words seen fewer times than this are left out: their contexts say too little. */
  minCount?: number;
  /** How many of the most frequent words serve as context features (the rest share one "other" feature). */
  contexts?: number;
  /** Size of the random projection of the context vectors. */
  dimensions?: number;
  /** Cluster counts, finest first; each coarser level groups the clusters of the level before it. */
  sizes?: readonly number[];
  iterations?: number;
  seed?: number;
  onProgress?: (step: string) => void;
}

/** Each clustered word's cluster at each level: row `words.get(word)` of `ids` (words × sizes.length). */
export interface WordClusters {
  sizes: readonly number[];
  words: ReadonlyMap<string, number>;
  ids: Int32Array;
}

/** A word's cluster at each level, finest first; undefined for a word that was not clustered. */
export function clustersOf(clusters: WordClusters, word: string): Int32Array | undefined {
  const row = clusters.words.get(word);
  const levels = clusters.sizes.length;
  return row === undefined ? undefined : clusters.ids.subarray(row * levels, (row + 1) * levels);
}

/** The vocabulary, most frequent first (ties in code-unit order, for reproducibility). */
function vocabularyOf(documents: readonly (readonly string[])[], size: number, minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const doc of documents) for (const word of doc) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([word]) => word);
}

/**
 * One unit vector per word: its left and right neighbours counted, weighted by positive pointwise mutual
 * information, and projected to `dimensions` random ±1 directions (which keeps distances, at a fraction of the size).
 */
function contextVectors(documents: readonly (readonly string[])[], vocabulary: readonly string[], contexts: number, dimensions: number, next: () => number): Float64Array {
  const index = new Map(vocabulary.map((word, i) => [word, i]));
  const width = contexts + 1;
  const contextOf = (word: string | undefined): number => {
    const i = word === undefined ? -1 : (index.get(word) ?? -1);
    return i >= 0 && i < contexts ? i : contexts;
  };
  // Every (word, context) pair as one number, sorted so that equal pairs sit together: counting by sorting a
  // typed array is many times faster than a map per word.
  const span = 2 * width;
  let codes = new Int32Array(1 << 20);
  let n = 0;
  for (const doc of documents) {
    for (let i = 0; i < doc.length; i++) {
      const w = index.get(doc[i]!);
      if (w === undefined) continue;
      if (n + 2 > codes.length) {
        const bigger = new Int32Array(codes.length * 2);
        bigger.set(codes);
        codes = bigger;
      }
      codes[n++] = w * span + contextOf(doc[i - 1]);
      codes[n++] = w * span + width + contextOf(doc[i + 1]);
    }
  }
  const sorted = codes.subarray(0, n).sort();
  const contextTotals = new Float64Array(span);
  const wordTotals = new Float64Array(vocabulary.length);
  for (const code of sorted) {
    contextTotals[code % span] = contextTotals[code % span]! + 1;
    wordTotals[Math.floor(code / span)] = wordTotals[Math.floor(code / span)]! + 1;
  }
  const projection = Float64Array.from({ length: span * dimensions }, () => (next() < 0.5 ? -1 : 1));
  const vectors = new Float64Array(vocabulary.length * dimensions);
  for (let start = 0; start < n; ) {
    const code = sorted[start]!;
    let end = start + 1;
    while (end < n && sorted[end] === code) end++;
    const w = Math.floor(code / span);
    const c = code % span;
    const pmi = Math.log(((end - start) * n) / (wordTotals[w]! * contextTotals[c]!));
    if (pmi > 0) for (let k = 0; k < dimensions; k++) vectors[w * dimensions + k] = vectors[w * dimensions + k]! + pmi * projection[c * dimensions + k]!;
    start = end;
  }
  for (let w = 0; w < vocabulary.length; w++) normalizeRow(vectors, w * dimensions, dimensions);
  return vectors;
}

function normalizeRow(vectors: Float64Array, row: number, dimensions: number): void {
  let norm = 0;
  for (let k = 0; k < dimensions; k++) norm += vectors[row + k]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < dimensions; k++) vectors[row + k] = vectors[row + k]! / norm;
}

/**
 * Spherical k-means: rows (unit vectors) to `k` clusters by cosine, starting from `k` rows drawn at random.
 * `weights` counts each row that many times when centroids are recomputed.
 */
function kMeans(rows: Float64Array, dimensions: number, k: number, iterations: number, next: () => number, weights?: Float64Array): Int32Array {
  const count = rows.length / dimensions;
  const centroids = new Float64Array(k * dimensions);
  const picks = Array.from({ length: count }, (_, i) => i);
  for (let j = 0; j < k; j++) {
    const r = j + Math.floor(next() * (count - j));
    [picks[j], picks[r]] = [picks[r]!, picks[j]!];
    centroids.set(rows.subarray(picks[j]! * dimensions, (picks[j]! + 1) * dimensions), j * dimensions);
  }
  const assignment = new Int32Array(count);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let i = 0; i < count; i++) {
      let best = -Infinity;
      for (let j = 0; j < k; j++) {
        let dot = 0;
        for (let d = 0; d < dimensions; d++) dot += rows[i * dimensions + d]! * centroids[j * dimensions + d]!;
        if (dot > best) {
          best = dot;
          assignment[i] = j;
        }
      }
    }
    centroids.fill(0);
    for (let i = 0; i < count; i++) {
      const weight = weights?.[i] ?? 1;
      const to = assignment[i]! * dimensions;
      for (let d = 0; d < dimensions; d++) centroids[to + d] = centroids[to + d]! + weight * rows[i * dimensions + d]!;
    }
    for (let j = 0; j < k; j++) normalizeRow(centroids, j * dimensions, dimensions);
  }
  return assignment;
}

/** The centroid of each cluster (unit length) and how many rows it holds. */
function centroidsOf(rows: Float64Array, dimensions: number, assignment: Int32Array, k: number): { centroids: Float64Array; sizes: Float64Array } {
  const centroids = new Float64Array(k * dimensions);
  const sizes = new Float64Array(k);
  assignment.forEach((j, i) => {
    sizes[j] = sizes[j]! + 1;
    for (let d = 0; d < dimensions; d++) centroids[j * dimensions + d] = centroids[j * dimensions + d]! + rows[i * dimensions + d]!;
  });
  for (let j = 0; j < k; j++) normalizeRow(centroids, j * dimensions, dimensions);
  return { centroids, sizes };
}

/** Clusters the words of tokenized, normalized documents. Pure: same documents and options, same clusters. */
export function buildWordClusters(documents: readonly (readonly string[])[], options: ClusterOptions = {}): WordClusters {
  const { vocabulary = 80_000, minCount = 5, contexts = 1000, dimensions = 100, sizes = [256, 32], iterations = 8, seed = 1 } = options;
  const next = seededRandom(seed);
  const words = vocabularyOf(documents, vocabulary, minCount);
  options.onProgress?.(`${words.length} words to cluster`);
  const vectors = contextVectors(documents, words, contexts, dimensions, next);
  options.onProgress?.('context vectors ready');
  const levels: Int32Array[] = [];
  let rows = vectors;
  let weights: Float64Array | undefined;
  for (const size of sizes) {
    const assignment = kMeans(rows, dimensions, Math.min(size, rows.length / dimensions), iterations, next, weights);
    // A coarser level clusters the finer level's centroids; each word follows its fine cluster.
    const previous = levels[levels.length - 1];
    levels.push(previous ? previous.map((fine) => assignment[fine]!) : assignment);
    ({ centroids: rows, sizes: weights } = centroidsOf(rows, dimensions, assignment, size));
    options.onProgress?.(`${size} clusters`);
  }
  const ids = new Int32Array(words.length * sizes.length);
  words.forEach((_, i) => levels.forEach((level, l) => (ids[i * sizes.length + l] = level[i]!)));
  return { sizes, words: new Map(words.map((word, i) => [word, i])), ids };
}
