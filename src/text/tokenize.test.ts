import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tokenize } from './tokenize.js';
import { arabicish } from './arbitraries.test-util.js';

const surfaces = (text: string): string[] => tokenize(text).map((t) => t.surface);
const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.surface}`);

describe('tokenize', () => {
  const table: [string, string, string[]][] = [
    ['words and punctuation', 'قتل 5 أشخاص في مصراتة، أمس.', ['قتل', '5', 'أشخاص', 'في', 'مصراتة', '،', 'أمس', '.']],
    ['diacritics and tatweel stay in the word', 'قَالَ الرئيـــسُ: لا', ['قَالَ', 'الرئيـــسُ', ':', 'لا']],
    ['decimal numbers', 'ارتفع بنسبة 3.5 و٣٫٥ نقطة', ['ارتفع', 'بنسبة', '3.5', 'و', '٣٫٥', 'نقطة']],
    ['thousands separators', 'نزوح 1,500 أسرة و١٬٢٠٠ شخص', ['نزوح', '1,500', 'أسرة', 'و', '١٬٢٠٠', 'شخص']],
    ['a comma between numbers is a list, not thousands', 'في الأعوام 5,6', ['في', 'الأعوام', '5', ',', '6']],
    ['bidi marks inside a scraped number', 'طوله نحو 8.\u200F1 متر', ['طوله', 'نحو', '8.\u200F1', 'متر']],
    ['dates and times', 'في 2015-07-21 الساعة 10:30 و21/7/2015', ['في', '2015-07-21', 'الساعة', '10:30', 'و', '21/7/2015']],
    ['percent after and before the number', 'بنسبة 45% و٪٥٠ و%20', ['بنسبة', '45%', 'و', '٪٥٠', 'و', '%20']],
    ['a calendar letter after a year', 'عام 2015م', ['عام', '2015', 'م']],
    ['latin words and acronyms', 'أعلن حلف NATO وU.S. Army', ['أعلن', 'حلف', 'NATO', 'و', 'U', '.', 'S', '.', 'Army']],
    ['urls and e-mail', 'انظر http://aawsat.com/home/article/410826/بريطانيا-محاور، أو info@spa.gov.sa.', ['انظر', 'http://aawsat.com/home/article/410826/بريطانيا-محاور', '،', 'أو', 'info@spa.gov.sa', '.']],
    ['bare domains', 'نشر موقع alarabiya.net الخبر', ['نشر', 'موقع', 'alarabiya.net', 'الخبر']],
    ['quotes and ellipsis', 'قال «لن نتراجع»... ثم غادر', ['قال', '«', 'لن', 'نتراجع', '»', '...', 'ثم', 'غادر']],
    ['repeated question and exclamation marks', 'لماذا؟؟ حقا!!', ['لماذا', '؟؟', 'حقا', '!!']],
    ['bidi controls and zero-width spaces separate tokens', 'مصر\u200Fليبيا\u200Bتونس', ['مصر', 'ليبيا', 'تونس']],
    ['a zero-width non-joiner inside a word keeps it whole', 'می\u200Cخواهم', ['می\u200Cخواهم']],
    ['emoji stay whole', 'عاجل 🔴👍🏽 الآن', ['عاجل', '🔴', '👍🏽', 'الآن']],
    ['presentation forms are letters', 'ﺑﻐﺪﺍﺩ ﻻ', ['ﺑﻐﺪﺍﺩ', 'ﻻ']],
  ];
  it.each(table)('%s', (_rule, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it('classifies tokens', () => {
    expect(kinds('زار 3 www.un.org و NATO ، $')).toEqual([
      'word:زار',
      'number:3',
      'url:www.un.org',
      'word:و',
      'latin:NATO',
      'punct:،',
      'symbol:$',
    ]);
  });

  it('normalizes each token', () => {
    const tokens = tokenize('أعلنَ المسؤولُ ٢٠١٥ ﻻ NATO');
    expect(tokens.map((t) => t.norm)).toEqual(['اعلن', 'المسوول', '2015', 'لا', 'nato']);
  });

  it('numbers tokens and sentences', () => {
    const tokens = tokenize('وصل الوفد. بدأ الاجتماع');
    expect(tokens.map((t) => [t.index, t.sentence])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 1],
    ]);
  });
});

describe('tokenize: properties', () => {
  it('tokens are ordered, non-overlapping slices of the original', () => {
    fc.assert(
      fc.property(arabicish(), (text) => {
        const tokens = tokenize(text);
        let previousEnd = 0;
        let previousSentence = 0;
        tokens.forEach((t, i) => {
          expect(t.index).toBe(i);
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.surface).toBe(text.slice(t.start, t.end));
          expect(t.sentence).toBeGreaterThanOrEqual(previousSentence);
          previousEnd = t.end;
          previousSentence = t.sentence;
        });
      }),
      { numRuns: 500 },
    );
  });
});
