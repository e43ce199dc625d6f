import { LABELS, iob2Transitions, toIob2 } from './iob.js';
import { viterbi, type Chain } from './decode.js';
import { FeatureEncoder, type EncodedSentence, type FeatureResources } from './features.js';
import type { NerModel } from './model.js';
import type { WordClusters } from './clusters.js';
import { seededRandom } from './random.js';
import { emissionScores } from './tagger.js';

/** One sentence of training or test data: a tag (IOB1 or IOB2) for each token. */
export interface TaggedSentence {
  tokens: readonly string[];
  tags: readonly string[];
}

export interface EpochReport {
  /** Which of the `runs` differently shuffled passes this is (see TrainOptions.shuffles). */
  run: number;
  runs: number;
  epoch: number;
  epochs: number;
  /** Tokens the model tagged wrong during this pass, before its own updates: falls as it learns. */
  tokenErrors: number;
  tokens: number;
}

export interface TrainOptions {
  resources: FeatureResources;
  /** Word clusters from unlabelled text (see buildWordClusters); they travel inside the model. */
  clusters?: WordClusters | null;
  /** Passes over the data (each run); the averaged perceptron usually settles within 10–20. */
  epochs?: number;
  /** Seeds the shuffling of sentences before each pass, so the same data and seed give the same model. */
  seed?: number;
  /**
   * Trains this many perceptrons, each on its own shuffles of the data, and averages their weights. A single
   * perceptron's quality depends on the order it saw the sentences in (±1.5 F1 on ANERcorp); the average does not.
   */
  shuffles?: number;
  /** Features whose every averaged weight is smaller than this are dropped: they change almost no decision. */
  pruneBelow?: number;
  /** Recorded in the model: what it was trained on, how much of it was held out, and when. */
  data?: string;
  heldOutPercent?: number;
  trainedAt?: string | null;
  onEpoch?: (report: EpochReport) => void;
}

function shuffle(length: number, next: () => number): Int32Array {
  const order = Int32Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/**
 * Weights plus the running sums that turn them into their average over every step (the averaged perceptron,
 * with the usual trick: add c·δ to a second table at step c, and average = w − sum / c at the end).
 */
class AveragedTable {
  /** Whole numbers while training (updates are ±1), so 32 bits hold them exactly; the running sums need 64. */
  readonly weights: Float32Array;
  private readonly sums: Float64Array;

  constructor(size: number) {
    this.weights = new Float32Array(size);
    this.sums = new Float64Array(size);
  }

  add(index: number, delta: number, step: number): void {
    this.weights[index] = (this.weights[index] ?? 0) + delta;
    this.sums[index] = (this.sums[index] ?? 0) + step * delta;
  }

  averaged(step: number): Float64Array {
    return Float64Array.from(this.weights, (w, i) => w - (this.sums[i] ?? 0) / step);
  }
}

/** Trains a linear-chain tagger over IOB2 labels with the averaged structured perceptron. Pure: same input, same model. */
export function trainNer(sentences: readonly TaggedSentence[], options: TrainOptions): NerModel {
  const epochs = options.epochs ?? 15;
  const size = LABELS.length;
  const index = new Map<string, number>();
  const intern = (feature: string): number => {
    let id = index.get(feature);
    if (id === undefined) {
      id = index.size;
      index.set(feature, id);
    }
    return id;
  };
  const clusters = options.clusters ?? null;
  const encoder = new FeatureEncoder(options.resources, intern, clusters);
  const data = sentences
    .filter((sentence) => sentence.tokens.length > 0)
    .map((sentence) => {
      if (sentence.tags.length !== sentence.tokens.length) {
        throw new RangeError(`a sentence has ${sentence.tokens.length} tokens but ${sentence.tags.length} tags`);
      }
      const gold = Int32Array.from(toIob2(sentence.tags), (tag) => LABELS.indexOf(tag));
      return { features: encoder.encode(sentence.tokens), gold };
    });

  const tokens = data.reduce((sum, { gold }) => sum + gold.length, 0);
  const frequency = new Int32Array(index.size);
  for (const { features } of data) for (const id of features.ids) frequency[id] = frequency[id]! + 1;
  const shuffles = options.shuffles ?? 1;
  const next = seededRandom(options.seed ?? 1);
  const weights = new Float64Array(index.size * size);
  const transitionWeights = new Float64Array((size + 1) * size);
  for (let run = 1; run <= shuffles; run++) {
    const emissions = new AveragedTable(index.size * size);
    const transitions = new AveragedTable((size + 1) * size);
    const chain: Chain = { labels: size, transitions: transitions.weights, allowed: iob2Transitions(LABELS) };
    let step = 1;
    for (let epoch = 1; epoch <= epochs; epoch++) {
      let tokenErrors = 0;
      for (const k of shuffle(data.length, next)) {
        const { features, gold } = data[k]!;
        const guess = viterbi(chain, emissionScores(emissions.weights, features), features.length);
        tokenErrors += update(features, gold, guess, emissions, transitions, size, step);
        step++;
      }
      options.onEpoch?.({ run, runs: shuffles, epoch, epochs, tokenErrors, tokens });
    }
    addScaled(weights, emissions.averaged(step), 1 / shuffles);
    addScaled(transitionWeights, transitions.averaged(step), 1 / shuffles);
  }

  return pruned(index, frequency, weights, transitionWeights, options.pruneBelow ?? 0.01, clusters, {
    trainedAt: options.trainedAt ?? null,
    sentences: data.length,
    tokens,
    epochs,
    shuffles,
    seed: options.seed ?? 1,
    data: options.data ?? 'unnamed',
    heldOutPercent: options.heldOutPercent ?? 0,
  });
}

function addScaled(into: Float64Array, values: Float64Array, factor: number): void {
  for (let i = 0; i < into.length; i++) into[i] = into[i]! + factor * values[i]!;
}

/** Moves weight from the guessed labels to the gold ones wherever they differ; returns how many tokens differed. */
function update(
  features: EncodedSentence,
  gold: Int32Array,
  guess: Int32Array,
  emissions: AveragedTable,
  transitions: AveragedTable,
  size: number,
  step: number,
): number {
  let errors = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] ?? 0;
    const p = guess[i] ?? 0;
    if (g !== p) {
      errors++;
      for (let k = features.offsets[i] ?? 0, end = features.offsets[i + 1] ?? 0; k < end; k++) {
        const row = (features.ids[k] ?? 0) * size;
        emissions.add(row + g, 1, step);
        emissions.add(row + p, -1, step);
      }
    }
    const gPrev = i === 0 ? size : (gold[i - 1] ?? 0);
    const pPrev = i === 0 ? size : (guess[i - 1] ?? 0);
    if (g !== p || gPrev !== pPrev) {
      transitions.add(gPrev * size + g, 1, step);
      transitions.add(pPrev * size + p, -1, step);
    }
  }
  return errors;
}

/**
 * The model: features whose weights all stay under `threshold` dropped, the rest stored most frequent first, so
 * that the rows a tagger reads most often sit together in memory (and in the CPU cache).
 */
function pruned(
  index: Map<string, number>,
  frequency: Int32Array,
  weights: Float64Array,
  transitions: Float64Array,
  threshold: number,
  clusters: WordClusters | null,
  info: NerModel['info'],
): NerModel {
  const size = LABELS.length;
  const kept: [string, number][] = [];
  for (const [name, row] of index) {
    let max = 0;
    for (let y = 0; y < size; y++) max = Math.max(max, Math.abs(weights[row * size + y] ?? 0));
    if (max >= threshold) kept.push([name, row]);
  }
  kept.sort((a, b) => frequency[b[1]]! - frequency[a[1]]! || a[1] - b[1]);
  const features = new Map(kept.map(([name], newRow) => [name, newRow]));
  const table = new Float32Array(kept.length * size);
  kept.forEach(([, row], newRow) => table.set(weights.subarray(row * size, (row + 1) * size), newRow * size));
  return { labels: LABELS, features, weights: table, transitions: Float32Array.from(transitions), temperature: 1, clusters, info };
}
