import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../core/index.js';
import { loadDefaultLexicon } from '../lexicon/index.js';
import { loadGazetteer } from '../lexicon/gazetteer/index.js';
import { geonamesPath } from '../lexicon/gazetteer/build.js';
import { analyzeText } from '../text/index.js';
import { documentFocus, extractPlaces } from './places.js';

/**
 * The geoparser with the gazetteer Marsad ships (GeoNames cities500, the ISO country names, data/gazetteer) and
 * the project's lexicon, on news sentences: the acceptance cases of issue #4. Skipped without the GeoNames package.
 */
const available = existsSync(geonamesPath());

function places(text: string): PlaceMention[] {
  const lexicon = loadDefaultLexicon();
  return extractPlaces(analyzeText(text, lexicon).tokens, text, loadGazetteer());
}

function km(a: { lat: number | null; lon: number | null }, lat: number, lon: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat - (a.lat ?? 0)) * rad) / 2) ** 2 + Math.cos((a.lat ?? 0) * rad) * Math.cos(lat * rad) * Math.sin(((lon - (a.lon ?? 0)) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const LIBYA =
  'اندلعت اشتباكات عنيفة في طرابلس امتدت إلى ضواحي مصراتة، فيما أعلنت السلطات في بنغازي وسبها حالة الطوارئ. ' +
  'وهبطت طائرة شحن عسكرية في قاعدة الجفرة الجوية، بينما أغلق مطار معيتيقة أمام الرحلات المدنية.';

describe.skipIf(!available)('extractPlaces with the shipped gazetteer', () => {
  it.each([
    ['طرابلس', 32.8874, 13.1873, 'LY'],
    ['بنغازي', 32.1149, 20.0686, 'LY'],
    ['مصراتة', 32.3754, 15.0925, 'LY'],
    ['سبها', 27.0377, 14.4283, 'LY'],
    ['قاعدة الجفرة الجوية', 29.1979, 15.9993, 'LY'], // the air base between Hun and Waddan
    ['مطار معيتيقة', 32.8942, 13.276, 'LY'],
  ])('an article about Libya: %s within 25 km of (%f, %f)', (surface, lat, lon, cc) => {
    const m = places(LIBYA).find((p) => p.surface === surface);
    expect(m?.countryCode).toBe(cc);
    expect(km(m as PlaceMention, lat, lon)).toBeLessThan(25);
  });

  it.each([
    ['جنيف السويسرية is Geneva', 'تستضيف جنيف السويسرية جولة جديدة من المحادثات.', 'جنيف', 'CH'],
    ['طرابلس beside بيروت is Lebanon’s', 'خرجت مظاهرات في طرابلس وبيروت احتجاجا على الغلاء.', 'طرابلس', 'LB'],
    ['أدري beside Darfur is Adré in Chad', 'وصل لاجئون من دارفور إلى بلدة أدري التشادية.', 'أدري', 'TD'],
  ])('%s', (_why, text, surface, cc) => {
    expect(places(text).find((p) => p.surface === surface)?.countryCode).toBe(cc);
  });

  it('البحرية الفرنسية is France only as an adjective', () => {
    const found = places('أعلنت البحرية الفرنسية اعتراض سفينة قبالة السواحل.');
    expect(found.filter((p) => p.kind === 'place')).toEqual([]);
    expect(found.filter((p) => p.kind === 'adjective').map((p) => p.countryCode)).toEqual(['FR']);
  });

  it('مصروالسودان is Egypt and Sudan', () => {
    const found = places('بحث مسؤولون من مصروالسودان سبل إيصال المساعدات عبر المعابر البرية.');
    expect(found.filter((p) => p.kind === 'place').map((p) => p.countryCode)).toEqual(['EG', 'SD']);
  });

  it('موسكو تدعو إلى… is the Russian government, not a place', () => {
    const found = places('موسكو تدعو إلى وقف فوري لإطلاق النار.');
    expect(found.filter((p) => p.kind === 'place')).toEqual([]);
    expect(found.map((p) => [p.kind, p.countryCode])).toEqual([['metonym', 'RU']]);
  });

  it.each([
    ['الباب', 'أغلق الجنود الباب الرئيسي للمبنى.'],
    ['الجديد', 'أعلنت الحكومة عن برنامجها الجديد.'],
    ['أمس', 'وقع الانفجار أمس قرب المستشفى.'],
    ['كان', 'كان الوزير قد وصل قبل يومين.'],
  ])('«%s», the name of a town somewhere, is an ordinary word here', (_word, text) => {
    expect(places(text)).toEqual([]);
  });

  it('reads the example articles: every mention in range, the Libyan ones about Libya', () => {
    const folder = fileURLToPath(new URL('../../examples/', import.meta.url));
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const found = places(text);
      for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
      if (file.includes('libya')) expect(documentFocus(found).countries[0]?.countryCode, file).toBe('LY');
    }
  });
});
