import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/core/events.js';
import { DICTIONARY, format, isModality, LANGS, MODALITIES, modalityLabel, plural, typeLabel } from '../../web/src/i18n.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface dictionary', () => {
  const keys = Object.keys(DICTIONARY.en).sort();
  for (const lang of LANGS) {
    it(`${lang} has every key, none empty, with the same placeholders as English`, () => {
      expect(Object.keys(DICTIONARY[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        const text = DICTIONARY[lang][key as keyof (typeof DICTIONARY)['en']];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(DICTIONARY.en[key as keyof (typeof DICTIONARY)['en']]));
      }
    });
  }

  it('names every PLOVER type and modality in both languages, Arabic in Arabic script', () => {
    for (const type of EVENT_TYPES) {
      expect(typeLabel('en', type)).toMatch(/^[A-Z][a-z]+$/);
      expect(typeLabel('ar', type)).toMatch(/^[\u0600-\u06FF ]+$/);
    }
    for (const modality of MODALITIES) expect(modalityLabel('ar', modality)).toMatch(/^[\u0600-\u06FF ]+$/);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('en', 'placeCount', { count: 3, place: 'مصراتة' })).toBe('3 events at مصراتة');
    expect(format('ar', 'placeCount', { count: 3, place: 'مصراتة' })).toBe('3 حدثًا في مصراتة');
    expect(format('en', 'eventCount')).toBe('{count} events');
  });

  const plurals: { lang: 'en' | 'ar'; noun: 'sources' | 'reports'; count: number; text: string }[] = [
    { lang: 'en', noun: 'sources', count: 1, text: '1 source' },
    { lang: 'en', noun: 'sources', count: 3, text: '3 sources' },
    { lang: 'en', noun: 'reports', count: 0, text: '0 reports' },
    { lang: 'ar', noun: 'sources', count: 1, text: 'مصدر واحد' },
    { lang: 'ar', noun: 'sources', count: 2, text: 'مصدران' },
    { lang: 'ar', noun: 'sources', count: 3, text: '3 مصادر' },
    { lang: 'ar', noun: 'reports', count: 10, text: '10 تقارير' },
    { lang: 'ar', noun: 'reports', count: 11, text: '11 تقريرًا' },
    { lang: 'ar', noun: 'reports', count: 100, text: '100 تقرير' },
    { lang: 'ar', noun: 'reports', count: 0, text: 'لا تقارير' },
  ];
  for (const { lang, noun, count, text } of plurals) {
    it(`counts ${count} ${noun} in ${lang} as «${text}»`, () => expect(plural(lang, noun, count)).toBe(text));
  }

  it('tells modalities from other words', () => {
    expect(MODALITIES.every(isModality)).toBe(true);
    expect(isModality('asserted')).toBe(true);
    expect(isModality('عدم')).toBe(false);
  });
});
