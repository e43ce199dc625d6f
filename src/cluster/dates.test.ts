import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/index.js';
import { dayNumber, dayRange, isoDay, rangesMeet } from './dates.js';

const range = (date: string | null, date_precision: EventRecord['date_precision']) => dayRange({ date, date_precision });

describe('date ranges', () => {
  it.each([
    ['2015-08-20', 'day', '2015-08-20', '2015-08-20'],
    ['2015-08-20', 'reported', '2015-08-19', '2015-08-20'],
    ['2015-08-17', 'week', '2015-08-17', '2015-08-23'],
    ['2015-02-01', 'month', '2015-02-01', '2015-02-28'],
  ] as const)('%s at %s precision covers %s to %s', (date, precision, lo, hi) => {
    const r = range(date, precision)!;
    expect([isoDay(r.lo), isoDay(r.hi)]).toEqual([lo, hi]);
  });

  it('has no range for a year or an undated event', () => {
    expect(range('2015-01-01', 'year')).toBeNull();
    expect(range(null, null)).toBeNull();
    expect(dayNumber('amanhã')).toBeNull();
  });

  it.each([
    [['2015-08-20', 'day'], ['2015-08-21', 'day'], true],
    [['2015-08-20', 'day'], ['2015-08-22', 'day'], false],
    [['2015-08-20', 'reported'], ['2015-08-22', 'reported'], true],
    [['2015-08-20', 'reported'], ['2015-08-23', 'reported'], false],
    [['2015-08-01', 'month'], ['2015-08-31', 'day'], true],
    [['2015-08-01', 'month'], ['2015-09-02', 'day'], false],
  ] as const)('%j meets %j: %s', ([d1, p1], [d2, p2], meet) => {
    expect(rangesMeet(range(d1, p1)!, range(d2, p2)!)).toBe(meet);
    expect(rangesMeet(range(d2, p2)!, range(d1, p1)!)).toBe(meet);
  });
});
