import { describe, it, expect } from 'vitest';
import { normalizeWord } from '../../text/index.js';
import { chunks } from './iob.js';
import { parseModel, serializeModel } from './model.js';
import { PerceptronTagger } from './tagger.js';
import { trainNer } from './train.js';
import { places, resources, training } from './small-world.test-util.js';

describe('trainNer', () => {
  const model = trainNer(training, { resources, epochs: 8, seed: 7, data: 'test sentences' });
  const tagger = new PerceptronTagger(model, resources);

  it('learns the training sentences', () => {
    expect(training).toHaveLength(40);
    for (const s of training) expect(tagger.tag(s.tokens)).toEqual(s.tags);
  });

  it.each([
    ['a person after a title, a place after مدينة', 'قال الرئيس عمر البشير في مدينة الخرطوم إن', [['عمر البشير', 'PERS'], ['الخرطوم', 'LOC']]],
    ['a company after شركة', 'أعلنت شركة بوينغ في القاهرة عن', [['شركة بوينغ', 'ORG'], ['القاهرة', 'LOC']]],
  ])('generalizes to unseen names: %s', (_name, text, expected) => {
    const tokens = text.split(' ');
    const found = chunks(tagger.tag(tokens)).map((c) => [tokens.slice(c.start, c.end).join(' '), c.type]);
    expect(found).toEqual(expected);
  });

  it('gives the same model for the same data and seed', () => {
    const again = trainNer(training, { resources, epochs: 8, seed: 7, data: 'test sentences' });
    expect(serializeModel(again)).toBe(serializeModel(model));
  });

  it('records how it was trained', () => {
    expect(model.info).toMatchObject({ sentences: training.length, epochs: 8, shuffles: 1, seed: 7, data: 'test sentences', heldOutPercent: 0 });
  });

  it('averages several differently shuffled runs into one model that still fits the data', () => {
    const epochs: string[] = [];
    const averaged = trainNer(training, { resources, epochs: 8, seed: 7, shuffles: 3, onEpoch: (r) => epochs.push(`${r.run}.${r.epoch}`) });
    expect(epochs).toHaveLength(24);
    expect(epochs.slice(7, 10)).toEqual(['1.8', '2.1', '2.2']);
    expect(averaged.info.shuffles).toBe(3);
    expect(serializeModel(averaged)).not.toBe(serializeModel(model));
    const fitted = new PerceptronTagger(averaged, resources);
    for (const s of training) expect(fitted.tag(s.tokens)).toEqual(s.tags);
  });

  it('tags the same after a save and load', () => {
    const loaded = new PerceptronTagger(parseModel(serializeModel(model), 'memory'), resources);
    const tokens = 'قال الرئيس عمر البشير في مدينة الخرطوم إن'.split(' ');
    expect(loaded.tag(tokens)).toEqual(tagger.tag(tokens));
  });

  it('gives confidences between 0 and 1, higher for an entity seen in training', () => {
    const seen = tagger.entities('قال الرئيس محمد عباس في مدينة حلب إن'.split(' '));
    const unseen = tagger.entities('قال الرئيس عمر البشير في مدينة الخرطوم إن'.split(' '));
    expect(seen.map((e) => e.type)).toEqual(['PERS', 'LOC']);
    expect(unseen.map((e) => e.type)).toEqual(['PERS', 'LOC']);
    for (const e of [...seen, ...unseen]) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    expect(seen[1]?.confidence).toBeGreaterThan(unseen[1]?.confidence ?? 1);
  });

  it('carries its word clusters through a save and load, and uses them', () => {
    const words = [...places, 'الخرطوم'].map((place) => normalizeWord(place));
    const clusters = { sizes: [8, 2], words: new Map(words.map((word, row) => [word, row])), ids: Int32Array.from(words.flatMap(() => [3, 1])) };
    const clustered = trainNer(training, { resources, clusters, epochs: 8, seed: 7 });
    const loaded = parseModel(serializeModel(clustered), 'memory');
    expect(loaded.clusters?.sizes).toEqual([8, 2]);
    expect([...(loaded.clusters?.words ?? [])]).toEqual([...clusters.words]);
    expect(loaded.clusters?.ids).toEqual(clusters.ids);
    expect([...loaded.features.keys()]).toContain('0|c8=3');
  });

  it('refuses a sentence whose tags do not match its tokens', () => {
    expect(() => trainNer([{ tokens: ['في', 'بغداد'], tags: ['O'] }], { resources })).toThrow(/2 tokens but 1 tags/);
  });
});
