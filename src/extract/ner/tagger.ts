import { ENTITY_TYPES, chunksOf, parseTag, type Chunk, type EntityType, type ParsedTag } from './iob.js';
import { Marginals, expTransitions, viterbi, type Chain } from './decode.js';
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

/**
 * Sums the weight rows of each token's features: the score of each of the nine labels (O, B-/I- × 4 types;
 * parseModel accepts no other label set) at every token. The hot loop of tagging and training, written out for
 * nine labels: nine running sums held in registers run 2–3× faster than a loop over a scores array. Indices are
 * in range by construction, so `!` costs nothing and checks nothing.
 */
export function emissionScores(weights: Float32Array, sentence: EncodedSentence): Float64Array {
  const scores = new Float64Array(sentence.length * 9);
  const { offsets, ids } = sentence;
  for (let i = 0; i < sentence.length; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const row = ids[k]! * 9;
      s0 += weights[row]!;
      s1 += weights[row + 1]!;
      s2 += weights[row + 2]!;
      s3 += weights[row + 3]!;
      s4 += weights[row + 4]!;
      s5 += weights[row + 5]!;
      s6 += weights[row + 6]!;
      s7 += weights[row + 7]!;
      s8 += weights[row + 8]!;
    }
    const at = i * 9;
    scores[at] = s0;
    scores[at + 1] = s1;
    scores[at + 2] = s2;
    scores[at + 3] = s3;
    scores[at + 4] = s4;
    scores[at + 5] = s5;
    scores[at + 6] = s6;
    scores[at + 7] = s7;
    scores[at + 8] = s8;
  }
  return scores;
}

/** The trained linear-chain model at work: features → label scores → best IOB2 sequence (Viterbi). */
export class PerceptronTagger implements EntityTagger {
  private readonly encoder: FeatureEncoder;
  private readonly chain: Chain;
  private readonly expTransitions: Float64Array;
  /** The model's labels parsed once, and each type's B- and I- label. */
  private readonly parsed: ParsedTag[];
  private readonly labelsOf: Record<EntityType, [number, number]>;

  constructor(
    private readonly model: NerModel,
    resources: FeatureResources,
  ) {
    this.encoder = new FeatureEncoder(resources, (feature) => model.features.get(feature) ?? -1, model.clusters);
    this.chain = chainOf(model);
    this.expTransitions = expTransitions(this.chain, model.temperature);
    this.parsed = model.labels.map((label) => parseTag(label) ?? { prefix: 'O' });
    this.labelsOf = Object.fromEntries(
      ENTITY_TYPES.map((type) => [type, [model.labels.indexOf(`B-${type}`), model.labels.indexOf(`I-${type}`)]]),
    ) as Record<EntityType, [number, number]>;
  }

  tag(tokens: readonly string[]): string[] {
    const { path } = this.decode(tokens);
    return Array.from(path, (y) => this.model.labels[y] ?? 'O');
  }

  entities(tokens: readonly string[]): ScoredChunk[] {
    const { path, scores } = this.decode(tokens);
    const found = chunksOf(Array.from(path, (y) => this.parsed[y]!));
    if (found.length === 0) return [];
    const marginals = new Marginals(this.model.labels.length, this.expTransitions, scores, tokens.length, this.model.temperature);
    return found.map((chunk) => {
      const [first, inside] = this.labelsOf[chunk.type];
      return { ...chunk, confidence: marginals.span(chunk.start, chunk.end, first, inside) };
    });
  }

  private decode(tokens: readonly string[]): { path: Int32Array; scores: Float64Array } {
    const scores = this.encoder.scores(tokens, this.model.weights);
    return { path: viterbi(this.chain, scores, tokens.length), scores };
  }
}
