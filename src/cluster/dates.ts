import type { EventRecord } from '../core/index.js';

/**
 * The days an event may have happened on, as day numbers since 1970-01-01 (inclusive bounds). A day-precision
 * date is that day; a week or a month is every day it covers; a `reported` date (the publication date) covers the
 * day before it too, since news reports what happened yesterday (with the day tolerance below, two reported dates
 * meet when they are at most two days apart). A year is too vague to
 * tell two events apart and an undated event has nothing to compare: both get null, and never merge.
 */
export interface DayRange {
  lo: number;
  hi: number;
}

const DAY_MS = 86_400_000;

/** Outlets date the same event a day apart (time zones, «أمس» read on either side of midnight). */
export const DAY_TOLERANCE = 1;
/** How far back of its publication date a `reported` event may lie. */
export const REPORTED_SPAN = 1;

export function dayNumber(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayRange(record: Pick<EventRecord, 'date' | 'date_precision'>): DayRange | null {
  if (record.date === null) return null;
  const first = dayNumber(record.date);
  if (first === null) return null;
  switch (record.date_precision) {
    case 'day':
      return { lo: first, hi: first };
    case 'reported':
      return { lo: first - REPORTED_SPAN, hi: first };
    case 'week':
      return { lo: first, hi: first + 6 };
    case 'month': {
      const start = new Date(first * DAY_MS);
      const next = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) / DAY_MS;
      return { lo: first, hi: next - 1 };
    }
    default:
      return null;
  }
}

/** Whether two ranges overlap once each is widened by the day tolerance. */
export function rangesMeet(a: DayRange, b: DayRange): boolean {
  return a.lo <= b.hi + DAY_TOLERANCE && b.lo <= a.hi + DAY_TOLERANCE;
}
