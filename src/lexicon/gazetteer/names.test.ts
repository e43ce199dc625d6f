import { describe, expect, it } from 'vitest';
import { articleAlias, nameKey } from './names.js';

describe('nameKey', () => {
  it.each([
    ['مِصْراتـة', 'مصراته'],
    ['قاعدة الجفرة  الجوية', 'قاعده الجفره الجويه'],
    ['كيلو 16', 'كيلو 16'],
    ['Misrata', 'misrata'],
    ['طرابلس، ليبيا', null], // an annotated alternate name, not a name
    ['16 كيلو', null],
    ['Sant Julià de Lòria', 'sant julià de lòria'],
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
