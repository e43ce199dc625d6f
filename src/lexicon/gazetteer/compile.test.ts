import { describe, expect, it } from 'vitest';
import { DataError } from '../../core/index.js';
import { compileGazetteer, type GazetteerSources } from './compile.js';
import { parsePlaceCues } from './cues.js';
import { parseCuratedList } from './curated.js';
import { gazetteerFrom } from './format.js';
import { WordFlag } from './gazetteer.js';
import type { GeoNamesRow } from './geonames.js';
import { testGazetteer } from './test-gazetteer.test-util.js';
import { Lexicon } from '../lexicon.js';

function row(geonameid: number, name: string, arabicNames: string[], cc: string, extra: Partial<GeoNamesRow> = {}): GeoNamesRow {
  return { geonameid, name, asciiName: name, arabicNames, latinNames: [], lat: 32, lon: 13, featureClass: 'P', featureCode: 'PPL', countryCode: cc, admin1Code: '01', population: 50_000, ...extra };
}

const NONE = { has: () => false };

function sources(curated = '', rows: GeoNamesRow[] = [], words: Partial<Pick<GazetteerSources, 'ordinaryWords' | 'commonWords'>> = {}): GazetteerSources {
  return {
    geonames: [
      row(2210247, 'Tripoli', ['طرابلس'], 'LY', { featureCode: 'PPLC', admin1Code: '77', lat: 32.88743, lon: 13.18733 }),
      row(2216645, 'Hun', ['هون'], 'LY', { admin1Code: '64', lat: 29.12684, lon: 15.94772 }),
      row(1, 'Ghost Town', [], 'LY', { population: 600 }),
      ...rows,
    ],
    countries: [
      { code: 'LY', en: 'Libya', ar: ['ليبيا'] },
      { code: 'BV', en: 'Bouvet Island', ar: ['جزيرة بوفيه'] },
    ],
    curated: parseCuratedList(curated, 'test.txt'),
    ordinaryWords: words.ordinaryWords ?? NONE,
    commonWords: words.commonWords ?? NONE,
    knownNames: NONE,
    givenNames: new Set(['هون', 'صلاح الدين']),
  };
}

function keysOf(curated = '', rows: GeoNamesRow[] = [], words = {}) {
  return compileGazetteer(sources(curated, rows, words));
}

function refs(compiled: ReturnType<typeof compileGazetteer>, key: string): string[] | undefined {
  return compiled.names.get(key)?.refs.map((r) => `${r.kind}:${compiled.places[r.place]?.id}`);
}

describe('compileGazetteer', () => {
  it('keeps GeoNames places with an Arabic name or of some size, under their Arabic and English names', () => {
    const c = keysOf();
    expect(refs(c, 'طرابلس')).toEqual(['place:gn:2210247']);
    expect(refs(c, 'tripoli')).toEqual(['latin:gn:2210247']);
    expect(c.places.some((p) => p.id === 'gn:1')).toBe(false);
  });

  it('gives one-word names of the Arabic-speaking world their article alias, not names abroad', () => {
    const c = keysOf('', [row(2, 'Nice', ['نيس'], 'FR'), row(3, 'Zawiya', ['الزاوية'], 'LY')]);
    expect(refs(c, 'الطرابلس')).toEqual(['alias:gn:2210247']);
    expect(refs(c, 'زاويه')).toEqual(['alias:gn:3']);
    expect(refs(c, 'النيس')).toBeUndefined();
  });

  it('reads a Persian or Urdu spelling as an alias', () => {
    const c = keysOf('', [row(4, 'Benghazi', ['بنغازی', 'بنغازي'], 'LY')]);
    expect(refs(c, 'بنغازي')).toEqual(['place:gn:4']);
    expect(c.places.find((p) => p.id === 'gn:4')?.nameAr).toBe('بنغازي');
  });

  it('stands a country at the median of its places, or where the curated layer puts it; a country with no place stays out', () => {
    const c = keysOf('ليبيا|دولة ليبيا  @ code=A.PCLI; cc=LY; gn=2215636; at=28,17');
    const libya = c.places.find((p) => p.id === 'cc:LY');
    expect(libya).toMatchObject({ lat: 28, lon: 17, geonameid: 2215636, featureCode: 'PCLI' });
    expect(refs(c, 'دوله ليبيا')).toEqual(['place:cc:LY']);
    expect(c.places.some((p) => p.id === 'cc:BV')).toBe(false);
    expect(keysOf().places.find((p) => p.id === 'cc:LY')?.lat).toBe(32);
  });

  it('generates the nationality adjectives of every country name, unless a curated line removes a form', () => {
    expect(refs(keysOf(), 'الليبيه')).toEqual(['adjective:cc:LY']);
    expect(refs(keysOf('!ليبيون'), 'ليبيون')).toBeUndefined();
    expect(refs(keysOf('!ليبيون'), 'الليبيون')).toEqual(['adjective:cc:LY']);
    expect(refs(keysOf('!ليبي'), 'الليبيون')).toBeUndefined(); // removing the base removes every form
  });

  it('reads curated adjectives, which may point at a curated region defined in a later file', () => {
    const c = keysOf('مغاربي  @ of=cur:maghreb\nالمغرب العربي  @ en=Maghreb; code=L.RGN; at=31,3');
    expect(refs(c, 'المغاربيه')).toEqual(['adjective:cur:maghreb']);
  });

  it('places a facility at its town (near), with the town’s first-level division', () => {
    const c = keysOf('قاعدة الجفرة  @ en=Al Jufra Air Base; cc=LY; code=S.AIRB; near=2216645');
    expect(c.places.find((p) => p.id === 'cur:al-jufra-air-base')).toMatchObject({ lat: 29.12684, lon: 15.94772, admin1: 'LY.64', near: true, featureClass: 'S' });
  });

  it('gives a place at its own point the division of the nearest town of its country', () => {
    const c = keysOf('مطار معيتيقة  @ en=Mitiga; cc=LY; code=S.AIRP; at=32.89,13.27');
    expect(c.places.find((p) => p.id === 'cur:mitiga')).toMatchObject({ admin1: 'LY.77', near: false });
  });

  it('gives a province the first-level code of its seat', () => {
    const c = keysOf('شعبية طرابلس  @ en=Tripoli District; cc=LY; code=A.ADM1; capital=2210247');
    expect(c.places.find((p) => p.id === 'cur:tripoli-district')).toMatchObject({ admin1: 'LY.77', featureCode: 'ADM1' });
  });

  it('adds curated names to a GeoNames place, whose Arabic name the line then gives', () => {
    const c = keysOf('ترهونة  @ gn=5', [row(5, 'Tarhuna', [], 'LY', { population: 210_697 })]);
    expect(refs(c, 'ترهونه')).toEqual(['place:gn:5']);
    expect(c.places.find((p) => p.id === 'gn:5')?.nameAr).toBe('ترهونة');
  });

  it('a !name line removes what earlier layers added', () => {
    expect(refs(keysOf('!هون'), 'هون')).toBeUndefined();
  });

  it('flags ordinary words; a common word only when it is not an adjective (the lexicon lists nationality adjectives)', () => {
    const words = {
      ordinaryWords: new Set(['هون']),
      commonWords: new Set(['ليبي', 'طرابلس']),
    };
    const c = keysOf('', [], words);
    expect(c.names.get('هون')?.ordinary).toBe(true);
    expect(c.names.get('طرابلس')?.ordinary).toBe(true);
    expect(c.names.get('ليبي')?.ordinary).toBe(false);
  });

  it('a one-word name that is a personal name is ordinary, a name of several words is not', () => {
    const c = keysOf('شعبية صلاح الدين|صلاح الدين  @ en=Salah ad Din; cc=LY; code=A.ADM1; capital=2210247');
    expect(c.names.get('هون')?.ordinary).toBe(true);
    expect(c.names.get('صلاح الدين')?.ordinary).toBe(false);
  });

  it('an article before a common word is still a common word (البلاد)', () => {
    const c = keysOf('', [row(6, 'Al Bilad', ['البلاد'], 'YE')], { commonWords: new Set(['بلاد']) });
    expect(c.names.get('البلاد')?.ordinary).toBe(true);
  });

  it('drops an ordinary word that names only a small place abroad', () => {
    const c = keysOf('', [row(7, 'Kan', ['كان'], 'CN', { population: 0 }), row(8, 'Al Bab', ['الباب'], 'SY', { featureCode: 'PPLA2' })], {
      ordinaryWords: new Set(['كان', 'الباب']),
    });
    expect(c.names.has('كان')).toBe(false);
    expect(refs(c, 'الباب')).toEqual(['place:gn:8']);
  });

  it('keeps an ordinary word that names a town abroad: «بلدة X» may read it', () => {
    const c = keysOf('', [row(9, 'Suruc', ['سروج'], 'TR', { population: 46_694 })], { ordinaryWords: new Set(['سروج']) });
    expect(refs(c, 'سروج')).toEqual(['place:gn:9']);
    expect(c.names.get('سروج')?.ordinary).toBe(true);
  });

  it('folds a final hamza after alef, and flags the key ordinary when either spelling is an ordinary word', () => {
    const c = keysOf('', [row(10, 'Duba', ['ضباء'], 'SA', { population: 22_000 }), row(11, 'Dima', ['دما'], 'SY', { population: 30_000 })], {
      commonWords: new Set(['دماء']),
    });
    expect(refs(c, 'ضبا')).toEqual(['place:gn:10']);
    expect(c.names.get('دما')?.ordinary).toBe(true);
  });

  it.each([
    ['a GeoNames id not in cities500', 'سرت  @ gn=999'],
    ['a new place without coordinates', 'مطار  @ en=Airport; cc=LY; code=S.AIRP'],
    ['a new place without a feature code', 'مطار  @ en=Airport; cc=LY; at=32,13'],
    ['a feature code without its class', 'مطار  @ en=Airport; cc=LY; code=AIRP; at=32,13'],
    ['a place in one country without its code', 'مطار  @ en=Airport; code=S.AIRP; at=32,13'],
    ['coordinates out of range', 'مطار  @ en=Airport; cc=LY; code=S.AIRP; at=132,13'],
    ['two places with one id', 'أ  @ en=X; cc=LY; code=S.AIRP; at=32,13\nب  @ en=X; cc=LY; code=S.AIRP; at=32,13'],
    ['an adjective of an unknown country', 'كذا  @ of=ZZ'],
  ])('rejects %s, naming the file and line', (_why, curated) => {
    expect(() => keysOf(curated)).toThrow(DataError);
    expect(() => keysOf(curated)).toThrow(/test\.txt:\d/);
  });
});

describe('Gazetteer (through the index encoding)', () => {
  const g = testGazetteer();

  it('looks names up with their readings and flags', () => {
    expect(g.lookup('طرابلس')?.refs.map((r) => r.place.countryCode).sort()).toEqual(['LB', 'LY']);
    expect(g.probe('طرابلس') & WordFlag.name).toBeTruthy();
    expect(g.probe('قاعده') & WordFlag.prefix).toBeTruthy();
    expect(g.probe('مدينه') & WordFlag.cue).toBeTruthy();
    expect(g.probe('لاشيء')).toBe(0);
    expect(g.maxWords).toBeGreaterThanOrEqual(3);
  });

  it('finds English names in the index made on first use', () => {
    expect(g.lookup('tripoli')?.refs.map((r) => r.kind)).toEqual(['latin', 'latin']);
  });

  it('knows countries and first-level divisions', () => {
    expect(g.country('LY')?.nameAr).toBe('ليبيا');
    expect(g.region('LY.72')?.nameEn).toBe('Misrata District');
  });

  it('reads an index made elsewhere: the same places come back', () => {
    const compiled = compileGazetteer(sources('قاعدة الجفرة  @ en=Al Jufra Air Base; cc=LY; code=S.AIRB; near=2216645'));
    const again = gazetteerFrom(compiled, { cues: parsePlaceCues('[at]\nفي', 'cues.txt'), words: new Lexicon([]) });
    expect(again.lookup('قاعده الجفره')?.refs[0]?.place).toEqual(compiled.places.find((p) => p.id === 'cur:al-jufra-air-base'));
  });
});
