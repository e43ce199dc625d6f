import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/core/events.js';
import { DICTIONARY, format, LANGS, MODALITIES, modalityLabel, typeLabel } from '../../web/src/i18n.js';

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
});
