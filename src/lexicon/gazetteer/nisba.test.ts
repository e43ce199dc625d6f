import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../text/index.js';
import { nisbaForms, regularNisba } from './nisba.js';

describe('regularNisba', () => {
  it.each([
    ['ليبيا', 'ليبي'],
    ['سوريه', 'سوري'],
    ['السعوديه', 'سعودي'],
    ['فرنسا', 'فرنسي'],
    ['مصر', 'مصري'],
    ['السودان', 'سوداني'],
    ['العراق', 'عراقي'],
    ['الاردن', 'اردني'],
    ['تشاد', 'تشادي'],
    ['مالي', null], // the adjective would be the name itself
    ['توغو', null],
    ['الولايات المتحده', null], // several words: irregular (أمريكي), listed in data/gazetteer
  ])('%s → %s', (country, nisba) => {
    expect(regularNisba(normalizeWord(country))).toBe(nisba);
  });
});

describe('nisbaForms', () => {
  it('inflects for gender and number, with and without the article', () => {
    expect(nisbaForms('ليبي')).toEqual(['ليبي', 'الليبي', 'ليبيه', 'الليبيه', 'ليبيون', 'الليبيون', 'ليبيين', 'الليبيين', 'ليبيات', 'الليبيات']);
  });

  it('a two-word nisba agrees word by word', () => {
    expect(nisbaForms('كوري شمالي')).toContain('الكوريه الشماليه');
  });
});
