import { DataError } from '../../core/index.js';
import { LABELS, iob2Transitions } from './iob.js';
import type { Chain } from './decode.js';
import type { WordClusters } from './clusters.js';

export const MODEL_FORMAT = 'marsad-ner-perceptron';
export const MODEL_VERSION = 1;

/** How and on what a model was trained, kept in the model so that `eval` can say what it measures. */
export interface ModelInfo {
  trainedAt: string | null;
  sentences: number;
  tokens: number;
  epochs: number;
  /** How many differently shuffled perceptrons were averaged. */
  shuffles: number;
  seed: number;
  /** The training data, as a file name or other short description. */
  data: string;
  /** The share (%) of the data's tokens held out as its dev slice (see eval/ner splitAnercorp); 0 when trained on all of it. */
  heldOutPercent: number;
}

/** A linear-chain tagger: a weight for every (feature, label) and (previous label, label) pair. */
export interface NerModel {
  labels: readonly string[];
  /** Feature name → row of `weights`. */
  features: Map<string, number>;
  /** features.size × labels.length, row-major; 32-bit, so that the table a tagger walks stays small in the CPU cache. */
  weights: Float32Array;
  /** (labels + 1) × labels; the last row scores the first label of a sentence. */
  transitions: Float32Array;
  /** Divides scores before they are read as probabilities for confidences. */
  temperature: number;
  /** The word clusters the features were computed with, shipped with the weights that depend on them. */
  clusters: WordClusters | null;
  info: ModelInfo;
}

export function chainOf(model: NerModel): Chain {
  return { labels: model.labels.length, transitions: model.transitions, allowed: iob2Transitions(model.labels) };
}

/** The saved form: plain JSON with weights as integers on a common scale, which gzip packs small. */
interface SavedModel {
  format: typeof MODEL_FORMAT;
  version: number;
  labels: string[];
  temperature: number;
  info: ModelInfo;
  scale: number;
  features: string[];
  weights: number[];
  transitions: number[];
  /** Words and, word by word, their cluster at each level (words × sizes numbers). */
  clusters: { sizes: number[]; words: string[]; ids: number[] } | null;
}

const LEVELS = 32767;

function savedClusters(clusters: WordClusters): SavedModel['clusters'] {
  const words = new Array<string>(clusters.words.size);
  for (const [word, row] of clusters.words) words[row] = word;
  return { sizes: [...clusters.sizes], words, ids: Array.from(clusters.ids) };
}

/** Multiplies while copying: a plain loop, several times faster than Float32Array.from with a map function. */
function scaled(values: readonly number[], scale: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! * scale;
  return out;
}

export function serializeModel(model: NerModel): string {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  for (const w of model.transitions) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / LEVELS : 1;
  const features = new Array<string>(model.features.size);
  for (const [name, row] of model.features) features[row] = name;
  const saved: SavedModel = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    labels: [...model.labels],
    temperature: model.temperature,
    info: model.info,
    scale,
    features,
    weights: Array.from(model.weights, (w) => Math.round(w / scale)),
    transitions: Array.from(model.transitions, (w) => Math.round(w / scale)),
    clusters: model.clusters && savedClusters(model.clusters),
  };
  return JSON.stringify(saved);
}

/** Reads a saved model; `source` names it in errors. */
export function parseModel(json: string, source: string): NerModel {
  const fail = (what: string) =>
    new DataError(`${source} is not a usable NER model: ${what}`, 'Retrain it with `marsad train-ner`, or point --model at a file that command wrote.');
  let saved: SavedModel;
  try {
    saved = JSON.parse(json) as SavedModel;
  } catch (error) {
    throw new DataError(`${source} is not valid JSON`, 'The file is damaged; retrain it with `marsad train-ner`.', { cause: error });
  }
  if (saved?.format !== MODEL_FORMAT) throw fail(`expected format "${MODEL_FORMAT}"`);
  if (saved.version !== MODEL_VERSION) throw fail(`version ${saved.version}, this Marsad reads version ${MODEL_VERSION}`);
  if (saved.labels.join() !== LABELS.join()) throw fail(`labels ${saved.labels.join(' ')} differ from ${LABELS.join(' ')}`);
  const size = saved.labels.length;
  if (saved.weights.length !== saved.features.length * size) throw fail('the weight table does not match the feature list');
  if (saved.transitions.length !== (size + 1) * size) throw fail('the transition table has the wrong size');
  const features = new Map<string, number>();
  saved.features.forEach((name, row) => features.set(name, row));
  const levels = saved.clusters?.sizes.length ?? 0;
  if (saved.clusters && saved.clusters.ids.length !== saved.clusters.words.length * levels) throw fail('the cluster table does not match its words');
  return {
    labels: saved.labels,
    features,
    weights: scaled(saved.weights, saved.scale),
    transitions: scaled(saved.transitions, saved.scale),
    temperature: saved.temperature,
    clusters: saved.clusters
      ? { sizes: saved.clusters.sizes, words: new Map(saved.clusters.words.map((word, row) => [word, row])), ids: Int32Array.from(saved.clusters.ids) }
      : null,
    info: saved.info,
  };
}
