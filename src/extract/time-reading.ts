import type { Span } from '../core/index.js';

/** 0 = Sunday … 6 = Saturday (the numbering of Date#getUTCDay). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Part of a day named with it: فجر, صباح, ظهر, عصر, مساء, ليل/ليلة. Kept for the reader; a date stays a day. */
export type DayPart = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/**
 * Part of a month or a year: مطلع/أوائل/بداية (early), منتصف/أواسط (mid), أواخر/نهاية (late); of a year also
 * its season (ربيع, صيف, خريف, شتاء).
 */
export type Phase = 'early' | 'mid' | 'late' | 'spring' | 'summer' | 'autumn' | 'winter';

/** الماضي/المنصرم/الفائت (past), الجاري/الحالي (current), المقبل/القادم (next). */
export type Direction = 'past' | 'current' | 'next';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** What a time expression says, before it is placed on the calendar (see src/resolve/dates.ts). */
export type TimeReading =
  /** اليوم (0), أمس (−1), أول أمس (−2), غدا (+1), بعد غد (+2), الليلة, مساء أمس; `weekday` when the text names it too («أمس الاثنين»). */
  | { kind: 'relative-day'; offset: number; part: DayPart | null; weekday: Weekday | null }
  /**
   * A weekday without a date: الخميس, يوم السبت الماضي, الأحد المقبل, فجر الجمعة. `occurrence` is what the text
   * says, counted from the publication day: −1 the last one (الماضي), −2 the one before (قبل الماضي), +1 the next
   * (المقبل), null when it says nothing. `future`: the clause speaks of the future (ستعقد …، من المقرر …).
   */
  | { kind: 'weekday'; weekday: Weekday; occurrence: number | null; part: DayPart | null; future: boolean }
  /**
   * الأسبوع الماضي (−1), الشهر الجاري (0), العام المقبل (+1), مطلع الشهر, نهاية العام الماضي; `day` for a day
   * of a relative month («الخامس من الشهر الجاري»).
   */
  | { kind: 'relative-period'; unit: 'week' | 'month' | 'year'; offset: number; phase: Phase | null; day: number | null }
  /** قبل يومين, منذ ثلاثة أيام, بعد أسبوع: the point `count` units before (−1) or after (+1) publication. */
  | { kind: 'offset'; unit: TimeUnit; count: number; sign: -1 | 1 }
  /**
   * A calendar date, complete or not: 21 يوليو 2015, 2015-07-21, تموز الماضي, في عام 2011, أواخر 2014,
   * 15 رمضان 1436 هـ, شهر رمضان. `month` and `day` are in the date's own calendar. `yearOffset` is a year
   * counted from publication instead of written («يوليو من العام الماضي»: −1). `future`: a date with neither
   * year nor direction stands in a clause about the future («ستعقد القمة في أكتوبر»).
   */
  | {
      kind: 'date';
      calendar: 'gregorian' | 'hijri';
      year: number | null;
      yearOffset: number | null;
      month: number | null;
      day: number | null;
      direction: Direction | null;
      phase: Phase | null;
      weekday: Weekday | null;
      part: DayPart | null;
      future: boolean;
    };

export type TimeKind = TimeReading['kind'];

/** A time expression found in a text: where it is in the original text, as written, and what it says. */
export interface TimeMention extends Span {
  surface: string;
  /** Index of the sentence holding the expression's first token. */
  sentence: number;
  reading: TimeReading;
}
