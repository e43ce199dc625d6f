import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from './sentences.js';
import { arabicish } from './arbitraries.test-util.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const table: [string, string, string[]][] = [
    ['full stop', 'قتل خمسة أشخاص. وأصيب عشرة آخرون.', ['قتل خمسة أشخاص.', 'وأصيب عشرة آخرون.']],
    ['question and exclamation marks', 'هل انتهت الحرب؟ لا! بل بدأت', ['هل انتهت الحرب؟', 'لا!', 'بل بدأت']],
    ['arabic semicolon', 'أعلن الجيش سيطرته على المدينة؛ وهي مسألة مهمة', ['أعلن الجيش سيطرته على المدينة؛', 'وهي مسألة مهمة']],
    ['line breaks', 'عاجل: انفجار في بنغازي\n\n وقال مصدر أمني إن', ['عاجل: انفجار في بنغازي', 'وقال مصدر أمني إن']],
    ['ellipsis', 'ثم صمت… وغادر القاعة... بعدها', ['ثم صمت…', 'وغادر القاعة...', 'بعدها']],
    ['clause commas do not end a sentence', 'وصل الوفد، ثم بدأ الاجتماع، وانتهى مساء', ['وصل الوفد، ثم بدأ الاجتماع، وانتهى مساء']],
    ['decimal numbers', 'ارتفع المؤشر 3.5 نقطة و٣٫٥ بالمئة. ثم هبط', ['ارتفع المؤشر 3.5 نقطة و٣٫٥ بالمئة.', 'ثم هبط']],
    ['thousands separator', 'نزح 1,500 شخص. وعاد', ['نزح 1,500 شخص.', 'وعاد']],
    ['doctor abbreviation', 'قال د. محمد الأمين إن الوضع خطير.', ['قال د. محمد الأمين إن الوضع خطير.']],
    ['professor and engineer abbreviations', 'حضر أ. د. خالد وم. سامي الاجتماع', ['حضر أ. د. خالد وم. سامي الاجتماع']],
    ['post office box', 'العنوان ص.ب. 1234 الرياض. اتصل بنا', ['العنوان ص.ب. 1234 الرياض.', 'اتصل بنا']],
    ['latin abbreviations', 'قالت وزارة الخارجية U.S. اليوم إن Mr. Kerry سيزور', ['قالت وزارة الخارجية U.S. اليوم إن Mr. Kerry سيزور']],
    ['a calendar letter after a year ends the sentence', 'تأسست عام 1932م. وتضم', ['تأسست عام 1932م.', 'وتضم']],
    ['urls and e-mail', 'راجع www.spa.gov.sa أو news@spa.gov.sa للمزيد. انتهى', ['راجع www.spa.gov.sa أو news@spa.gov.sa للمزيد.', 'انتهى']],
    ['a quotation that closes in the sentence', 'قال: «انتهت المعركة. سنعود» ثم غادر. وبعد', ['قال: «انتهت المعركة. سنعود» ثم غادر.', 'وبعد']],
    ['a stop before the closing quote ends the sentence after it', 'قال: «انتهت المعركة.» وغادر', ['قال: «انتهت المعركة.»', 'وغادر']],
    ['parentheses', 'نقلت الوكالة (وهي رسمية. مقرها دمشق) الخبر. ثم', ['نقلت الوكالة (وهي رسمية. مقرها دمشق) الخبر.', 'ثم']],
    ['an unclosed quotation does not swallow the text', 'قال «انتهى. ثم عاد', ['قال «انتهى.', 'ثم عاد']],
    ['a numbered list item', 'وأبرز النقاط:\n1. وقف إطلاق النار.\n2. تبادل الأسرى.', ['وأبرز النقاط:', '1. وقف إطلاق النار.', '2. تبادل الأسرى.']],
    ['a number ending a sentence', 'بلغ عدد القتلى 12. وأصيب آخرون', ['بلغ عدد القتلى 12.', 'وأصيب آخرون']],
    ['stacked marks stay together', 'حقا؟! نعم', ['حقا؟!', 'نعم']],
    ['whitespace is trimmed', '  \n الخبر الأول.  \n\n  ', ['الخبر الأول.']],
    ['empty text', ' \n ', []],
  ];
  it.each(table)('%s', (_rule, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('splits a run-on paragraph at a comma once it is very long', () => {
    const clause = 'وقال المتحدث إن القوات تقدمت نحو المدينة';
    const text = Array.from({ length: 20 }, () => clause).join('، ');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(text.slice(s.end - 1, s.end) === '،' || s.end === text.length).toBe(true);
  });

  it('numbers sentences in order', () => {
    expect(splitSentences('أ. ب. ج. انتهى. ثم').map((s) => s.index)).toEqual([0, 1]);
  });
});

describe('splitSentences: properties', () => {
  it('spans are ordered, disjoint, trimmed and inside the text', () => {
    fc.assert(
      fc.property(arabicish(), (text) => {
        let previousEnd = 0;
        splitSentences(text).forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          const slice = text.slice(s.start, s.end);
          expect(slice.trim()).toBe(slice);
          previousEnd = s.end;
        });
      }),
      { numRuns: 500 },
    );
  });
});
