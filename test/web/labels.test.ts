import { describe, expect, it } from 'vitest';
import { actorKey, countryName, pickName, safeHref } from '../../web/src/labels.js';

describe('names in the interface language', () => {
  it('prefers the language of the interface, then the other, then what the text said', () => {
    expect(pickName('ar', 'قوات الدعم السريع', 'Rapid Support Forces')).toBe('قوات الدعم السريع');
    expect(pickName('en', 'قوات الدعم السريع', 'Rapid Support Forces')).toBe('Rapid Support Forces');
    expect(pickName('en', 'الحوثيون', null)).toBe('الحوثيون');
    expect(pickName('ar', null, 'Houthis')).toBe('Houthis');
    expect(pickName('ar', '', null, 'المسلحون')).toBe('المسلحون');
  });

  it('looks an actor up by its code, else its name, else its words', () => {
    const entity = { entity_text: 'الجامعة العربية', start: 0, end: 15, code: 'igo/arab-league', sector: 'GOV', country: null, name: 'Arab League', name_ar: null, name_en: null, rule: 'vso' };
    expect(actorKey(entity)).toBe('igo/arab-league');
    expect(actorKey({ ...entity, code: null })).toBe('Arab League');
    expect(actorKey({ ...entity, code: null, name: null })).toBe('الجامعة العربية');
  });
});

describe('safeHref', () => {
  const cases: [string | null, string | null][] = [
    ['https://www.aljazeera.net/news/2025/3/14/مصراتة', 'https://www.aljazeera.net/news/2025/3/14/%D9%85%D8%B5%D8%B1%D8%A7%D8%AA%D8%A9'],
    ['http://example.org/a?b=1', 'http://example.org/a?b=1'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['/relative/path', null],
    ['', null],
    [null, null],
  ];
  for (const [url, expected] of cases) it(`${url} → ${expected}`, () => expect(safeHref(url)).toBe(expected));
});

describe('countryName', () => {
  it('names a country in the interface language, and keeps codes it does not know', () => {
    expect(countryName('en', 'LY')).toBe('Libya');
    expect(countryName('ar', 'sd')).toBe('السودان');
    expect(countryName('en', 'ARB')).toBe('ARB');
    expect(countryName('ar', null)).toBe('');
  });
});
