import { chunks, type Chunk } from './iob.js';
import { Marginals, viterbi, type Chain } from './decode.js';
import { FeatureEncoder, type EncodedSentence, type FeatureResources } from './features.js';
import { chainOf, type NerModel } from './model.js';

/** Anything that tags a sentence's tokens with one IOB2 tag each. */
export interface Tagger {
  tag(tokens: readonly string[]): string[];
}

export interface ScoredChunk extends Chunk {
  /** The model's probability that exactly this entity (same tokens, same type) is there, 0–1. */
  confidence: number;
}

/** A tagger that can also say how sure it is of each entity. */
export interface EntityTagger extends Tagger {
  entities(tokens: readonly string[]): ScoredChunk[];
}

/** Sums the weight rows of each token's features: the score of every label at every token. */
export function emissionScores(weights: Float32Array, labels: number, sentence: EncodedSentence): Float64Array {
  const scores = new Float64Array(sentence.length * labels);
  const { offsets, ids } = sentence;
  // The hot loop of tagging and training: indices are in range by construction, so `!` costs nothing and checks nothing.
  for (let i = 0, row = 0; i < sentence.length; i++, row += labels) {
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const base = ids[k]! * labels;
      for (let y = 0; y < labels; y++) scores[row + y] = scores[row + y]! + weights[base + y]!;
    }
  }
  return scores;
}

/** The trained linear-chain model at work: features → label scores → best IOB2 sequence (Viterbi). */
export class PerceptronTagger implements EntityTagger {
  private readonly encoder: FeatureEncoder;
  private readonly chain: Chain;

  constructor(
    private readonly model: NerModel,
    resources: FeatureResources,
  ) {
    this.encoder = new FeatureEncoder(resources, (feature) => model.features.get(feature) ?? -1, model.clusters);
    this.chain = chainOf(model);
  }

  tag(tokens: readonly string[]): string[] {
    const { path } = this.decode(tokens);
    return Array.from(path, (y) => this.model.labels[y] ?? 'O');
  }

  entities(tokens: readonly string[]): ScoredChunk[] {
    const { path, scores } = this.decode(tokens);
    const tags = Array.from(path, (y) => this.model.labels[y] ?? 'O');
    const found = chunks(tags);
    if (found.length === 0) return [];
    const marginals = new Marginals(this.chain, scores, tokens.length, this.model.temperature);
    return found.map((chunk) => {
      const first = this.model.labels.indexOf(`B-${chunk.type}`);
      const inside = this.model.labels.indexOf(`I-${chunk.type}`);
      return { ...chunk, confidence: marginals.span(chunk.start, chunk.end, first, inside) };
    });
  }

  private decode(tokens: readonly string[]): { path: Int32Array; scores: Float64Array } {
    const encoded = this.encoder.encode(tokens);
    const scores = emissionScores(this.model.weights, this.model.labels.length, encoded);
    return { path: viterbi(this.chain, scores, encoded.length), scores };
  }
}
