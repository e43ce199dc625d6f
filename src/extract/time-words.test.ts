import { describe, it, expect } from 'vitest';
import { DataError } from '../core/index.js';
import { parseWordList } from '../lexicon/index.js';
import { normalizeWord } from '../text/index.js';
import { defaultTimeWords, parseSense, TimeWords, type Sense } from './time-words.js';

describe('parseSense', () => {
  it.each<[string, Sense | null]>([
    ['month:7', { cls: 'month', calendar: 'gregorian', value: 7 }],
    ['hijri-month:9', { cls: 'month', calendar: 'hijri', value: 9 }],
    ['weekday:4', { cls: 'weekday', value: 4 }],
    ['day:-2', { cls: 'day', value: -2 }],
    ['number:10', { cls: 'number', value: 10 }],
    ['ordinal:21', { cls: 'ordinal', value: 21 }],
    ['part:evening', { cls: 'part', value: 'evening' }],
    ['period:week', { cls: 'period', value: 'week' }],
    ['phase:winter', { cls: 'phase', value: 'winter' }],
    ['unit:year:2', { cls: 'unit', value: 'year', count: 2 }],
    ['unit:day:n', { cls: 'unit', value: 'day', count: null }],
    ['era:hijri', { cls: 'era', value: 'hijri' }],
    ['holiday:10-1', { cls: 'holiday', month: 10, day: 1 }],
    ['holiday:13-1', null],
    ['holiday:10', null],
    ['ambiguous', { cls: 'ambiguous' }],
    ['month:13', null],
    ['month:x', null],
    ['weekday:7', null],
    ['unit:year:3', null],
    ['part:teatime', null],
    ['ambiguous:1', null],
    ['يوليو', null],
  ])('%s', (key, sense) => {
    expect(parseSense(key)).toEqual(sense);
  });
});

const noWords = { has: () => false };

function words(content: string): TimeWords {
  return new TimeWords(
    parseWordList(content, 'test.txt').map((line) => ({ canonical: line.variants[0]!, variants: line.variants, source: line.source, line: line.line })),
    noWords,
  );
}

describe('TimeWords', () => {
  it('matches multi-word phrases longest first, and every meaning of a word', () => {
    const list = words('month:1|كانون الثاني\nmonth:12|كانون الأول\nday:-1|أمس\nday:-2|أمس الأول\nunit:year:1|عام\nyear-word|عام');
    const next = (text: string) => (k: number) => text.split(' ')[k];
    expect(list.match('امس', next('امس الاول')).map((m) => [m.sense, m.length])).toEqual([
      [{ cls: 'day', value: -2 }, 2],
      [{ cls: 'day', value: -1 }, 1],
    ]);
    expect(list.match('كانون', next('كانون الاول')).map((m) => m.sense)).toEqual([{ cls: 'month', calendar: 'gregorian', value: 12 }]);
    expect(list.match('كانون', next('كانون'))).toEqual([]);
    expect(list.match('عام', next('عام')).map((m) => m.sense.cls).sort()).toEqual(['unit', 'year-word']);
  });

  it('names the file and line of a key it does not know', () => {
    expect(() => words('month:1|يناير\nmonthly:1|شهري')).toThrow(DataError);
    expect(() => words('month:1|يناير\nmonthly:1|شهري')).toThrow(/test\.txt:2/);
  });

  it.each([
    ['والخميس', ['الخميس']],
    ['وأمس', ['امس']],
    ['لليوم', ['اليوم']],
    ['الخميس', []],
    ['العامة', []],
    ['بعدها', []],
    ['وزير', []],
  ])('finds the time word under the clitics of %s', (word, forms) => {
    expect(defaultTimeWords().cliticForms(normalizeWord(word))).toEqual(forms);
  });
});

describe('the shipped time word lists', () => {
  const shipped = defaultTimeWords();
  const senses = (word: string) => shipped.match(normalizeWord(word), () => undefined).map((m) => m.sense);

  it.each([
    ['يناير', 1], ['كانون', null], ['جانفي', 1], ['فبراير', 2], ['شباط', 2], ['فيفري', 2], ['مارس', 3], ['آذار', 3],
    ['أبريل', 4], ['نيسان', 4], ['أفريل', 4], ['مايو', 5], ['أيار', 5], ['ماي', 5], ['يونيو', 6], ['يونيه', 6],
    ['حزيران', 6], ['جوان', 6], ['يوليو', 7], ['يوليه', 7], ['تموز', 7], ['جويلية', 7], ['أغسطس', 8], ['اغسطس', 8],
    ['آب', 8], ['أوت', 8], ['سبتمبر', 9], ['أيلول', 9], ['أكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ])('%s is Gregorian month %s', (word, month) => {
    const found = senses(word).find((s) => s.cls === 'month');
    expect(found && 'value' in found ? found.value : null).toBe(month);
  });

  it('has every Gregorian and Hijri month and every weekday', () => {
    const months = new Set<string>();
    const weekdays = new Set<number>();
    for (const word of ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'محرم', 'صفر', 'رجب', 'شعبان', 'رمضان', 'شوال']) {
      for (const s of senses(word)) if (s.cls === 'month') months.add(`${s.calendar}:${s.value}`);
    }
    for (const word of ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']) {
      for (const s of senses(word)) if (s.cls === 'weekday') weekdays.add(s.value);
    }
    expect(months.size).toBe(18);
    expect([...weekdays].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
