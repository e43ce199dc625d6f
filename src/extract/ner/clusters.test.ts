import { describe, it, expect } from 'vitest';
import { buildWordClusters, clustersOf } from './clusters.js';

// Cities follow في and precede أمس; people follow قال الرئيس and precede إن: two kinds of company.
const cities = ['بغداد', 'دمشق', 'القاهره', 'طرابلس', 'صنعاء', 'عمان'];
const people = ['هولاند', 'كاميرون', 'اوباما', 'بوتين', 'ميركل', 'روحاني'];
const documents = cities.flatMap((city, i) =>
  people.map((person, j) => (i + j) % 2 === 0 ? ['وقع', 'انفجار', 'في', city, 'امس', 'و', 'قال', 'الرييس', person, 'ان'] : ['قال', 'الرييس', person, 'في', city, 'امس']),
);

describe('buildWordClusters', () => {
  const clusters = buildWordClusters(documents, { minCount: 2, contexts: 20, dimensions: 16, sizes: [4, 2], seed: 3 });
  const of = (word: string, level = 0) => clustersOf(clusters, word)?.[level];

  it('puts words that keep the same company together, and apart from others', () => {
    expect(new Set(cities.map((w) => of(w))).size).toBe(1);
    expect(new Set(people.map((w) => of(w))).size).toBe(1);
    expect(of('بغداد')).not.toBe(of('هولاند'));
  });

  it('gives every word one cluster per level, the coarse level grouping the fine one', () => {
    expect(clusters.sizes).toEqual([4, 2]);
    const all = [...clusters.words.keys()].map((word) => Array.from(clustersOf(clusters, word) ?? []));
    for (const ids of all) {
      expect(ids).toHaveLength(2);
      expect(ids[0]).toBeLessThan(4);
      expect(ids[1]).toBeLessThan(2);
    }
    const fineToCoarse = new Map<number, number>();
    for (const [fine, coarse] of all) {
      expect(fineToCoarse.get(fine ?? -1) ?? coarse).toBe(coarse);
      fineToCoarse.set(fine ?? -1, coarse ?? -1);
    }
  });

  it('leaves out words seen too rarely, and is reproducible', () => {
    const rare = buildWordClusters([...documents, ['كلمه', 'نادره']], { minCount: 2, contexts: 20, dimensions: 16, sizes: [4, 2], seed: 3 });
    expect(rare.words.has('نادره')).toBe(false);
    expect([...rare.words]).toEqual([...clusters.words]);
    expect(rare.ids).toEqual(clusters.ids);
  });
});
