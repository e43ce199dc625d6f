import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlaceMention } from '../../src/core/index.js';
import type { GoldDocument } from '../documents/index.js';
import { evaluatePlaces, formatPlacesScore, goldToponyms, scorePlaces, type GoldToponymInput } from './index.js';

const TEXT = 'قصفت طائرات حربية مواقع في درنة وبنغازي، وقالت موسكو إنها قلقة من الوضع في ليبيا قرب مطار معيتيقة.';
const document: GoldDocument = { id: 'd1', text: TEXT, publishedAt: null, where: 'gold.jsonl:1' };
const GOLD: GoldToponymInput[] = [
  { surface: 'درنة', lat: 32.767, lon: 22.637, tolerance_km: 3, country: 'LY' },
  { surface: 'بنغازي', lat: 32.1167, lon: 20.0667, country: 'LY', geonameid: 88319 },
  { surface: 'موسكو', not_place: true },
  { surface: 'ليبيا', country: 'LY' },
  { surface: 'مطار معيتيقة', lat: 32.894, lon: 13.276, tolerance_km: 2, country: 'LY' },
];

function place(surface: string, reading: Partial<PlaceMention> = {}): PlaceMention {
  const start = TEXT.indexOf(surface);
  return {
    start,
    end: start + surface.length,
    surface,
    kind: 'place',
    id: null,
    nameAr: null,
    nameEn: 'x',
    geonameid: null,
    countryCode: 'LY',
    admin1: null,
    admin1Name: null,
    lat: null,
    lon: null,
    featureClass: null,
    featureCode: null,
    precision: 'exact',
    confidence: 1,
    cue: null,
    alternatives: [],
    ...reading,
  };
}

const gold = goldToponyms(document, GOLD);

describe('goldToponyms', () => {
  it('places each annotation at its spans, the name inside a longer one left to it', () => {
    expect(gold.map((g) => [g.surface, g.role, g.isCountry])).toEqual([
      ['درنة', 'place', false],
      ['بنغازي', 'place', false],
      ['موسكو', 'not_place', false],
      ['ليبيا', 'place', true],
      ['مطار معيتيقة', 'place', false],
    ]);
    const withTown = goldToponyms(document, [...GOLD, { surface: 'معيتيقة', lat: 32.89, lon: 13.27, country: 'LY' }]);
    expect(withTown).toHaveLength(5);
  });

  it('names a span annotated twice', () => {
    expect(() => goldToponyms(document, [GOLD[0]!, { surface: 'درنة', country: 'LY' }])).toThrow(/gold.jsonl:1: field toponyms.1: «درنة» at \d+ is annotated twice/);
  });
});

describe('scorePlaces', () => {
  it('scores a perfect geoparser as perfect', () => {
    const predicted = [
      place('درنة', { lat: 32.75, lon: 22.64 }),
      place('بنغازي', { geonameid: 88319, lat: 32.2, lon: 20.1 }),
      place('موسكو', { kind: 'metonym', countryCode: 'RU' }),
      place('ليبيا', { precision: 'country', lat: 27, lon: 17 }),
      place('مطار معيتيقة', { lat: 32.9, lon: 13.28 }),
    ];
    const score = scorePlaces([{ id: 'd1', gold, predicted }]);
    expect(score).toMatchObject({ gold: 4, found: 4, recall: 1, precision: 1, exact: 1, within25: 1, within161: 1, countryAccuracy: 1, falsePlaces: 0 });
    expect(score.medianErrorKm).toBe(0);
  });

  it('scores a wrong geoparser low: misses, a metonym as a place, a town for a country, a namesake far away', () => {
    const predicted = [
      place('بنغازي', { lat: 32.1167, lon: 20.0667 + 1.5 }), // about 140 km east
      place('موسكو', { countryCode: 'RU', lat: 55.75, lon: 37.62 }),
      place('ليبيا', { precision: 'exact', lat: 32.9, lon: 13.2 }),
      place('مطار معيتيقة', { countryCode: 'LB', lat: 34.43, lon: 35.84 }),
      place('الوضع'),
    ];
    const score = scorePlaces([{ id: 'd1', gold, predicted }]);
    expect(score).toMatchObject({ gold: 4, found: 3, predicted: 5, correct: 3, falsePlaces: 2, notPlaceAsPlace: 1 });
    expect(score.exact).toBe(0);
    expect(score.within25).toBe(0);
    expect(score.within161).toBeCloseTo(1 / 3);
    expect(score.countryAccuracy).toBeCloseTo(2 / 3);
    expect(score.byDocument[0]).toMatchObject({ missed: ['درنة'], falsePlaces: ['موسكو', 'الوضع'], onNotPlace: ['موسكو'] });
    const report = formatPlacesScore(score, true);
    expect(report).toContain('recognition  recall       75.0% (3 of 4)');
    expect(report).toContain('wrong: ليبيا → x (LY)');
  });

  it('lets an optional name count neither way, and an adjective is never a place', () => {
    const optional = goldToponyms(document, [{ surface: 'ليبيا', optional: true }]);
    const score = scorePlaces([{ id: 'd1', gold: optional, predicted: [place('ليبيا'), place('درنة', { kind: 'adjective' })] }]);
    expect(score).toMatchObject({ gold: 0, predicted: 0, falsePlaces: 0 });
  });

  it('accepts a country read as a region of itself, and a point within its tolerance', () => {
    const score = scorePlaces([
      { id: 'd1', gold, predicted: [place('ليبيا', { precision: 'region' }), place('درنة', { lat: 32.767 + 0.03, lon: 22.637 })] },
    ]);
    expect(score.exact).toBe(1);
  });
});

describe('evaluatePlaces', () => {
  it('runs a geoparser on every gold document with its publication date and scores it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-places-')), 'gold.jsonl');
    writeFileSync(path, `${JSON.stringify({ text: TEXT, published_at: '2015-07-21', toponyms: GOLD })}\n`);
    const seen: (string | null)[] = [];
    const score = await evaluatePlaces(path, new Map(), (_text, publishedAt) => {
      seen.push(publishedAt);
      return [place('درنة', { lat: 32.767, lon: 22.637 })];
    });
    expect(seen).toEqual(['2015-07-21']);
    expect(score).toMatchObject({ documents: 1, gold: 4, found: 1, exact: 1 });
  });
});
