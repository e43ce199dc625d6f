import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedPaths, geonamesPath, readGeoNames } from './build.js';
import { loadGazetteer } from './load.js';
import type { Place } from './types.js';

/**
 * The project's own gazetteer data (data/gazetteer) compiled with GeoNames cities500: checks of the facts the
 * curated layer states. Skipped when the GeoNames package is not installed.
 */
const available = existsSync(geonamesPath());

describe.skipIf(!available)('the curated gazetteer', () => {
  const gazetteer = available ? loadGazetteer() : undefined;
  const places: Place[] = [];
  for (let i = 0; gazetteer && i < gazetteer.placeCount; i++) places.push(gazetteer.place(i));
  const curated = places.filter((p) => p.layer === 'curated');

  it('names at least 300 facilities, districts and towns of Libya, Syria, Iraq, Yemen, Sudan and Egypt', () => {
    const local = curated.filter((p) => ['LY', 'SY', 'IQ', 'YE', 'SD', 'EG'].includes(p.countryCode ?? '') && (p.featureClass === 'S' || p.featureClass === 'P'));
    expect(local.length).toBeGreaterThanOrEqual(300);
    for (const cc of ['LY', 'SY', 'IQ', 'YE', 'SD', 'EG']) expect(local.filter((p) => p.countryCode === cc).length, cc).toBeGreaterThanOrEqual(25);
  });

  it('puts every curated place inside its country (within the extent of the country’s GeoNames places)', () => {
    const extent = new Map<string, { s: number; n: number; w: number; e: number }>();
    for (const row of readGeoNames()) {
      const x = extent.get(row.countryCode) ?? { s: 90, n: -90, w: 180, e: -180 };
      extent.set(row.countryCode, { s: Math.min(x.s, row.lat), n: Math.max(x.n, row.lat), w: Math.min(x.w, row.lon), e: Math.max(x.e, row.lon) });
    }
    const MARGIN = 3; // degrees: deserts and border posts lie beyond the outermost town
    const outside = curated
      .filter((p) => p.countryCode !== null && extent.has(p.countryCode))
      .filter((p) => {
        const x = extent.get(p.countryCode as string) as { s: number; n: number; w: number; e: number };
        return p.lat < x.s - MARGIN || p.lat > x.n + MARGIN || p.lon < x.w - MARGIN || p.lon > x.e + MARGIN;
      })
      .map((p) => `${p.id} ${p.countryCode} ${p.lat},${p.lon}`);
    expect(outside).toEqual([]);
  });

  it('says where every coordinate comes from: a GeoNames id (near=, capital=, gn=) or a # comment', () => {
    const unsourced = curatedPaths()
      .flatMap((path) => readFileSync(path, 'utf8').split('\n').map((line, i) => ({ path, line, n: i + 1 })))
      .filter(({ line }) => /\bat=/.test(line) && !line.trimStart().startsWith('@') && !line.includes('#'))
      .map(({ path, n }) => `${path}:${n}`);
    expect(unsourced).toEqual([]);
  });

  it('knows the first-level divisions of the six countries by name', () => {
    const regions = places.filter((p) => p.featureCode === 'ADM1' && p.layer === 'curated');
    const count = (cc: string) => regions.filter((p) => p.countryCode === cc).length;
    expect([count('LY'), count('SY'), count('IQ'), count('YE'), count('SD'), count('EG')]).toEqual([22, 14, 19, 22, 18, 27]);
    expect(gazetteer?.region('LY.72')?.nameAr).toBe('شعبية مصراتة');
  });
});
