import type { DatePrecision } from '../core/index.js';
import type { Phase, TimeMention, TimeReading, TimeUnit, Weekday } from '../extract/dates.js';
import {
  addMonths,
  dayToGregorian,
  dayToHijri,
  daysInGregorianMonth,
  daysInHijriMonth,
  gregorianToDay,
  hijriToDay,
  isoDate,
  isoWeek,
  isValidGregorian,
  pad,
  weekdayOf,
  type YMD,
} from './calendar.js';

/**
 * A time expression placed on the calendar. `value` is ISO 8601 at the expression's precision — a day
 * (2015-07-21), an ISO week (2015-W30), a month (2015-07) or a year (2015) — and `start`/`end` are the first and
 * last days it covers (narrower than the unit for مطلع/منتصف/أواخر). `relative` is true when the publication
 * date was needed to place it. `note` says what a reader should know (a Hijri date's uncertainty, a weekday
 * that disagrees with the date).
 */
export type ResolvedDate =
  | {
      value: string;
      start: string;
      end: string;
      precision: DatePrecision | 'reported';
      relative: boolean;
      note: string | null;
    }
  | { value: null; relative: boolean; reason: string };

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const HIJRI_NOTE = 'Hijri date converted with the tabular Islamic calendar: the announced date may differ by 1–2 days';

/**
 * The publication day of an anchor such as "2015-07-21", "2015-07-21 02:51:32" or "2015-07-21T02:51:32+03:00",
 * as an epoch day. The calendar day is read as written: it is the day the publisher's "today" refers to.
 */
export function parseAnchor(anchor: string | null): number | null {
  const match = anchor === null ? null : /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(anchor.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidGregorian(year, month, day) ? gregorianToDay(year, month, day) : null;
}

/** The date an event takes when the text gives none: the publication day, with precision `reported`. */
export function publicationDate(anchor: string | null): ResolvedDate {
  const day = parseAnchor(anchor);
  if (day === null) return unresolved(false, anchorProblem(anchor));
  const iso = isoDate(day);
  return { value: iso, start: iso, end: iso, precision: 'reported', relative: true, note: null };
}

/** Places a time expression on the calendar, counting relative expressions from the publication date `anchor`. */
export function resolveTime(mention: Pick<TimeMention, 'reading'>, anchor: string | null): ResolvedDate {
  const reading = mention.reading;
  const relative = isRelative(reading);
  const day = parseAnchor(anchor);
  if (relative && day === null) return unresolved(true, `a relative expression needs the publication date: ${anchorProblem(anchor)}`);
  // Past this point, `day` is only null for expressions that do not use it.
  const a = day ?? 0;
  switch (reading.kind) {
    case 'relative-day':
      return resolveRelativeDay(a + reading.offset, reading.weekday);
    case 'weekday':
      return dayOf(nthWeekday(a, reading.weekday, reading.occurrence ?? (reading.future ? 1 : -1)), true, null);
    case 'relative-period':
      return reading.day === null ? resolvePeriod(a, reading.unit, reading.offset, reading.phase) : dayOfRelativeMonth(a, reading.offset, reading.day);
    case 'offset':
      return resolvePeriod(a, reading.unit, reading.sign * reading.count, null);
    case 'date':
      return reading.calendar === 'gregorian' ? resolveGregorian(reading, a) : resolveHijri(reading, a);
  }
}

function isRelative(reading: TimeReading): boolean {
  return reading.kind !== 'date' || reading.year === null;
}

function anchorProblem(anchor: string | null): string {
  return anchor === null || anchor.trim() === '' ? 'the document has no publication date' : `"${anchor}" is not an ISO date (YYYY-MM-DD…)`;
}

function unresolved(relative: boolean, reason: string): ResolvedDate {
  return { value: null, relative, reason };
}

function span(value: string, first: number, last: number, precision: DatePrecision, relative: boolean, note: string | null): ResolvedDate {
  return { value, start: isoDate(first), end: isoDate(last), precision, relative, note };
}

function dayOf(day: number, relative: boolean, note: string | null): ResolvedDate {
  return span(isoDate(day), day, day, 'day', relative, note);
}

/**
 * اليوم / أمس / غدا counted from the publication day. When the text also names the weekday («أمس الاثنين»), that
 * weekday is the writer's own statement and outweighs a publication timestamp that is a day off (a crawl time,
 * a UTC time for a late-evening story): within one day, follow the weekday.
 */
function resolveRelativeDay(day: number, weekday: Weekday | null): ResolvedDate {
  if (weekday === null) return dayOf(day, true, null);
  const shift = nearestShift(day, weekday);
  if (shift === 0) return dayOf(day, true, null);
  if (Math.abs(shift) === 1) {
    return dayOf(day + shift, true, `the text names ${WEEKDAY_NAMES[weekday]}: one day ${shift < 0 ? 'before' : 'after'} what the publication date gives`);
  }
  return dayOf(day, true, `the text names ${WEEKDAY_NAMES[weekday]}, but the publication date gives a ${WEEKDAY_NAMES[weekdayOf(day)]}`);
}

/** Days (−3…+3) from `day` to the nearest day that is `weekday`. */
function nearestShift(day: number, weekday: Weekday): number {
  const forward = (weekday - weekdayOf(day) + 7) % 7;
  return forward > 3 ? forward - 7 : forward;
}

/** The `occurrence`-th `weekday` strictly before (negative) or after (positive) the publication day. */
function nthWeekday(anchor: number, weekday: Weekday, occurrence: number): number {
  if (occurrence < 0) {
    const back = (weekdayOf(anchor) - weekday + 7) % 7 || 7;
    return anchor - back + 7 * (occurrence + 1);
  }
  const ahead = (weekday - weekdayOf(anchor) + 7) % 7 || 7;
  return anchor + ahead + 7 * (occurrence - 1);
}

/** The day, week, month or year `offset` units from the publication day. */
function resolvePeriod(anchor: number, unit: TimeUnit, offset: number, phase: Phase | null): ResolvedDate {
  const here = dayToGregorian(anchor);
  switch (unit) {
    case 'day':
      return dayOf(anchor + offset, true, null);
    case 'week': {
      const week = isoWeek(anchor + 7 * offset);
      return span(week.label, week.monday, week.monday + 6, 'week', true, null);
    }
    case 'month': {
      const { year, month } = addMonths(here.year, here.month, offset);
      return gregorianMonth(year, month, phase, true, null);
    }
    case 'year':
      return gregorianYear(here.year + offset, phase, true);
  }
}

/** «الخامس من الشهر الماضي»: a day of the month `offset` months from publication. */
function dayOfRelativeMonth(anchor: number, offset: number, day: number): ResolvedDate {
  const here = dayToGregorian(anchor);
  const { year, month } = addMonths(here.year, here.month, offset);
  if (!isValidGregorian(year, month, day)) return unresolved(true, `there is no day ${day} in ${pad(year, 4)}-${pad(month, 2)}`);
  return dayOf(gregorianToDay(year, month, day), true, null);
}

/** Early, mid and late as thirds: days 1–10, 11–20, 21–end of a month. */
function phaseOfMonth(length: number, phase: Phase | null): [number, number] {
  if (phase === 'early') return [1, 10];
  if (phase === 'mid') return [11, 20];
  if (phase === 'late') return [21, length];
  return [1, length];
}

/**
 * The months of a year a phase covers, as [first, last] (last may pass December): early, mid and late as
 * thirds (January–April, May–August, September–December); seasons of the northern hemisphere, winter
 * being the one that begins in December of that year.
 */
const YEAR_PHASES: Readonly<Record<Phase, readonly [number, number]>> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};

function gregorianMonth(year: number, month: number, phase: Phase | null, relative: boolean, note: string | null): ResolvedDate {
  const [first, last] = phaseOfMonth(daysInGregorianMonth(year, month), phase);
  return span(`${pad(year, 4)}-${pad(month, 2)}`, gregorianToDay(year, month, first), gregorianToDay(year, month, last), 'month', relative, note);
}

function gregorianYear(year: number, phase: Phase | null, relative: boolean): ResolvedDate {
  const [first, last] = phase === null ? [1, 12] : YEAR_PHASES[phase];
  return span(pad(year, 4), gregorianToDay(year, first, 1), gregorianToDay(year, last + 1, 1) - 1, 'year', relative, null);
}

type DateReading = Extract<TimeReading, { kind: 'date' }>;

/**
 * The year of a month (and day) named without one, seen from the publication date `here` in the same calendar:
 * الماضي → the last one strictly before, المقبل → the first one strictly after, الجاري → this year. With no
 * word, the most recent such month not after the publication month (news reports what has happened) — unless
 * the clause speaks of the future, then the first one not before publication.
 */
function chooseYear(reading: DateReading, month: number, here: YMD): number {
  const order = (m: number, d: number) => m * 100 + d;
  const target = order(month, reading.day ?? 0);
  const now = order(here.month, reading.day === null ? 0 : here.day);
  switch (reading.direction) {
    case 'current':
      return here.year;
    case 'past':
      return target < now ? here.year : here.year - 1;
    case 'next':
      return target > now ? here.year : here.year + 1;
    case null:
      if (reading.future) return target >= now ? here.year : here.year + 1;
      return month <= here.month ? here.year : here.year - 1;
  }
}

function weekdayNote(day: number, weekday: Weekday | null): string | null {
  if (weekday === null || weekdayOf(day) === weekday) return null;
  return `the text names ${WEEKDAY_NAMES[weekday]}, but ${isoDate(day)} is a ${WEEKDAY_NAMES[weekdayOf(day)]}`;
}

function resolveGregorian(reading: DateReading, anchor: number): ResolvedDate {
  const { month, day, phase, weekday } = reading;
  if (month === null) {
    if (reading.year === null) return unresolved(false, 'a date needs a month or a year');
    return gregorianYear(reading.year, phase, false);
  }
  const here = dayToGregorian(anchor);
  const year =
    reading.year ??
    (reading.yearOffset === null ? null : here.year + reading.yearOffset) ??
    yearFromWeekday(month, day, weekday, anchor) ??
    chooseYear(reading, month, here);
  if (day === null) return gregorianMonth(year, month, phase, reading.year === null, null);
  if (!isValidGregorian(year, month, day)) return unresolved(reading.year === null, `there is no day ${day} in ${pad(year, 4)}-${pad(month, 2)}`);
  const date = gregorianToDay(year, month, day);
  return dayOf(date, reading.year === null, weekdayNote(date, weekday));
}

/** A day and month written with their weekday («الثلاثاء 21 يوليو») but no year: the one year around publication where they agree. */
function yearFromWeekday(month: number, day: number | null, weekday: Weekday | null, anchor: number): number | null {
  if (day === null || weekday === null) return null;
  const { year } = dayToGregorian(anchor);
  const fits = [year - 1, year, year + 1].filter((y) => isValidGregorian(y, month, day) && weekdayOf(gregorianToDay(y, month, day)) === weekday);
  return fits.length === 1 ? (fits[0] as number) : null;
}

function resolveHijri(reading: DateReading, anchor: number): ResolvedDate {
  const { month, day, phase, weekday } = reading;
  const relative = reading.year === null;
  if (month === null) {
    if (reading.year === null) return unresolved(false, 'a date needs a month or a year');
    const first = hijriToDay(reading.year, 1, 1);
    const last = hijriToDay(reading.year + 1, 1, 1) - 1;
    return span(pad(dayToGregorian((first + last) >> 1).year, 4), first, last, 'year', false, HIJRI_NOTE);
  }
  const here = dayToHijri(anchor);
  const year = reading.year ?? (reading.yearOffset === null ? null : here.year + reading.yearOffset) ?? chooseYear(reading, month, here);
  if (day === null) {
    const [from, to] = phaseOfMonth(daysInHijriMonth(year, month), phase);
    const first = hijriToDay(year, month, from);
    const mid = dayToGregorian(hijriToDay(year, month, 15));
    return span(`${pad(mid.year, 4)}-${pad(mid.month, 2)}`, first, first + (to - from), 'month', relative, HIJRI_NOTE);
  }
  if (day < 1 || day > 30) return unresolved(relative, `there is no day ${day} in a Hijri month`);
  const tabular = hijriToDay(year, month, day);
  if (weekday === null) return dayOf(tabular, relative, HIJRI_NOTE);
  // A named weekday fixes what the tabular calendar cannot: the month's start as announced.
  const shift = nearestShift(tabular, weekday);
  if (Math.abs(shift) <= 2) return dayOf(tabular + shift, relative, 'Hijri date converted with the tabular Islamic calendar and set to the weekday the text names');
  return dayOf(tabular, relative, `${HIJRI_NOTE}; ${weekdayNote(tabular, weekday)}`);
}
