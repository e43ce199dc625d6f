import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../text/index.js';
import { extractTimeExpressions, type TimeReading, type Weekday } from '../extract/dates.js';
import { gregorianToDay, isoDate, weekdayOf } from './calendar.js';
import { parseAnchor, publicationDate, resolveTime, type ResolvedDate } from './dates.js';

/** The one mention of `surface` in `sentence`, resolved against `published`. */
function resolveIn(sentence: string, published: string | null, surface: string): ResolvedDate {
  const mentions = extractTimeExpressions(tokenize(sentence), sentence);
  const found = mentions.filter((m) => m.surface === surface);
  expect(found.map((m) => m.surface), `mentions: ${mentions.map((m) => m.surface).join(' | ')}`).toEqual([surface]);
  return resolveTime(found[0]!, published);
}

// [sentence, publication date, expected surface, ISO value, precision]
const rows: [string, string, string, string, string][] = [
  // Acceptance cases.
  ['قالت مصادر إن طائرات مسيرة قصفت أمس مطار بورتسودان', '2025-05-05', 'أمس', '2025-05-04', 'day'],
  ['وقال مسؤول محلي إن الغارة وقعت الخميس على أطراف المدينة', '2025-05-05', 'الخميس', '2025-05-01', 'day'],
  ['ومن المقرر أن تستأنف المفاوضات الخميس المقبل في جدة', '2025-05-05', 'الخميس المقبل', '2025-05-08', 'day'],
  ['وكان التنظيم قد سيطر على البلدة قبل عامين', '2025-05-05', 'قبل عامين', '2023', 'year'],
  ['وقعت الاشتباكات في يوليو الماضي قرب الحدود', '2015-08-02', 'يوليو الماضي', '2015-07', 'month'],
  ['وصدر القرار الملكي في 15 رمضان 1436 هـ بتعيينه', '2015-08-02', '15 رمضان 1436 هـ', '2015-07-02', 'day'],
  // Days counted from publication.
  ['أعلنت الشرطة اليوم (الاثنين) اعتقال ثلاثة أشخاص', '2015-07-20', 'اليوم (الاثنين)', '2015-07-20', 'day'],
  ['قال وزير كويتي اليوم الثلاثاء إن الخلاف انتهى', '2015-08-05 01:12:00', 'اليوم الثلاثاء', '2015-08-04', 'day'],
  ['وقصفت الطائرات مساء أمس مواقع للمسلحين', '2015-07-22', 'مساء أمس', '2015-07-21', 'day'],
  ['وشهدت الأسواق تراجعا حادا يوم أمس', '2015-07-27', 'يوم أمس', '2015-07-26', 'day'],
  ['التقى الوزير نظيره أول من أمس في الرياض', '2015-07-31', 'أول من أمس', '2015-07-29', 'day'],
  ['واختتمت البطولة مساء امس الاول بالمباراة النهائية', '2015-08-09', 'مساء امس الاول', '2015-08-07', 'day'],
  ['وتقام المباراة غداً على ملعب الملك فهد', '2015-07-21', 'غداً', '2015-07-22', 'day'],
  ['ويقام الحفل عند الثامنة من صباح يوم غد الأربعاء', '2015-07-21', 'صباح يوم غد الأربعاء', '2015-07-22', 'day'],
  ['ويعقد المجلس جلسته الاستثنائية بعد غد', '2015-07-21', 'بعد غد', '2015-07-23', 'day'],
  ['وسمع دوي انفجارات عنيفة الليلة الماضية في صنعاء', '2015-07-21', 'الليلة الماضية', '2015-07-20', 'day'],
  ['وأمس أعلنت الوزارة عن خطة جديدة', '2015-07-21', 'أمس', '2015-07-20', 'day'],
  ['وأشار إلى أن الأوضاع تغيرت بالأمس القريب', '2015-07-21', 'بالأمس', '2015-07-20', 'day'],
  // Weekdays: bare and الماضي → the last one before publication; المقبل/القادم → the next.
  ['وشن الطيران غارات فجر الخميس على مواقع الحوثيين', '2015-07-20', 'فجر الخميس', '2015-07-16', 'day'],
  ['وكان الرئيس قد زار المدينة يوم السبت الماضي', '2015-07-20', 'يوم السبت الماضي', '2015-07-18', 'day'],
  ['وتبدأ الدراسة في المدارس الأحد القادم', '2015-07-20', 'الأحد القادم', '2015-07-26', 'day'],
  ['وأعلن الجيش يوم الجمعة الفائت السيطرة على التلة', '2015-07-20', 'يوم الجمعة الفائت', '2015-07-17', 'day'],
  ['والتقى السفير الأربعاء، والخميس زار المعرض', '2015-07-20', 'الخميس', '2015-07-16', 'day'],
  ['وأغلقت الأسواق الاثنين قبل الماضي بسبب العطلة', '2015-07-22', 'الاثنين قبل الماضي', '2015-07-13', 'day'],
  ['وقتل ثلاثة جنود في هجوم ليل الأحد - الاثنين', '2015-07-21', 'ليل الأحد - الاثنين', '2015-07-19', 'day'],
  // A clause about the future turns a bare weekday or a month without a year forward.
  ['ومن المقرر أن تستأنف المفاوضات الخميس في جدة', '2025-05-05', 'الخميس', '2025-05-08', 'day'],
  ['وستكون أول حصة تدريبية في أبوظبي عصر السبت', '2015-08-01', 'عصر السبت', '2015-08-08', 'day'],
  ['وستعقد أوبك اجتماعها التالي في الرابع من ديسمبر (كانون الأول)', '2015-07-21', 'الرابع من ديسمبر (كانون الأول)', '2015-12-04', 'day'],
  ['وسوف تجرى الانتخابات في يوليو', '2015-07-21', 'يوليو', '2015-07', 'month'],
  // Weeks, months and years counted from publication.
  ['ارتفعت الصادرات خلال الأسبوع الماضي بنسبة 3%', '2015-07-21', 'الأسبوع الماضي', '2015-W29', 'week'],
  ['وتعقد القمة الأسبوع المقبل في القاهرة', '2015-07-21', 'الأسبوع المقبل', '2015-W31', 'week'],
  ['تراجع معدل التضخم الشهر الماضي إلى 2 في المئة', '2015-07-21', 'الشهر الماضي', '2015-06', 'month'],
  ['ويزور الرئيس موسكو خلال الشهر الجاري', '2015-07-21', 'الشهر الجاري', '2015-07', 'month'],
  ['وشهد العام الماضي أكبر موجة نزوح منذ عقود', '2015-07-21', 'العام الماضي', '2014', 'year'],
  ['وتتوقع الحكومة نموا أعلى العام المقبل', '2015-07-21', 'العام المقبل', '2016', 'year'],
  ['وارتفعت أسعار المساكن خلال السنة الماضية', '2015-07-21', 'السنة الماضية', '2014', 'year'],
  ['وتبلغ الميزانية هذا العام 800 مليار ريال', '2015-07-21', 'هذا العام', '2015', 'year'],
  ['ويبدأ تطبيق القرار مطلع الشهر المقبل', '2015-07-21', 'مطلع الشهر المقبل', '2015-08', 'month'],
  ['ومن المتوقع أن ينتهي المشروع أواخر العام الجاري', '2015-07-21', 'أواخر العام الجاري', '2015', 'year'],
  ['وزار الملك المنطقة في الخامس من الشهر الجاري', '2015-07-21', 'الخامس من الشهر الجاري', '2015-07-05', 'day'],
  ['وجرى ذلك في 21 من الشهر الماضي', '2015-07-25', '21 من الشهر الماضي', '2015-06-21', 'day'],
  ['وقد انخفض الإنتاج في صيف العام الماضي', '2015-07-21', 'صيف العام الماضي', '2014', 'year'],
  // Spans counted back (منذ/قبل) or forward (بعد) from publication.
  ['وتحاصر الميليشيات المدينة منذ ثلاثة أيام', '2015-07-21', 'منذ ثلاثة أيام', '2015-07-18', 'day'],
  ['وقع الحادث قبل عشرة أعوام في المدينة نفسها', '2015-07-21', 'قبل عشرة أعوام', '2005', 'year'],
  ['وكانت الشركة قد أعلنت إفلاسها قبل أسبوعين', '2015-07-21', 'قبل أسبوعين', '2015-W28', 'week'],
  ['ويدور النزاع في البلاد منذ 4 أشهر', '2015-07-21', 'منذ 4 أشهر', '2015-03', 'month'],
  ['وكان قد اعتقل قبل يومين في مداهمة ليلية', '2015-07-21', 'قبل يومين', '2015-07-19', 'day'],
  ['وتوفي الملا عمر منذ سنتين تاركا الحركة بلا زعيم', '2015-07-31', 'منذ سنتين', '2013', 'year'],
  ['وهي الأكبر من نوعها منذ 12 عامًا', '2015-08-08', 'منذ 12 عامًا', '2003', 'year'],
  ['والتصعيد هو الأسوأ منذ بدء المحادثات قبل نحو ثلاث سنوات', '2015-07-24', 'قبل نحو ثلاث سنوات', '2012', 'year'],
  ['وستعلن الوزارة النتائج النهائية بعد أسبوع', '2015-07-21', 'بعد أسبوع', '2015-W31', 'week'],
  ['وتنطلق الرحلة الأولى عام 2017 أي بعد عامين فقط من الآن', '2015-07-31', 'بعد عامين فقط من الآن', '2017', 'year'],
  // Explicit dates in every series and notation.
  ['وفي 21 يوليو 2015 أعلن المجلس نتائج التحقيق', '2015-08-02', '21 يوليو 2015', '2015-07-21', 'day'],
  ['وتجرى الانتخابات في 26 فبراير عام 2016 في زيوريخ', '2015-07-31', '26 فبراير عام 2016', '2016-02-26', 'day'],
  ['وهي فتوى أصدرها في 27 يوليو سنة 2013', '2015-08-03', '27 يوليو سنة 2013', '2013-07-27', 'day'],
  ['بيروت، الثلاثاء 21 تموز/يوليو 2015 (رويترز)', '2015-08-02', 'الثلاثاء 21 تموز/يوليو 2015', '2015-07-21', 'day'],
  ['صدر البيان بتاريخ 21/7/2015 عن وزارة الداخلية', '2015-08-02', '21/7/2015', '2015-07-21', 'day'],
  ['آخر تحديث: 2015-07-21 الساعة 10:30', '2015-08-02', '2015-07-21', '2015-07-21', 'day'],
  ['اعتباراً من السبت 9 / 10 / 1436 هـ الموافق 25 / 7 / 2015 م', '2015-08-02', '25 / 7 / 2015 م', '2015-07-25', 'day'],
  ['في عام 2011 اندلعت الاحتجاجات في عدة مدن', '2015-08-02', 'عام 2011', '2011', 'year'],
  ['وأُسست الجمعية عام ٢٠١٤ بقرار وزاري', '2015-08-02', 'عام ٢٠١٤', '2014', 'year'],
  ['وسيطر التنظيم على المدينة في ١٥ آب ٢٠١٤', '2015-08-02', '١٥ آب ٢٠١٤', '2014-08-15', 'day'],
  ['وعاد اللاجئون إلى منازلهم في كانون الثاني الماضي', '2015-07-21', 'كانون الثاني الماضي', '2015-01', 'month'],
  ['وجرت الانتخابات في تشرين الأول 2013', '2015-07-21', 'تشرين الأول 2013', '2013-10', 'month'],
  ['وفي يوم 14 جانفي 2011 غادر بن علي البلاد', '2015-07-21', 'يوم 14 جانفي 2011', '2011-01-14', 'day'],
  ['وارتفعت الصادرات في جويلية الماضي', '2015-08-02', 'جويلية الماضي', '2015-07', 'month'],
  ['وانطلقت الحملة في أفريل 2015', '2015-08-02', 'أفريل 2015', '2015-04', 'month'],
  ['وأجريت الانتخابات البلدية في ماي 2014', '2015-08-02', 'ماي 2014', '2014-05', 'month'],
  ['وأغلق السوق في 20 غشت 2014', '2015-08-02', '20 غشت 2014', '2014-08-20', 'day'],
  ['وقد أدرج النائب العام الجماعة على القائمة في مارس (آذار) الماضي', '2015-07-21', 'مارس (آذار) الماضي', '2015-03', 'month'],
  ['وسجل البرميل أدنى مستوى له منذ أوائل أبريل نيسان', '2015-07-25', 'أوائل أبريل نيسان', '2015-04', 'month'],
  ['وبدأت المحادثات في أكتوبر', '2015-07-21', 'أكتوبر', '2014-10', 'month'],
  ['وتجري الانتخابات في أكتوبر المقبل', '2015-07-21', 'أكتوبر المقبل', '2015-10', 'month'],
  ['ويستمر المهرجان حتى منتصف يوليو', '2015-08-02', 'منتصف يوليو', '2015-07', 'month'],
  ['وقد تراجعت الأسعار في أغسطس من العام الماضي', '2015-07-21', 'أغسطس من العام الماضي', '2014-08', 'month'],
  ['وكانت الشركة قد تأسست أواخر 2014', '2015-07-21', 'أواخر 2014', '2014', 'year'],
  ['وتخضع إيران للعقوبات منذ 2006 بسبب برنامجها', '2015-07-21', '2006', '2006', 'year'],
  ['وارتفع الإنتاج بين عامي 2013 و2014 بنسبة كبيرة', '2015-07-21', '2014', '2014', 'year'],
  ['وسجل النمو 3% في العام 2013م', '2015-07-21', 'العام 2013م', '2013', 'year'],
  ['ويلتقي الوفد يوم الاثنين الموافق العاشر من شهر أغسطس', '2015-07-21', 'يوم الاثنين الموافق العاشر من شهر أغسطس', '2015-08-10', 'day'],
  ['وأجرى الاثنين 10 مارس اتصالاً هاتفياً بالرئيس', '2015-07-21', 'الاثنين 10 مارس', '2014-03-10', 'day'],
  // The first day of a range takes the month and year of its end.
  ['وزار الوفد المنطقة يومي 17 و18 رمضان الماضي', '2015-08-09', '17', '2015-07-04', 'day'],
  ['وتقام البطولة في الفترة من 4 إلى 15 أغسطس 2015 في المملكة', '2015-07-23', '4', '2015-08-04', 'day'],
  ['وتقام الدورة في الفترة من 23/10 إلى 5/11/1436هـ', '2015-08-06', '23/10', '2015-08-09', 'day'],
  // Holidays on their Hijri day.
  ['وزار المرضى في أول أيام عيد الفطر المبارك', '2015-07-21', 'أول أيام عيد الفطر المبارك', '2015-07-18', 'day'],
  ['وقتل ثلاثة في هجوم ثاني أيام عيد الفطر', '2015-07-21', 'ثاني أيام عيد الفطر', '2015-07-19', 'day'],
  ['وتستأنف الدراسة بعد عيد الأضحى المقبل', '2015-07-21', 'عيد الأضحى المقبل', '2015-09-24', 'day'],
  // Hijri dates: tabular calendar, a named weekday fixes the day.
  ['وتُصرف الرواتب في غرة رمضان', '2015-07-21', 'غرة رمضان', '2015-06-18', 'day'],
  ['وارتفع الاستهلاك خلال شهر رمضان بنسبة كبيرة', '2015-07-21', 'شهر رمضان', '2015-07', 'month'],
  ['وحلّ عيد الفطر الجمعة 1 شوال 1436', '2015-07-21', 'الجمعة 1 شوال 1436', '2015-07-17', 'day'],
  ['وتستمر الفعاليات حتى 12 شوال الجاري', '2015-07-25', '12 شوال الجاري', '2015-07-29', 'day'],
  ['وأنشئت الجمعية عام 1430هـ بإشراف الوزارة', '2015-07-25', 'عام 1430هـ', '2009', 'year'],
  ['صدر في 15/9/1436 هـ قرار بتعيينه', '2015-07-25', '15/9/1436 هـ', '2015-07-02', 'day'],
  ['وأطلق البرنامج عام 1435 بالتعاون مع الوزارة', '2015-07-26', 'عام 1435', '2014', 'year'],
  ['ويعمل البرنامج ما بين اليوم 15 من شهر يونيو ونهاية أغسطس', '2015-08-08', 'اليوم 15 من شهر يونيو', '2015-06-15', 'day'],
];

describe('resolveTime on Arabic news sentences', () => {
  it.each(rows)('%s (published %s): «%s» → %s (%s)', (sentence, published, surface, value, precision) => {
    const resolved = resolveIn(sentence, published, surface);
    expect(resolved.value).toBe(value);
    if (resolved.value !== null) expect(resolved.precision).toBe(precision);
  });
});

describe('ranges', () => {
  it.each([
    ['ويبدأ تطبيق القرار مطلع الشهر المقبل', '2015-07-21', 'مطلع الشهر المقبل', '2015-08-01', '2015-08-10'],
    ['ومن المتوقع أن ينتهي المشروع أواخر العام الجاري', '2015-07-21', 'أواخر العام الجاري', '2015-09-01', '2015-12-31'],
    ['ارتفعت الصادرات خلال الأسبوع الماضي بنسبة 3%', '2015-07-21', 'الأسبوع الماضي', '2015-07-13', '2015-07-19'],
    ['وارتفع الاستهلاك خلال شهر رمضان بنسبة كبيرة', '2015-07-21', 'شهر رمضان', '2015-06-18', '2015-07-17'],
    ['وقد انخفض الإنتاج في شتاء العام الماضي', '2015-07-21', 'شتاء العام الماضي', '2014-12-01', '2015-02-28'],
    ['ويستمر المهرجان حتى منتصف يوليو', '2015-08-02', 'منتصف يوليو', '2015-07-11', '2015-07-20'],
    ['وقعت الاشتباكات في يوليو الماضي قرب الحدود', '2015-08-02', 'يوليو الماضي', '2015-07-01', '2015-07-31'],
  ])('%s: «%s» covers %s … %s', (sentence, published, surface, start, end) => {
    const resolved = resolveIn(sentence, published, surface);
    expect(resolved.value === null ? null : [resolved.start, resolved.end]).toEqual([start, end]);
  });
});

function reading(partial: Partial<Extract<TimeReading, { kind: 'date' }>>): TimeReading {
  return { kind: 'date', calendar: 'gregorian', year: null, yearOffset: null, month: null, day: null, direction: null, phase: null, weekday: null, part: null, future: false, ...partial };
}

describe('the year of a month named without one', () => {
  it.each([
    // [month, direction, publication date, expected]
    [7, null, '2015-08-02', '2015-07'],
    [7, null, '2015-07-20', '2015-07'],
    [8, null, '2015-07-20', '2014-08'],
    [7, 'past', '2015-07-20', '2014-07'],
    [6, 'past', '2015-07-20', '2015-06'],
    [7, 'next', '2015-07-20', '2016-07'],
    [8, 'next', '2015-07-20', '2015-08'],
    [1, 'current', '2015-07-20', '2015-01'],
  ] as const)('month %i, %s, published %s → %s', (month, direction, published, expected) => {
    expect(resolveTime({ reading: reading({ month, direction }) }, published).value).toBe(expected);
  });

  it.each([
    // [month, day, publication date, expected] in a clause about the future
    [7, null, '2015-07-20', '2015-07'],
    [6, null, '2015-07-20', '2016-06'],
    [7, 20, '2015-07-20', '2015-07-20'],
    [7, 19, '2015-07-20', '2016-07-19'],
    [12, 4, '2015-07-20', '2015-12-04'],
  ] as const)('future: month %i, day %s, published %s → %s', (month, day, published, expected) => {
    expect(resolveTime({ reading: reading({ month, day, future: true }) }, published).value).toBe(expected);
  });

  it('reads a day and month with their weekday in the one year around publication where they agree', () => {
    // 10 March was a Monday in 2014, not in 2015 or 2016.
    expect(resolveTime({ reading: reading({ month: 3, day: 10, weekday: 1 }) }, '2015-07-21').value).toBe('2014-03-10');
  });
});

describe('weekdays', () => {
  const anyDay = fc.integer({ min: gregorianToDay(1990, 1, 1), max: gregorianToDay(2040, 12, 31) });
  const anyWeekday = fc.integer({ min: 0, max: 6 }).map((w) => w as Weekday);

  it('a bare weekday is the last such day strictly before publication', () => {
    fc.assert(
      fc.property(anyDay, anyWeekday, (day, weekday) => {
        const resolved = resolveTime({ reading: { kind: 'weekday', weekday, occurrence: -1, part: null, future: false } }, isoDate(day));
        const date = parseAnchor(resolved.value);
        expect(date).not.toBeNull();
        expect(weekdayOf(date!)).toBe(weekday);
        expect(day - date!).toBeGreaterThanOrEqual(1);
        expect(day - date!).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('المقبل is the first such day strictly after publication, and قبل الماضي a week before the last one', () => {
    fc.assert(
      fc.property(anyDay, anyWeekday, (day, weekday) => {
        const next = parseAnchor(resolveTime({ reading: { kind: 'weekday', weekday, occurrence: 1, part: null, future: false } }, isoDate(day)).value)!;
        expect(weekdayOf(next)).toBe(weekday);
        expect(next - day).toBeGreaterThanOrEqual(1);
        expect(next - day).toBeLessThanOrEqual(7);
        const last = parseAnchor(resolveTime({ reading: { kind: 'weekday', weekday, occurrence: -1, part: null, future: false } }, isoDate(day)).value)!;
        const beforeLast = parseAnchor(resolveTime({ reading: { kind: 'weekday', weekday, occurrence: -2, part: null, future: false } }, isoDate(day)).value)!;
        expect(last - beforeLast).toBe(7);
      }),
    );
  });

  it('on a Thursday, «الخميس» is the Thursday a week before', () => {
    expect(resolveTime({ reading: { kind: 'weekday', weekday: 4, occurrence: null, part: null, future: false } }, '2015-07-23').value).toBe('2015-07-16');
  });

  it('in a clause about the future, a bare weekday is the next one', () => {
    fc.assert(
      fc.property(anyDay, anyWeekday, (day, weekday) => {
        const bare = { kind: 'weekday', weekday, occurrence: null, part: null, future: true } as const;
        const next = { ...bare, occurrence: 1, future: false };
        expect(resolveTime({ reading: bare }, isoDate(day))).toEqual(resolveTime({ reading: next }, isoDate(day)));
      }),
    );
  });
});

describe('days named with their weekday', () => {
  it.each([
    // [offset, weekday, publication date, value, has a note]
    [0, 1, '2015-07-20', '2015-07-20', false],
    [0, 1, '2015-07-21', '2015-07-20', true],
    [-1, 0, '2015-07-20', '2015-07-19', false],
    [0, 4, '2015-07-20', '2015-07-20', true],
  ] as const)('offset %i, weekday %i, published %s → %s', (offset, weekday, published, value, noted) => {
    const resolved = resolveTime({ reading: { kind: 'relative-day', offset, part: null, weekday } }, published);
    expect(resolved.value).toBe(value);
    expect(resolved.value !== null && resolved.note !== null).toBe(noted);
  });
});

describe('without a publication date', () => {
  it.each<[TimeReading, boolean]>([
    [{ kind: 'relative-day', offset: -1, part: null, weekday: null }, false],
    [{ kind: 'weekday', weekday: 4, occurrence: null, part: null, future: false }, false],
    [{ kind: 'relative-period', unit: 'month', offset: -1, phase: null, day: null }, false],
    [{ kind: 'offset', unit: 'year', count: 2, sign: -1 }, false],
    [reading({ month: 7, direction: 'past' }), false],
    [reading({ year: 2015, month: 7, day: 21 }), true],
    [reading({ year: 2011 }), true],
    [reading({ calendar: 'hijri', year: 1436, month: 9, day: 15 }), true],
  ])('%j resolves: %s', (r, resolves) => {
    for (const anchor of [null, '', 'unknown']) {
      const resolved = resolveTime({ reading: r }, anchor);
      expect(resolved.value !== null).toBe(resolves);
      if (resolved.value === null) expect(resolved.reason).toMatch(/publication date|ISO date/);
    }
  });
});

describe('publicationDate', () => {
  it.each([
    ['2015-07-21 02:51:32', '2015-07-21'],
    ['2015-07-21T23:10:00+03:00', '2015-07-21'],
    ['2025-05-05', '2025-05-05'],
  ])('%s → %s, reported', (anchor, value) => {
    expect(publicationDate(anchor)).toMatchObject({ value, start: value, end: value, precision: 'reported' });
  });

  it.each([null, '', '21/07/2015', '2015-02-30'])('says why there is none for %j', (anchor) => {
    const resolved = publicationDate(anchor);
    expect(resolved.value).toBeNull();
    expect(resolved.value === null && resolved.reason.length).toBeGreaterThan(10);
  });
});

describe('impossible dates', () => {
  it.each([
    [reading({ year: 2015, month: 6, day: 31 }), /no day 31/],
    [reading({ year: 2015, month: 2, day: 29 }), /no day 29/],
    [{ kind: 'relative-period', unit: 'month', offset: -1, phase: null, day: 31 } as TimeReading, /no day 31/],
  ])('%j is unresolved', (r, reason) => {
    const resolved = resolveTime({ reading: r }, '2015-07-21');
    expect(resolved.value).toBeNull();
    expect(resolved.value === null && resolved.reason).toMatch(reason);
  });
});

describe('resolution is deterministic and inside its range', () => {
  it('every value lies between start and end, for any reading and publication day', () => {
    const readingArb: fc.Arbitrary<TimeReading> = fc.oneof(
      fc.record({ kind: fc.constant('relative-day' as const), offset: fc.integer({ min: -2, max: 2 }), part: fc.constant(null), weekday: fc.option(fc.integer({ min: 0, max: 6 }).map((w) => w as Weekday)) }),
      fc.record({ kind: fc.constant('relative-period' as const), unit: fc.constantFrom('week' as const, 'month' as const, 'year' as const), offset: fc.integer({ min: -2, max: 2 }), phase: fc.constantFrom(null, 'early' as const, 'mid' as const, 'late' as const, 'winter' as const), day: fc.constant(null) }),
      fc.record({ kind: fc.constant('offset' as const), unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const), count: fc.integer({ min: 1, max: 100 }), sign: fc.constantFrom(-1 as const, 1 as const) }),
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.option(fc.integer({ min: 1, max: 28 })), calendar: fc.constantFrom('gregorian' as const, 'hijri' as const), direction: fc.constantFrom(null, 'past' as const, 'next' as const) }).map((p) => reading(p)),
    );
    fc.assert(
      fc.property(readingArb, fc.integer({ min: gregorianToDay(1990, 1, 1), max: gregorianToDay(2040, 12, 31) }), (r, day) => {
        const anchor = isoDate(day);
        const resolved = resolveTime({ reading: r }, anchor);
        expect(resolveTime({ reading: r }, anchor)).toEqual(resolved);
        expect(resolved.value).not.toBeNull();
        if (resolved.value === null) return;
        expect(resolved.start <= resolved.end).toBe(true);
        if (resolved.precision === 'day') expect(resolved.start).toBe(resolved.value);
        if (resolved.precision === 'month' && !(r.kind === 'date' && r.calendar === 'hijri')) expect(resolved.start.startsWith(resolved.value)).toBe(true);
        const shape = { day: /^\d{4}-\d\d-\d\d$/, week: /^\d{4}-W\d\d$/, month: /^\d{4}-\d\d$/, year: /^\d{4}$/, reported: /^$/ }[resolved.precision];
        expect(resolved.value).toMatch(shape);
      }),
    );
  });
});
