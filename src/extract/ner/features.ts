import { clustersOf, type WordClusters } from './clusters.js';
import type { Openings, PhraseMatcher, PhrasePosition } from './phrases.js';

export type WordKind = 'word' | 'number' | 'punct' | 'symbol' | 'latin' | 'url';

/** What the features need to know about one token; the text layer and the lexicon answer it (see resources.ts). */
export interface WordInfo {
  surface: string;
  norm: string;
  kind: WordKind;
  /** The stem once clitics are cut (the text layer's segmentation); `norm` itself when there is nothing to cut. */
  stem: string;
  /** Other plausible stems of the word, for matching word lists (والأمم → الامم); never holds `norm`. */
  variants: readonly string[];
  /** The word carries the definite article ال (possibly after و, ف, ب, ك or ل). */
  article: boolean;
}

export interface FeatureResources {
  describe(surface: string): WordInfo;
  /** Word lists matched over the whole sentence (gazetteer, titles…); each adds B/I/S features under its name. */
  lists: readonly { name: string; matcher: PhraseMatcher }[];
}

/** Features look this many tokens either side. */
export const WINDOW = 2;
const OFFSETS = [-2, -1, 0, 1, 2] as const;

/** The feature prefix of a neighbour: `-1|w=…` is the previous word. */
function at(offset: number): string {
  return offset > 0 ? `+${offset}|` : `${offset}|`;
}

const NISBA = ['يين', 'يون', 'يه', 'ي'];

function lengthBucket(length: number): string {
  return length >= 8 ? '8+' : String(length);
}

/**
 * The word's clusters (see clusters.ts) by its first form the clusters know: the word as written, else its stem
 * (والليكود is rare, الليكود is not). A word the news corpus never showed gets "unknown", itself a cue: such
 * words are mostly foreign names.
 */
function clusterFeatures(info: WordInfo, clusters: WordClusters | null): { fine: string[]; coarse: string[] } {
  if (clusters === null || info.kind !== 'word') return { fine: [], coarse: [] };
  const ids = [info.norm, info.stem, ...info.variants].map((form) => clustersOf(clusters, form)).find((found) => found !== undefined);
  if (ids === undefined) return { fine: ['c=?'], coarse: ['c=?'] };
  const named = Array.from(ids, (id, level) => `c${clusters.sizes[level]}=${id}`);
  return { fine: named, coarse: named.slice(-1) };
}

/**
 * The observation features of one word for each position it can take in the window (offset −2 … +2).
 * The word itself gets the full set; neighbours get the few that carry context (identity, stem, article, kind,
 * ending, cluster).
 */
export function wordFeatures(info: WordInfo, clusters: WordClusters | null = null): string[][] {
  const { norm, kind, stem } = info;
  const identity = stem === norm ? [`w=${norm}`] : [`w=${norm}`, `st=${stem}`];
  const shape = [`k=${kind}`];
  if (info.article) shape.push('al');
  const nisba = kind === 'word' ? NISBA.find((ending) => stem.length > ending.length + 1 && stem.endsWith(ending)) : undefined;
  if (nisba !== undefined) shape.push(`nisba=${nisba}`);

  const cluster = clusterFeatures(info, clusters);
  const own = [...identity, ...shape, ...cluster.fine, `len=${lengthBucket(norm.length)}`];
  if (kind === 'word' || kind === 'latin') {
    for (let n = 1; n <= 3 && n < norm.length; n++) own.push(`p${n}=${norm.slice(0, n)}`, `s${n}=${norm.slice(-n)}`);
    if (stem !== norm) for (let n = 2; n <= 3 && n < stem.length; n++) own.push(`cs${n}=${stem.slice(-n)}`);
  }
  if (kind === 'latin' && /^[A-Z]/.test(info.surface)) own.push('cap');
  if (kind === 'number' && /^(1[89]|20)\d\d$/.test(norm)) own.push('year');

  const near = [...identity, ...shape, ...cluster.fine];
  const far = [...identity, `k=${kind}`, ...cluster.coarse];
  const byOffset = { 0: own, 1: near, 2: far } as const;
  return OFFSETS.map((offset) => byOffset[Math.abs(offset) as 0 | 1 | 2].map((feature) => at(offset) + feature));
}

/** Sentence edges are neighbours too: "the sentence starts here" is a strong cue. */
function edgeFeatures(offset: number): string[] {
  return [`${at(offset)}w=${offset < 0 ? '<s>' : '</s>'}`];
}

/** The features of a sentence as one array of ids with per-token offsets (token i owns ids[offsets[i] … offsets[i+1])). */
export interface EncodedSentence {
  length: number;
  offsets: Int32Array;
  ids: Int32Array;
}

/** One weight row per label of the IOB2 scheme (O, B-/I- × 4 types). */
const LABEL_COUNT = 9;

/** Adds nine numbers, written out: the addition every tagged token makes six or more times. */
function addRow(from: Float32Array, at: number, to: Float64Array, row: number): void {
  to[row] = to[row]! + from[at]!;
  to[row + 1] = to[row + 1]! + from[at + 1]!;
  to[row + 2] = to[row + 2]! + from[at + 2]!;
  to[row + 3] = to[row + 3]! + from[at + 3]!;
  to[row + 4] = to[row + 4]! + from[at + 4]!;
  to[row + 5] = to[row + 5]! + from[at + 5]!;
  to[row + 6] = to[row + 6]! + from[at + 6]!;
  to[row + 7] = to[row + 7]! + from[at + 7]!;
  to[row + 8] = to[row + 8]! + from[at + 8]!;
}

/** Per window slot, the sum of the weight rows of that slot's feature ids. */
function sumRows(slots: readonly Int32Array[], weights: Float32Array): Float32Array {
  const sums = new Float32Array(slots.length * LABEL_COUNT);
  slots.forEach((ids, slot) => {
    for (const id of ids) for (let y = 0; y < LABEL_COUNT; y++) sums[slot * LABEL_COUNT + y] = sums[slot * LABEL_COUNT + y]! + weights[id * LABEL_COUNT + y]!;
  });
  return sums;
}

/** Copies ids into the buffer at n and returns the new end; a loop beats TypedArray.set for a handful of items. */
function copy(source: Int32Array, buffer: Int32Array, n: number): number {
  for (let k = 0; k < source.length; k++) buffer[n + k] = source[k]!;
  return n + source.length;
}

interface CachedWord {
  norm: string;
  /** Per word list, the entries this word can open. */
  openings: Openings[];
  /** Bit l set when the word can open an entry of list l: most sentences skip list matching on this alone. */
  opens: number;
  /** Feature ids for each window slot (offset −2 … +2), unknown features already dropped. */
  slots: Int32Array[];
  /** For tagging: per window slot, the sum of those features' weight rows (slots × labels). */
  sums?: Float32Array;
}

/**
 * Turns tokens into feature ids. `lookup` gives a feature's id, or −1 for a feature the model does not know
 * (at training time it interns instead). Word features are computed once per distinct word and cached as ids,
 * which is what makes tagging fast: most tokens of a news text are words seen before.
 */
export class FeatureEncoder {
  private readonly words = new Map<string, CachedWord>();
  private readonly edges: Int32Array[];
  private readonly bias: Int32Array;
  /** Per word list, the feature ids of a match position as seen from each window slot (−1: unknown to the model). */
  private readonly lists: { matcher: PhraseMatcher; ids: Record<PhrasePosition, Int32Array> }[];
  /** The weights the cached sums were computed with, and the sentence edges' sums. */
  private summedWith: Float32Array | null = null;
  private edgeSums: Float32Array = new Float32Array(0);

  constructor(
    private readonly resources: FeatureResources,
    private readonly lookup: (feature: string) => number,
    private readonly clusters: WordClusters | null = null,
    private readonly cacheLimit = 200_000,
  ) {
    this.edges = OFFSETS.map((offset) => this.ids(offset === 0 ? [] : edgeFeatures(offset)));
    this.bias = this.ids(['bias']);
    this.lists = resources.lists.map(({ name, matcher }) => {
      const slots = (position: PhrasePosition) => Int32Array.from(OFFSETS, (offset) => lookup(`${at(offset)}${name}=${position}`));
      return { matcher, ids: { B: slots('B'), I: slots('I'), S: slots('S') } };
    });
  }

  encode(tokens: readonly string[]): EncodedSentence {
    const length = tokens.length;
    const words = new Array<CachedWord>(length);
    for (let i = 0; i < length; i++) words[i] = this.word(tokens[i]!);
    const lists = this.listFeatures(words);
    // Count first, then fill one array of the exact size.
    let total = 0;
    for (let i = 0; i < length; i++) {
      total += this.bias.length + (lists[i]?.length ?? 0);
      for (let slot = 0; slot < OFFSETS.length; slot++) total += this.source(words, i + slot - WINDOW, slot).length;
    }
    const ids = new Int32Array(total);
    const offsets = new Int32Array(length + 1);
    let n = 0;
    for (let i = 0; i < length; i++) {
      n = copy(this.bias, ids, n);
      for (const id of lists[i] ?? []) ids[n++] = id;
      for (let slot = 0; slot < OFFSETS.length; slot++) n = copy(this.source(words, i + slot - WINDOW, slot), ids, n);
      offsets[i + 1] = n;
    }
    return { length, offsets, ids };
  }

  /** The ids word j contributes to a token that sees it in window slot `slot` (the sentence edge beyond either end). */
  private source(words: readonly CachedWord[], j: number, slot: number): Int32Array {
    return j >= 0 && j < words.length ? words[j]!.slots[slot]! : this.edges[slot]!;
  }

  /**
   * Tagging with fixed weights: the score of each label at each token, straight from the words. A word's
   * contribution from each window slot is the sum of its features' weight rows, computed once and cached with the
   * word, so a token costs five additions of nine numbers instead of two dozen row lookups. Gives the same scores
   * as emissionScores(weights, encode(tokens)), up to rounding.
   */
  scores(tokens: readonly string[], weights: Float32Array): Float64Array {
    if (weights !== this.summedWith) {
      this.words.clear();
      this.summedWith = weights;
      this.edgeSums = sumRows(this.edges, weights);
    }
    const length = tokens.length;
    const words = new Array<CachedWord>(length);
    for (let i = 0; i < length; i++) words[i] = this.word(tokens[i]!);
    const lists = this.listFeatures(words);
    const scores = new Float64Array(length * LABEL_COUNT);
    const bias = this.bias;
    // Indexed loops and no reads outside `words`: this runs for every token tagged.
    for (let i = 0; i < length; i++) {
      const row = i * LABEL_COUNT;
      for (let k = 0; k < bias.length; k++) addRow(weights, bias[k]! * LABEL_COUNT, scores, row);
      const listed = lists[i];
      if (listed !== undefined) for (let k = 0; k < listed.length; k++) addRow(weights, listed[k]! * LABEL_COUNT, scores, row);
      for (let slot = 0; slot < OFFSETS.length; slot++) {
        const j = i + slot - WINDOW;
        const sums = j >= 0 && j < length ? (words[j]!.sums ??= sumRows(words[j]!.slots, weights)) : this.edgeSums;
        addRow(sums, slot * LABEL_COUNT, scores, row);
      }
    }
    return scores;
  }

  private word(surface: string): CachedWord {
    let entry = this.words.get(surface);
    if (entry === undefined) {
      if (this.words.size >= this.cacheLimit) this.words.clear();
      const info = this.resources.describe(surface);
      const forms = [info.norm, ...info.variants];
      const openings = this.lists.map(({ matcher }) => matcher.openings(forms));
      entry = {
        norm: info.norm,
        openings,
        opens: openings.reduce((bits, found, list) => (found.length > 0 ? bits | (1 << list) : bits), 0),
        slots: wordFeatures(info, this.clusters).map((features) => this.ids(features)),
      };
      this.words.set(surface, entry);
    }
    return entry;
  }

  private ids(features: readonly string[]): Int32Array {
    return Int32Array.from(features.map((feature) => this.lookup(feature)).filter((id) => id >= 0));
  }

  /** List matches are properties of the sentence, not of a word: each token sees its own and its neighbours'. */
  private listFeatures(words: readonly CachedWord[]): (number[] | undefined)[] {
    let opens = 0;
    for (let i = 0; i < words.length; i++) opens |= words[i]!.opens;
    const found = new Array<number[] | undefined>(opens === 0 ? 0 : words.length).fill(undefined);
    if (opens === 0) return found;
    const norms = words.map((word) => word.norm);
    this.lists.forEach(({ matcher, ids }, list) => {
      if ((opens & (1 << list)) === 0) return;
      const openings = words.map((word) => word.openings[list]!);
      matcher.match(openings, norms).forEach((position, j) => {
        if (position === null) return;
        OFFSETS.forEach((offset, slot) => {
          const i = j - offset;
          const id = ids[position][slot]!;
          if (i >= 0 && i < words.length && id >= 0) (found[i] ??= []).push(id);
        });
      });
    });
    return found;
  }
}
