import { describe, expect, it } from 'vitest';
import { articleAlias, foldKey, nameKey, spellingsOf } from './names.js';

describe('nameKey', () => {
  it.each([
    ['مِصْراتـة', 'مصراته'],
    ['قاعدة الجفرة  الجوية', 'قاعده الجفره الجويه'],
    ['كيلو 16', 'كيلو 16'],
    ['Misrata', 'misrata'],
    ['طرابلس، ليبيا', null], // an annotated alternate name, not a name
    ['16 كيلو', null],
    ['Sant Julià de Lòria', 'sant julià de lòria'],
    ['ضباء', 'ضبا'], // a final hamza after alef is folded: GeoNames writes ضبا
    ['مطار صنعاء الدولي', 'مطار صنعا الدولي'],
    ['الأحساء', 'الاحسا'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('articleAlias', () => {
  it.each([
    ['الزاويه', 'زاويه'],
    ['فلوجه', 'الفلوجه'],
    ['دير الزور', null], // several words
    ['الحد', null], // too short without the article
    ['tripoli', null],
  ])('%s → %s', (key, alias) => {
    expect(articleAlias(key)).toBe(alias);
  });
});

describe('foldKey', () => {
  it.each([
    ['ضباء', 'ضبا'],
    ['ضبا', 'ضبا'],
    ['صنعاء الجديده', 'صنعا الجديده'],
    ['الدوحه', 'الدوحه'],
    ['اءمار', 'اءمار'], // only a final hamza
  ])('%s → %s', (key, folded) => {
    expect(foldKey(key)).toBe(folded);
    expect(foldKey(folded)).toBe(folded);
  });
});

describe('spellingsOf', () => {
  it.each([
    ['دما', ['دما', 'دماء']],
    ['الاحسا', ['الاحسا', 'الاحساء']],
    ['مصراته', ['مصراته']],
    ['صنعا الجديده', ['صنعا الجديده']],
  ])('%s → %j', (key, spellings) => {
    expect(spellingsOf(key)).toEqual(spellings);
  });
});
