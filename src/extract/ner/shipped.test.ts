import { statSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { loadDefaultLexicon } from '../../lexicon/index.js';
import { analyzeText } from '../../text/index.js';
import { tagEntities } from './entities.js';
import { defaultModelPath, loadNerModel } from './load.js';
import { defaultNerResources } from './resources.js';
import { PerceptronTagger } from './tagger.js';

describe('the shipped model', () => {
  it('is small and loads fast', () => {
    expect(statSync(defaultModelPath()).size).toBeLessThan(5 * 1024 * 1024);
    const started = performance.now();
    const model = loadNerModel(defaultModelPath());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(model.features.size).toBeGreaterThan(1000);
  });

  const tagger = new PerceptronTagger(loadNerModel(), defaultNerResources());
  const entities = (text: string) =>
    tagEntities(analyzeText(text, loadDefaultLexicon()).tokens, tagger).map((e) => [text.slice(e.start, e.end), e.type]);

  it('finds a person, a place and an organisation, with spans into the original text', () => {
    const text = 'قال وزير الخارجية التركي مولود جاويش أوغلو في أنقرة إن الأمم المتحدة يجب أن تتحرك.';
    expect(entities(text)).toEqual([
      ['مولود جاويش أوغلو', 'PERS'],
      ['أنقرة', 'LOC'],
      ['الأمم المتحدة', 'ORG'],
    ]);
  });

  it.each([
    ['وأعلن الرئيس الفرنسي فرانسوا هولاند في باريس دعمه للخطة.', [['فرانسوا هولاند', 'PERS'], ['باريس', 'LOC']]],
    ['وصل وفد من الاتحاد الأوروبي إلى القاهرة أمس.', [['الاتحاد الأوروبي', 'ORG'], ['القاهرة', 'LOC']]],
  ])('tags %s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
