import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeWord } from './normalize.js';
import { arabicish } from './arbitraries.test-util.js';

describe('normalize: rules', () => {
  const table: [string, string, string][] = [
    ['hamza and madda on alef', 'أعلن إبراهيم آلاف ٱلقوم', 'اعلن ابراهيم الاف القوم'],
    ['alef maqsura', 'على مستشفى', 'علي مستشفي'],
    ['ta marbuta', 'الحكومة الليبية', 'الحكومه الليبيه'],
    ['waw and yeh hamza seats', 'مسؤول رئيس الشؤون', 'مسوول رييس الشوون'],
    ['tatweel', 'الـرئيـــس', 'الرييس'],
    ['diacritics', 'قَالَ الْمُتَحَدِّثُ بِاسْمِ الْجَيْشِ', 'قال المتحدث باسم الجيش'],
    ['tanween and superscript alef', 'قراراً هٰذا', 'قرارا هذا'],
    ['quranic marks', 'الرَّحِيمِ ۝ ۖ', 'الرحيم  '],
    ['arabic-indic digits', 'قتل ١٢ شخصا عام ٢٠١٥', 'قتل 12 شخصا عام 2015'],
    ['persian digits', 'سال ۱۳۹۴', 'سال 1394'],
    ['arabic punctuation', 'قال، ثم؛ لماذا؟ ٥٠٪', 'قال, ثم; لماذا? 50%'],
    ['decimal and thousands separators', '٣٫٥ و١٬٥٠٠', '3.5 و1,500'],
    ['zero-width and bidi controls', '\u200Fمصر\u200B \u202Bليبيا\u202C\u2067تونس\u2069\uFEFF\u00AD', 'مصر ليبياتونس'],
    ['presentation forms', 'ﺑﻐﺪﺍﺩ ﻣﺼﺮ', 'بغداد مصر'],
    ['lam-alef ligature expands to two letters', 'ﻻ ﻷ', 'لا لا'],
    ['persian letter variants', 'کابل ایران', 'كابل ايران'],
    ['latin lower-cased', 'NATO and the UN in Bénghazi', 'nato and the un in bénghazi'],
    ['text that needs nothing is returned as is', 'قال مسوول', 'قال مسوول'],
  ];
  it.each(table)('%s', (_rule, input, expected) => {
    expect(normalize(input).text).toBe(expected);
    expect(normalizeWord(input)).toBe(expected);
  });
});

describe('normalize: offset map', () => {
  it('maps a normalized word back over its diacritics', () => {
    const original = 'وصل إلى مِصْرَاتَةَ أمس';
    const n = normalize(original);
    const at = n.text.indexOf('مصراته');
    const span = n.toOriginalSpan(at, at + 'مصراته'.length);
    expect(original.slice(span.start, span.end)).toBe('مِصْرَاتَةَ');
  });

  it('keeps tatweel inside the span and leaves a trailing bidi mark out', () => {
    const original = 'زار الرئيـــس\u200F ليبيا';
    const n = normalize(original);
    const at = n.text.indexOf('الرييس');
    const span = n.toOriginalSpan(at, at + 6);
    expect(original.slice(span.start, span.end)).toBe('الرئيـــس');
  });

  it('maps both halves of an expanded ligature to the ligature', () => {
    const original = 'قال ﻻ شيء';
    const n = normalize(original);
    expect(n.text).toBe('قال لا شيء');
    expect(n.toOriginal(4)).toBe(4);
    expect(n.toOriginal(5)).toBe(4);
    expect(n.toOriginalSpan(4, 5)).toEqual({ start: 4, end: 5 });
    expect(n.toOriginalSpan(5, 6)).toEqual({ start: 4, end: 5 });
    expect(n.toOriginalSpan(4, 6)).toEqual({ start: 4, end: 5 });
  });

  it('maps the end of the text to the end of the original', () => {
    const original = 'سَلامٌ';
    const n = normalize(original);
    expect(n.toOriginal(n.text.length)).toBe(original.length);
    expect(n.toOriginalSpan(0, n.text.length)).toEqual({ start: 0, end: original.length });
  });

  it('clamps indexes outside the text', () => {
    const n = normalize('مَصر');
    expect(n.toOriginal(-3)).toBe(0);
    expect(n.toOriginal(99)).toBe(4);
    expect(n.toOriginalSpan(3, 1)).toEqual({ start: 2, end: 4 });
  });
});

describe('normalize: properties', () => {
  it('normalizeWord equals normalize().text', () => {
    fc.assert(fc.property(arabicish(), (s) => normalizeWord(s) === normalize(s).text));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(arabicish(), (s) => normalizeWord(normalizeWord(s)) === normalizeWord(s)));
  });

  it('maps every span into the original, in order, covering what it came from', () => {
    fc.assert(
      fc.property(arabicish(), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        const len = n.text.length;
        const start = len === 0 ? 0 : a % (len + 1);
        const end = start + (len === 0 ? 0 : b % (len - start + 1));
        const span = n.toOriginalSpan(start, end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(s.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
        // Whatever the span came from normalizes back to (at least) the normalized slice.
        expect(normalizeWord(s.slice(span.start, span.end))).toContain(n.text.slice(start, end));
        for (let i = 1; i <= len; i++) expect(n.toOriginal(i)).toBeGreaterThanOrEqual(n.toOriginal(i - 1));
      }),
    );
  });
});
