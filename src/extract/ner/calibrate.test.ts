import { describe, it, expect } from 'vitest';
import { fitTemperature } from './calibrate.js';
import { PerceptronTagger } from './tagger.js';
import { trainNer } from './train.js';
import { resources, sentence, training } from './small-world.test-util.js';

describe('fitTemperature', () => {
  const model = trainNer(training, { resources, epochs: 8, seed: 7 });
  // New names in the small world's contexts: the model finds them all.
  const unseen = [
    sentence('قال الرئيس عمر/B-PERS البشير/I-PERS في مدينة الخرطوم/B-LOC إن الوضع صعب .'),
    sentence('أعلنت شركة/B-ORG بوينغ/I-ORG في جدة/B-LOC عن اتفاق جديد .'),
  ];

  it('keeps the raw scores when every entity is right', () => {
    const tagger = new PerceptronTagger(model, resources);
    for (const s of unseen) expect(tagger.tag(s.tokens)).toEqual(s.tags);
    expect(fitTemperature(model, unseen, resources)).toBe(1);
  });

  it('softens the confidences when the entities found are wrong', () => {
    const noEntities = unseen.map((s) => ({ tokens: s.tokens, tags: s.tags.map(() => 'O') }));
    const temperature = fitTemperature(model, noEntities, resources);
    expect(temperature).toBeGreaterThan(1);
    const softened = new PerceptronTagger({ ...model, temperature }, resources).entities(unseen[0]?.tokens ?? []);
    const raw = new PerceptronTagger(model, resources).entities(unseen[0]?.tokens ?? []);
    expect(softened[0]?.confidence).toBeLessThan(raw[0]?.confidence ?? 0);
  });
});
