import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PlaceMention } from '../core/index.js';
import { testGazetteer } from '../lexicon/gazetteer/test-gazetteer.test-util.js';
import { analyzeText } from '../text/index.js';
import { documentFocus, extractPlaces } from './places.js';

const gazetteer = testGazetteer();

function places(text: string): PlaceMention[] {
  return extractPlaces(analyzeText(text, gazetteer.words).tokens, text, gazetteer);
}

/** What a test expects of one mention: its surface and, when given, what it resolves to. */
interface Expected {
  surface: string;
  kind?: PlaceMention['kind'];
  nameEn?: string | null;
  countryCode?: string | null;
  precision?: PlaceMention['precision'];
  lat?: number;
}

function check(text: string, expected: Expected[]): void {
  const found = places(text);
  expect(found.map((m) => m.surface), text).toEqual(expected.map((e) => e.surface));
  expected.forEach((e, i) => {
    const m = found[i] as PlaceMention;
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.kind, m.surface).toBe(e.kind ?? 'place');
    if (e.nameEn !== undefined) expect(m.nameEn, m.surface).toBe(e.nameEn);
    if (e.countryCode !== undefined) expect(m.countryCode, m.surface).toBe(e.countryCode);
    if (e.precision !== undefined) expect(m.precision, m.surface).toBe(e.precision);
    if (e.lat !== undefined) expect(m.lat, m.surface).toBeCloseTo(e.lat, 2);
  });
}

describe('extractPlaces: resolution in context', () => {
  const rows: [string, string, Expected[]][] = [
    [
      'Tripoli among Libyan towns is Libya’s capital, not Lebanon’s city',
      'اندلعت اشتباكات في طرابلس وبنغازي ومصراتة وسبها بين قوات حكومة الوحدة.',
      [
        { surface: 'طرابلس', nameEn: 'Tripoli', countryCode: 'LY', precision: 'exact', lat: 32.887 },
        { surface: 'بنغازي', countryCode: 'LY', lat: 32.115 },
        { surface: 'مصراتة', countryCode: 'LY', lat: 32.375 },
        { surface: 'سبها', countryCode: 'LY', lat: 27.038 },
      ],
    ],
    [
      'a nisba after the name decides (طرابلس اللبنانية)',
      'وصل الوزير إلى طرابلس اللبنانية أمس.',
      [{ surface: 'طرابلس', nameEn: 'Tripoli', countryCode: 'LB', lat: 34.434 }],
    ],
    ['a nearby place decides', 'اشتباكات في طرابلس بعد احتجاجات في بيروت.', [{ surface: 'طرابلس', countryCode: 'LB' }, { surface: 'بيروت', countryCode: 'LB' }]],
    ['Geneva the Swiss one, by its nisba', 'التقى الوفدان في جنيف السويسرية أمس.', [{ surface: 'جنيف', nameEn: 'Geneve', countryCode: 'CH' }]],
    [
      'a nationality adjective is an adjective mention, not a place',
      'أعلنت البحرية الفرنسية إنقاذ مهاجرين.',
      [{ surface: 'الفرنسية', kind: 'adjective', nameEn: 'France', countryCode: 'FR', precision: 'country' }],
    ],
    ['an irregular nisba from the curated list', 'قال مسؤول أمريكي إن الوفد وصل.', [{ surface: 'أمريكي', kind: 'adjective', countryCode: 'US' }]],
    [
      'glued words repaired by the text layer: Egypt and Sudan',
      'بحث مسؤولون من مصروالسودان سبل إيصال المساعدات.',
      [
        { surface: 'مصر', countryCode: 'EG', precision: 'country' },
        { surface: 'السودان', countryCode: 'SD', precision: 'country' },
      ],
    ],
    [
      'a capital as the subject of a verb of policy is the government (metonym), the country after في a place',
      'موسكو تدعو إلى وقف إطلاق النار في سوريا.',
      [
        { surface: 'موسكو', kind: 'metonym', countryCode: 'RU' },
        { surface: 'سوريا', countryCode: 'SY' },
      ],
    ],
    ['verb first, in agreement (VSO)', 'أعلنت أنقرة إرسال قوات.', [{ surface: 'أنقرة', kind: 'metonym', countryCode: 'TR' }]],
    ['a masculine verb does not agree with the city: no metonym', 'قال الوزير إن أنقرة بعيدة.', [{ surface: 'أنقرة', kind: 'place' }]],
    ['an ordinary word that names a town elsewhere is no place', 'قال إنه عاد أمس إلى الباب الخلفي للمنزل.', []],
    ['…unless a word naming a kind of place stands before it', 'سيطرت الفصائل على مدينة الباب شرق حلب.', [
      { surface: 'الباب', nameEn: 'Al Bab', countryCode: 'SY', precision: 'exact' },
      { surface: 'حلب', countryCode: 'SY', precision: 'near' },
    ]],
    ['من جديد is «again», not the Libyan town of Al Jadid', 'عادت الاشتباكات من جديد.', []],
    ['a foreign town whose Arabic name is a common word needs more than في', 'أقيم الحفل في نادي الضباط.', []],
    [
      'curated facilities: the airport at its own point, the air base at its town',
      'هبطت طائرة في مطار معيتيقة بعد إقلاعها من قاعدة الجفرة الجوية.',
      [
        { surface: 'مطار معيتيقة', nameEn: 'Mitiga International Airport', precision: 'exact', lat: 32.894 },
        { surface: 'قاعدة الجفرة الجوية', nameEn: 'Al Jufra Air Base', precision: 'near', lat: 29.127 },
      ],
    ],
    ['a clitic is cut from the span', 'اجتمع الوفد بمصراتة وطرابلس.', [{ surface: 'مصراتة', countryCode: 'LY' }, { surface: 'طرابلس', countryCode: 'LY' }]],
    ['a direction before a country: a region of it', 'اشتباكات في شرق ليبيا.', [{ surface: 'شرق ليبيا', nameEn: 'Cyrenaica', precision: 'region' }]],
    ['a direction before a country the curated regions do not name: halfway from the centre of its places to that edge', 'اشتباكات في شمال ليبيا.', [{ surface: 'ليبيا', countryCode: 'LY', precision: 'region', lat: 31.425 }]],
    ['a direction before a town: near it', 'قصف شرقي سرت.', [{ surface: 'سرت', countryCode: 'LY', precision: 'near' }]],
    ['a province by its type word', 'في شعبية مصراتة.', [{ surface: 'شعبية مصراتة', nameEn: 'Misrata District', precision: 'admin1' }]],
    [
      'أدري after بلدة, beside Darfur’s El Fasher, is Adré in Chad, not Idri in Libya',
      'نزح آلاف من الفاشر إلى بلدة أدري عبر الحدود.',
      [
        { surface: 'الفاشر', countryCode: 'SD' },
        { surface: 'أدري', nameEn: 'Adre', countryCode: 'TD' },
      ],
    ],
    [
      'a settlement the gazetteer does not know is placed near the town the text puts it by',
      'قصف بلدة سوروتش قرب الفاشر.',
      [
        { surface: 'سوروتش', nameEn: 'El Fasher', countryCode: 'SD', precision: 'near' },
        { surface: 'الفاشر', countryCode: 'SD', precision: 'near' },
      ],
    ],
    ['…and unresolved when the document names no place at all', 'قصف بلدة سوروتش أمس.', [{ surface: 'سوروتش', nameEn: null, countryCode: null, precision: null }]],
    [
      'a facility the gazetteer lacks, at the town after it behind a preposition',
      'استقبل ميناء الزيتيات بمصراتة السفينة.',
      [
        { surface: 'ميناء الزيتيات', nameEn: 'Misratah', countryCode: 'LY', precision: 'near' },
        { surface: 'مصراتة', countryCode: 'LY', precision: 'exact' },
      ],
    ],
    [
      '…a street, at the town before it in the sentence',
      'فتح مسلح النار في سرت في شارع الشريف.',
      [
        { surface: 'سرت', countryCode: 'LY' },
        { surface: 'شارع الشريف', nameEn: 'Sirte', precision: 'near' },
      ],
    ],
    [
      '…a place after it without a preposition does not hold it',
      'قصف مسجد الإمام الصادق وطرابلس هادئة.',
      [
        { surface: 'مسجد الإمام الصادق', nameEn: 'Tripoli', countryCode: 'LY', precision: 'near' },
        { surface: 'طرابلس', countryCode: 'LY' },
      ],
    ],
    [
      '…not at a facility before it, but at the town of the document',
      'قصف في مصراتة. هبطت طائرة في قاعدة الجفرة. سيطروا على قاعدة الجفرة ومعسكر 21 أمس.',
      [
        { surface: 'مصراتة', countryCode: 'LY' },
        { surface: 'قاعدة الجفرة', countryCode: 'LY' },
        { surface: 'قاعدة الجفرة', countryCode: 'LY' },
        { surface: 'معسكر 21', nameEn: 'Misratah', precision: 'near' },
      ],
    ],
    [
      '…in the country of a nisba after it',
      'نقلوا إلى جزيرة لامبيدوزا الفرنسية قرب مصراتة.',
      [
        { surface: 'جزيرة لامبيدوزا', nameEn: 'France', countryCode: 'FR', precision: 'country' },
        { surface: 'مصراتة', countryCode: 'LY' },
      ],
    ],
    ['a curated Arabic name for a GeoNames place that has none', 'وصل الوفد إلى ترهونة.', [{ surface: 'ترهونة', nameEn: 'Tarhuna', countryCode: 'LY' }]],
    ['an organisation hides the place words in its name', 'دعت الجامعة العربية إلى الحوار في ليبيا.', [{ surface: 'ليبيا', countryCode: 'LY' }]],
  ];

  it.each(rows)('%s', (_why, text, expected) => check(text, expected));

  it('reports the alternatives it weighed, most probable first', () => {
    const [tripoli] = places('وصل الوفد إلى طرابلس.');
    expect(tripoli?.countryCode).toBe('LY');
    expect(tripoli?.alternatives.map((a) => a.countryCode)).toEqual(['LB']);
    expect(tripoli?.alternatives[0]?.probability).toBeLessThan(tripoli?.confidence ?? 0);
  });

  it('names the first-level division a place is in', () => {
    const [misrata] = places('وصل الوفد إلى مصراتة.');
    expect(misrata?.admin1).toBe('LY.72');
    expect(misrata?.admin1Name).toBe('شعبية مصراتة');
  });

  it('never throws and keeps every span inside the text, in order', () => {
    const vocabulary = ['طرابلس', 'بمصراتة', 'في', 'مدينة', 'الباب', 'شرق', 'ليبيا', 'أعلنت', 'موسكو', 'تدعو', 'الفرنسية', 'بلدة', 'سوروتش', '،', '.', ' ', 'ـ', 'ً', '\u200f', '3', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const found = places(text);
        let last = -1;
        for (const m of found) {
          expect(m.start).toBeGreaterThan(last);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          expect(m.confidence).toBeGreaterThanOrEqual(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
          last = m.end - 1;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('documentFocus', () => {
  it('ranks countries by support, counts specific places, and picks the place that stands for the document', () => {
    const focus = documentFocus(places('اشتباكات في مصراتة وطرابلس. وقال شهود في مصراتة إن القصف استمر. ووصل وفد أمريكي إلى سرت.'));
    expect(focus.countries[0]?.countryCode).toBe('LY');
    expect(focus.countries.find((c) => c.countryCode === 'US')?.score).toBeLessThan(focus.countries[0]?.score ?? 0);
    expect(focus.places[0]).toMatchObject({ nameEn: 'Misratah', mentions: 2 });
    expect(focus.place?.nameEn).toBe('Misratah');
  });

  it('a metonym tells who acts, not where: it does not make the focus', () => {
    const focus = documentFocus(places('أعلنت أنقرة دعمها للحكومة في ليبيا.'));
    expect(focus.countries.map((c) => c.countryCode)).toEqual(['LY']);
  });

  it('is empty for a text without places', () => {
    expect(documentFocus(places('قال إنه سيعود أمس.'))).toEqual({ countries: [], places: [], place: null });
  });
});
