/**
 * Calendar arithmetic on whole days, with no library and no clock: a day is its number of days since
 * 1970-01-01 (the "epoch day"), so adding days, finding weekdays and converting calendars are integer sums.
 */

/** A calendar date; `month` is 1–12 and `day` 1–31 in both the Gregorian and the Hijri calendar. */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** The epoch day of a Gregorian date; out-of-range days roll over (31 June → 1 July), as Date.UTC does. */
export function gregorianToDay(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, reads years 0–99 as themselves.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function dayToGregorian(epochDay: number): YMD {
  const date = new Date(epochDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, the numbering of Date#getUTCDay. */
export function weekdayOf(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function daysInGregorianMonth(year: number, month: number): number {
  return gregorianToDay(year, month + 1, 1) - gregorianToDay(year, month, 1);
}

export function isValidGregorian(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInGregorianMonth(year, month);
}

/** Year and month `delta` months away (delta may be negative). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The ISO 8601 week (Monday to Sunday) holding a day: its label ("2015-W30") and its Monday. */
export function isoWeek(epochDay: number): { label: string; monday: number } {
  const monday = epochDay - ((weekdayOf(epochDay) + 6) % 7);
  // The ISO week-numbering year is the year of the week's Thursday.
  const thursday = monday + 3;
  const { year } = dayToGregorian(thursday);
  const week = Math.floor((thursday - gregorianToDay(year, 1, 1)) / 7) + 1;
  return { label: `${pad(year, 4)}-W${pad(week, 2)}`, monday };
}

export function isoDate(epochDay: number): string {
  const { year, month, day } = dayToGregorian(epochDay);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The tabular (arithmetical) Islamic calendar, civil epoch (1 Muharram 1 AH = Friday 16 July 622 Julian), with
 * leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle: the calendar ICU calls `islamic-civil`.
 * Months announced by moon sighting or by Umm al-Qura differ from it by up to one or two days.
 */
const HIJRI_EPOCH_JDN = 1_948_440;
const JDN_OF_EPOCH_DAY_0 = 2_440_588;

function hijriToJdn(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + HIJRI_EPOCH_JDN - 1;
}

export function hijriToDay(year: number, month: number, day: number): number {
  return hijriToJdn(year, month, day) - JDN_OF_EPOCH_DAY_0;
}

export function dayToHijri(epochDay: number): YMD {
  const jdn = epochDay + JDN_OF_EPOCH_DAY_0;
  const year = Math.floor((30 * (jdn - HIJRI_EPOCH_JDN) + 10_646) / 10_631);
  const month = Math.min(12, Math.ceil((jdn - 29 - hijriToJdn(year, 1, 1)) / 29.5) + 1);
  return { year, month, day: jdn - hijriToJdn(year, month, 1) + 1 };
}

export function isHijriLeapYear(year: number): boolean {
  return (((14 + 11 * year) % 30) + 30) % 30 < 11;
}

export function daysInHijriMonth(year: number, month: number): number {
  if (month === 12) return isHijriLeapYear(year) ? 30 : 29;
  return month % 2 === 1 ? 30 : 29;
}
