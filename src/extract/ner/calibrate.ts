import type { FeatureResources } from './features.js';
import { chunks } from './iob.js';
import type { NerModel } from './model.js';
import { PerceptronTagger } from './tagger.js';
import type { TaggedSentence } from './train.js';

/** Temperatures tried, spaced roughly evenly on a log scale. */
const TEMPERATURES = [1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64];

/**
 * The temperature that makes the model's entity confidences honest on sentences it was not trained on: the one
 * with the lowest log loss between each entity's confidence and whether it is right (same tokens, same type).
 * The perceptron's raw scores are far too sure of themselves (nearly every entity ≥ 0.99 at temperature 1).
 * The entities found do not depend on the temperature, only their confidences do.
 */
export function fitTemperature(model: NerModel, sentences: readonly TaggedSentence[], resources: FeatureResources): number {
  const gold = sentences.map((sentence) => chunks(sentence.tags));
  let best = { temperature: 1, loss: Infinity };
  for (const temperature of TEMPERATURES) {
    const tagger = new PerceptronTagger({ ...model, temperature }, resources);
    let loss = 0;
    sentences.forEach((sentence, i) => {
      for (const entity of tagger.entities(sentence.tokens)) {
        const right = gold[i]!.some((g) => g.start === entity.start && g.end === entity.end && g.type === entity.type);
        const p = Math.min(1 - 1e-6, Math.max(1e-6, entity.confidence));
        loss -= Math.log(right ? p : 1 - p);
      }
    });
    if (loss < best.loss) best = { temperature, loss };
  }
  return best.temperature;
}
