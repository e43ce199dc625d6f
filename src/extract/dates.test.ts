import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../text/index.js';
import { extractTimeExpressions, type TimeMention } from './dates.js';

function extract(text: string): TimeMention[] {
  return extractTimeExpressions(tokenize(text), text);
}

describe('extractTimeExpressions: what each expression says', () => {
  it.each([
    // [sentence, surface, expected reading (partial)]
    ['قصفت الطائرات أمس مطار بورتسودان', 'أمس', { kind: 'relative-day', offset: -1, part: null, weekday: null }],
    ['وقصفت الطائرات مساء أمس مواقع للمسلحين', 'مساء أمس', { kind: 'relative-day', offset: -1, part: 'evening' }],
    ['وتقام المباراة غداً الثلاثاء', 'غداً الثلاثاء', { kind: 'relative-day', offset: 1, weekday: 2 }],
    ['أعلنت الشرطة اليوم (الاثنين) اعتقال ثلاثة', 'اليوم (الاثنين)', { kind: 'relative-day', offset: 0, weekday: 1 }],
    ['وقررت المحكمة أمس - الأحد - تأجيل القضية', 'أمس - الأحد -', { kind: 'relative-day', offset: -1, weekday: 0 }],
    ['وسمع دوي انفجارات الليلة الماضية', 'الليلة الماضية', { kind: 'relative-day', offset: -1, part: 'night' }],
    ['وتوفي الفنان البارحة الأولى بعد صراع مع المرض', 'البارحة الأولى', { kind: 'relative-day', offset: -2 }],
    ['ويصل الوفد الليلة إلى جنيف', 'الليلة', { kind: 'relative-day', offset: 0, part: 'night' }],
    ['وقتل جنديان فجر الخميس في هجوم', 'فجر الخميس', { kind: 'weekday', weekday: 4, occurrence: null, part: 'dawn', future: false }],
    ['وتبدأ الدراسة الأحد المقبل', 'الأحد المقبل', { kind: 'weekday', weekday: 0, occurrence: 1 }],
    ['وستعقد اللجنة اجتماعها الأحد', 'الأحد', { kind: 'weekday', weekday: 0, occurrence: null, future: true }],
    ['ومن المقرر أن يصل الوفد الأحد', 'الأحد', { kind: 'weekday', weekday: 0, occurrence: null, future: true }],
    ['وقال إنه سيزور المدينة، وكان قد وصل الأحد', 'الأحد', { kind: 'weekday', weekday: 0, occurrence: null, future: false }],
    ['وسوف تجرى الانتخابات في يوليو', 'يوليو', { kind: 'date', month: 7, future: true }],
    ['وأصدر الرئيس عبدربه منصور هادي الاثنين قرارا جمهوريا', 'الاثنين', { kind: 'weekday', weekday: 1 }],
    ['بعد مجزرة خان بني سعد الجمعة الماضية', 'الجمعة الماضية', { kind: 'weekday', weekday: 5, occurrence: -1 }],
    ['وقد اختطف التنظيم ستين مسيحيا الخميس', 'الخميس', { kind: 'weekday', future: false }],
    ['وعين الجيش خلال اجتماع سنوي الاربعاء قائدا جديدا', 'الاربعاء', { kind: 'weekday', future: false }],
    ['وتطلق الحملة خلال شهر رمضان المبارك الحالي', 'شهر رمضان المبارك الحالي', { kind: 'date', calendar: 'hijri', month: 9, direction: 'current' }],
    ['وتكثر الزيارات في رمضان الكريم', 'رمضان الكريم', { kind: 'date', calendar: 'hijri', month: 9 }],
    ['وأغلقت الأسواق الاثنين قبل الماضي', 'الاثنين قبل الماضي', { kind: 'weekday', weekday: 1, occurrence: -2 }],
    ['وأجرى الاتصال مساء يوم الجمعة', 'مساء يوم الجمعة', { kind: 'weekday', weekday: 5, part: 'evening' }],
    ['وتراجع الإنتاج خلال الأسبوع الماضي', 'الأسبوع الماضي', { kind: 'relative-period', unit: 'week', offset: -1 }],
    ['ويبدأ التطبيق مطلع الشهر المقبل', 'مطلع الشهر المقبل', { kind: 'relative-period', unit: 'month', offset: 1, phase: 'early' }],
    ['وينتهي المشروع نهاية العام', 'نهاية العام', { kind: 'relative-period', unit: 'year', offset: 0, phase: 'late' }],
    ['وتبلغ الميزانية هذه السنة 800 مليار', 'هذه السنة', { kind: 'relative-period', unit: 'year', offset: 0 }],
    ['وقعت الحادثة قبل عامين', 'قبل عامين', { kind: 'offset', unit: 'year', count: 2, sign: -1 }],
    ['وتحاصر الميليشيات المدينة منذ ثلاثة أيام', 'منذ ثلاثة أيام', { kind: 'offset', unit: 'day', count: 3, sign: -1 }],
    ['وقتل الصحفي قبل 22 عاما', 'قبل 22 عاما', { kind: 'offset', unit: 'year', count: 22 }],
    ['ويستمر النزاع منذ أكثر من أربعة أشهر', 'منذ أكثر من أربعة أشهر', { kind: 'offset', unit: 'month', count: 4 }],
    ['وسيعقد المؤتمر بعد أسبوعين', 'بعد أسبوعين', { kind: 'offset', unit: 'week', count: 2, sign: 1 }],
    ['بيروت، الثلاثاء 21 تموز/يوليو 2015', 'الثلاثاء 21 تموز/يوليو 2015', { kind: 'date', year: 2015, month: 7, day: 21, weekday: 2 }],
    ['وتعود الواقعة إلى يوليو الماضي', 'يوليو الماضي', { kind: 'date', month: 7, year: null, direction: 'past' }],
    ['وقع الانفجار في ١٥ رمضان ١٤٣٦ هـ', '١٥ رمضان ١٤٣٦ هـ', { kind: 'date', calendar: 'hijri', year: 1436, month: 9, day: 15 }],
    ['وتضاعف الاستهلاك خلال شهر رمضان', 'شهر رمضان', { kind: 'date', calendar: 'hijri', month: 9, year: null }],
    ['ويستمر المهرجان حتى 4 ذي الحجة', '4 ذي الحجة', { kind: 'date', calendar: 'hijri', month: 12, day: 4 }],
    ['وحتى يوم الخميس الـ4 من شهر ذي الحجة', 'يوم الخميس الـ4 من شهر ذي الحجة', { kind: 'date', calendar: 'hijri', month: 12, day: 4, weekday: 4 }],
    ['وانتخب رئيسا في نيسان 2014', 'نيسان 2014', { kind: 'date', month: 4, year: 2014 }],
    ['وأفرج عنه في 3 حزيران الماضي', '3 حزيران الماضي', { kind: 'date', month: 6, day: 3, direction: 'past' }],
    ['وأعلن ذلك في 2 فيفري 2015', '2 فيفري 2015', { kind: 'date', month: 2, day: 2, year: 2015 }],
    ['وتراجعت الأسعار منذ مارس آذار', 'مارس آذار', { kind: 'date', month: 3 }],
    ['وقد تم ذلك في أيار 2013', 'أيار 2013', { kind: 'date', month: 5, year: 2013 }],
    ['وتسلم منصبه غرة مارس 2008م', 'غرة مارس 2008م', { kind: 'date', month: 3, day: 1, year: 2008 }],
    ['ويعود إلى عام 1430هـ', 'عام 1430هـ', { kind: 'date', calendar: 'hijri', year: 1430, month: null }],
    ['وأعلنت الحكومة منذ 2011 عن خطة', '2011', { kind: 'date', year: 2011, month: null }],
    ['وارتفع الإنتاج في أواخر 2014', 'أواخر 2014', { kind: 'date', year: 2014, phase: 'late' }],
    ['وقد تراجعت الأسعار في أغسطس من العام الماضي', 'أغسطس من العام الماضي', { kind: 'date', month: 8, year: null, yearOffset: -1 }],
  ])('%s → «%s»', (sentence, surface, expected) => {
    const mentions = extract(sentence);
    expect(mentions.map((m) => m.surface)).toContain(surface);
    expect(mentions.find((m) => m.surface === surface)?.reading).toMatchObject(expected);
  });
});

describe('extractTimeExpressions: words that look like dates and are not', () => {
  it.each([
    'مارس الضغط على الحكومة لسنوات طويلة',
    'وصل آب إلى المدينة مع أطفاله',
    'استمع الجمهور إلى أغنية ماي واي الشهيرة',
    'وفي اليوم التالي وصل الوفد إلى الرياض',
    'وفي ذلك اليوم خرج الآلاف إلى الشوارع',
    'وقال في اليوم الوطني إن البلاد موحدة',
    'ذكرت صحيفة المصري اليوم أن الحكومة تدرس القرار',
    'وبثت قناة روسيا اليوم تقريرا مصورا',
    'وشاركت قوى 14 آذار في جلسة الحوار',
    'وتحل ذكرى ثورة 25 يناير بعد أشهر',
    'وأقيم الحفل في مدينة 6 أكتوبر',
    'وقد تغير العالم بعد هجمات 11 سبتمبر',
    'ويعد يوم العمل في الصيف طويلا',
    'وقال الأمين العام المقبل للأمم المتحدة إن',
    'وهذا هو الرأي العام السابق للأحداث',
    'وتحسن الاقتصاد بشكل عام',
    'ووقع الطرفين الاثنين على الاتفاق',
    'وأضاف أن الاثنين الآخرين رفضا النقل',
    'ولن يكون آخرها ما كتبه عبدالله الجمعة في كتابه',
    'ولو لم يكتب سوى هذه القصيدة ذات الأبيات الأحد عشر لكفاه',
    'وارتفع النفط بعدما لامس أدنى مستوياته',
    'وأكد في حديث لـ"اليوم" أن الخطورة قائمة',
    'وتزداد الأسعار يوما بعد يوم',
    'وبعد عشرة أشهر أصبح الأمير رئيسا للوزراء',
    'واعتقل قبل يومين من الانتخابات',
    'والتقى الرئيس رجب طيب أردوغان نظيره',
    'وارتفع العدد من صفر إلى عشرة',
    'وقال الفنان محمد رمضان إن الفيلم جاهز',
    'واشترى سيارة نيسان جديدة',
    'ويدرس الطالب في جامعة تشرين',
    'وبلغ عدد الضحايا 2014 شخصا',
    'وصدر القرار 2216 عن مجلس الأمن',
    'ونمت الشركة لليوم الثاني على التوالي',
    'واستمر القتال عدة أيام وأسابيع',
    'وانتهت المباراة بنتيجة 3 - 1 لصالح الهلال',
    'وسجل 17 و18 هدفا في الموسمين',
  ])('%s → nothing', (sentence) => {
    expect(extract(sentence).map((m) => m.surface)).toEqual([]);
  });
});

describe('extractTimeExpressions: spans', () => {
  it.each([
    // [text, expected surfaces in order]
    ['والخميس زار الوزير المعرض', ['الخميس']],
    ['وأمس أعلنت الوزارة، ومساء اليوم تعقد الحكومة اجتماعها', ['أمس', 'مساء اليوم']],
    ['وتقام المباراة غَداً على الملعب', ['غَداً']],
    ['وقال الوزير أمـس إن الاتفاق قريب', ['أمـس']],
    ['بين عامي 2013 و2014 تضاعف الإنتاج', ['عامي 2013', '2014']],
    ['وأعلن في 1 يناير 2015 وفي 2 فبراير 2015 عن الخطة', ['1 يناير 2015', '2 فبراير 2015']],
    ['اعتباراً من اليوم السبت 9 / 10 / 1436 هـ الموافق 25 / 7 / 2015 م', ['اليوم السبت 9 / 10 / 1436 هـ', '25 / 7 / 2015 م']],
  ])('%s', (text, surfaces) => {
    const mentions = extract(text);
    expect(mentions.map((m) => m.surface)).toEqual(surfaces);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('keeps sentence indexes and never joins words across a sentence end', () => {
    const text = 'انتهت الجولة الأولى يوم. الخميس المقبل تبدأ الثانية.';
    const mentions = extract(text);
    expect(mentions.map((m) => [m.surface, m.sentence])).toEqual([['الخميس المقبل', 1]]);
  });

  const fragments = [
    'أمس', 'اليوم', 'الخميس', 'والخميس', 'يوم', 'مساء', 'الماضي', 'المقبل', 'قبل', 'بعد', 'منذ', 'عامين', 'أيام',
    'ثلاثة', 'يوليو', 'تموز', 'آذار', 'رمضان', 'شهر', 'عام', 'العام', 'الشهر', 'مطلع', 'من', 'هـ', 'م', '(', ')', '/',
    '-', '،', '.', '21', '2015', '١٤٣٦', '7', '21/7/2015', '2015-07-21', 'غداً', 'قال', 'الوزير', ' ', '\u200f', 'ـ',
  ];
  const textArb = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(' '));

  it('never throws; spans are the original text, in order and not overlapping', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string()), (text) => {
        const mentions = extract(text);
        let last = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
