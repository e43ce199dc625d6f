import type { Token } from '../text/index.js';

/**
 * MinHash over word shingles, for finding reprints and wire copies (docs/DEDUP.md). A document's signature holds,
 * for each of PERMUTATIONS hash functions, the smallest hash of any of its shingles; the share of equal positions
 * between two signatures estimates the Jaccard similarity of their shingle sets. LSH: the signature is cut into
 * BANDS bands of ROWS values, and two documents are candidates when any band is equal.
 */

export const SHINGLE_WORDS = 5;
export const PERMUTATIONS = 64;
export const ROWS = 4;
export const BANDS = PERMUTATIONS / ROWS;

/** 32-bit FNV-1a over UTF-16 code units: fast, and stable across runs and machines. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finalizer: spreads the bits of a 32-bit value so that derived hashes behave independently. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the document's shingles of SHINGLE_WORDS consecutive words (the whole text when it is shorter). */
export function shingleHashes(words: readonly string[]): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' '), 0);
  return hashes;
}

/**
 * The MinHash signature of a list of normalized words, or null when there is no word. The i-th hash function is
 * mix(h XOR seed_i) (one base hash per shingle, PERMUTATIONS cheap derivations), seeds fixed so signatures stored
 * by one run compare with those of the next.
 */
export function minhashSignature(words: readonly string[]): Uint32Array | null {
  const hashes = shingleHashes(words);
  if (hashes.length === 0) return null;
  const signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const h of hashes) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      const v = mix(h ^ SEEDS[p]!);
      if (v < signature[p]!) signature[p] = v;
    }
  }
  return signature;
}

const SEEDS = Uint32Array.from({ length: PERMUTATIONS }, (_, p) => mix(0x9e3779b9 + Math.imul(p + 1, 0x61c88647)));

/** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let p = 0; p < PERMUTATIONS; p++) if (a[p] === b[p]) equal++;
  return equal / PERMUTATIONS;
}

/**
 * The LSH keys of a signature, one per band: the band's number in the top bits, a 32-bit hash of its ROWS values
 * below, so that one integer column (safe in a double) indexes every band.
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) h = mix(Math.imul(h, 0x01000193) ^ signature[band * ROWS + r]!);
    keys.push(band * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

/** The words a signature is taken over: every word, number and Latin word, normalized (punctuation and URLs dropped). */
export function signatureWords(tokens: Iterable<Pick<Token, 'kind' | 'norm'>>): string[] {
  const words: string[] = [];
  for (const token of tokens) if (token.kind === 'word' || token.kind === 'number' || token.kind === 'latin') words.push(token.norm);
  return words;
}

/** Two documents whose estimated Jaccard similarity reaches this are copies (calibrated in docs/DEDUP.md). */
export const COPY_THRESHOLD = 0.8;

/** The canonical text of a copy group: the earliest published (undated last), ties by the smallest id. */
export function canonicalDocument(members: readonly { id: string; publishedAt: string | null }[]): string | null {
  let best: { id: string; publishedAt: string | null } | null = null;
  for (const m of members) {
    if (!best) best = m;
    else {
      const a = m.publishedAt ?? '~';
      const b = best.publishedAt ?? '~';
      if (a < b || (a === b && m.id < best.id)) best = m;
    }
  }
  return best?.id ?? null;
}
