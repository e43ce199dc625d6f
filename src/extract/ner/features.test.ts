import { describe, it, expect } from 'vitest';
import { FeatureEncoder, wordFeatures, type WordInfo } from './features.js';
import { loadNerModel } from './load.js';
import { emissionScores } from './tagger.js';
import { defaultNerResources } from './resources.js';

const resources = defaultNerResources();
const own = (word: string) => wordFeatures(resources.describe(word))[2] ?? [];

describe('describe', () => {
  it.each<[string, Partial<WordInfo>]>([
    ['والتركي', { norm: 'والتركي', kind: 'word', article: true }],
    ['بالقاهرة', { norm: 'بالقاهره', kind: 'word', article: true }],
    ['أنقرة', { norm: 'انقره', kind: 'word', stem: 'انقره', article: false }],
    ['وزير', { norm: 'وزير', stem: 'وزير', article: false, variants: [] }],
    ['٢٠١٥', { norm: '2015', kind: 'number' }],
    ['BMW', { norm: 'bmw', kind: 'latin' }],
    ['،', { norm: ',', kind: 'punct' }],
  ])('%s', (word, expected) => {
    expect(resources.describe(word)).toMatchObject(expected);
  });

  it.each([
    ['والتركي', 'و'],
    ['بالقاهرة', 'ب'],
    ['وقال', 'و'],
  ])('cuts the clitics off %s', (word, clitic) => {
    const { norm, stem } = resources.describe(word);
    expect(norm.startsWith(clitic) && !stem.startsWith(clitic)).toBe(true);
    expect(norm.endsWith(stem)).toBe(true);
  });

  it('offers the stems a word list may hold (للأمم → الامم)', () => {
    expect(resources.describe('للأمم').variants).toContain('الامم');
  });
});

describe('wordFeatures', () => {
  it.each([
    ['the normalized word and its stem', 'وقال', ['0|w=وقال', '0|st=قال']],
    ['the article', 'بالقاهرة', ['0|al']],
    ['prefixes and suffixes of the normalized form', 'أنقرة', ['0|p1=ا', '0|p3=انق', '0|s1=ه', '0|s3=قره']],
    ['a nisba ending on the stem', 'والتركي', ['0|nisba=ي']],
    ['a plural nisba', 'الفلسطينيين', ['0|nisba=يين']],
    ['a feminine nisba (ة normalized to ه)', 'فلسطينية', ['0|nisba=يه']],
    ['the length', 'وزير', ['0|len=4']],
    ['a year', '2002', ['0|k=number', '0|year']],
    ['a capitalized Latin word', 'BMW', ['0|k=latin', '0|cap']],
  ])('has %s', (_name, word, expected) => {
    expect(own(word)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['no nisba on a short word', 'في', '0|nisba=ي'],
    ['no affixes on punctuation', '،', '0|p1=,'],
    ['no article on a short word that only starts like one', 'ألف', '0|al'],
  ])('has %s', (_name, word, unexpected) => {
    expect(own(word)).not.toContain(unexpected);
  });

  it('gives neighbours fewer features, under their offset', () => {
    const slots = wordFeatures(resources.describe('الرئيس'));
    expect(slots.map((features) => features[0])).toEqual(['-2|w=الرييس', '-1|w=الرييس', '0|w=الرييس', '+1|w=الرييس', '+2|w=الرييس']);
    expect(slots[1]?.length).toBeLessThan(slots[2]?.length ?? 0);
    expect(slots[0]?.length).toBeLessThanOrEqual(slots[1]?.length ?? 0);
  });
});

describe('FeatureEncoder.scores', () => {
  it('gives the scores of the feature ids, from cached per-word sums', () => {
    const model = loadNerModel();
    const encoder = new FeatureEncoder(resources, (feature) => model.features.get(feature) ?? -1, model.clusters);
    const tokens = 'وقال وزير الخارجية الأمريكي جون كيري في مؤتمر صحفي بالقاهرة إن الأمم المتحدة ستعقد اجتماعا .'.split(' ');
    const expected = emissionScores(model.weights, encoder.encode(tokens));
    for (const pass of [1, 2]) {
      const scores = encoder.scores(tokens, model.weights);
      expect(scores.length, `pass ${pass}`).toBe(expected.length);
      scores.forEach((score, k) => expect(score).toBeCloseTo(expected[k] ?? NaN, 3));
    }
  });
});
