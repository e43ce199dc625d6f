/**
 * Calendar arithmetic for the timeline, on ISO dates (YYYY-MM-DD) in UTC so no time zone shifts a day.
 */

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

function isoDay(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

export interface DayCount {
  day: string;
  count: number;
}

/** A bar of the timeline: the days `from`..`to` (inclusive) and their events. */
export interface Bin {
  from: string;
  to: string;
  /** The period as a date of its unit: 2015-07-21, 2015-07 or 2015. */
  label: string;
  count: number;
}

type Unit = 'day' | 'month' | 'year';

const LABEL_LENGTH: Readonly<Record<Unit, number>> = { day: 10, month: 7, year: 4 };

function binStart(dayNum: number, unit: Unit): number {
  if (unit === 'day') return dayNum;
  const iso = isoDay(dayNum);
  return dayNumber(unit === 'month' ? `${iso.slice(0, 7)}-01` : `${iso.slice(0, 4)}-01-01`);
}

function nextBinStart(start: number, unit: Unit): number {
  if (unit === 'day') return start + 1;
  const date = new Date(start * DAY_MS);
  if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCFullYear(date.getUTCFullYear() + 1);
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * Consecutive bars from the first to the last day with events, empty periods at zero. A bar is a day while that
 * gives at most `maxBins` bars, else a month, else a year, so one stray old date cannot make ten thousand bars.
 * Unparseable days are dropped.
 */
export function timeBins(counts: readonly DayCount[], maxBins = 400): Bin[] {
  const days = counts.map((c) => ({ n: dayNumber(c.day), count: c.count })).filter((c) => Number.isFinite(c.n));
  if (days.length === 0) return [];
  const first = Math.min(...days.map((d) => d.n));
  const last = Math.max(...days.map((d) => d.n));
  const spanDays = last - first + 1;
  const unit: Unit = spanDays <= maxBins ? 'day' : spanDays <= maxBins * 30 ? 'month' : 'year';
  const byStart = new Map<number, number>();
  for (const d of days) {
    const start = binStart(d.n, unit);
    byStart.set(start, (byStart.get(start) ?? 0) + d.count);
  }
  const bins: Bin[] = [];
  for (let start = binStart(first, unit); start <= last; ) {
    const next = nextBinStart(start, unit);
    const from = isoDay(start);
    bins.push({ from, to: isoDay(next - 1), label: from.slice(0, LABEL_LENGTH[unit]), count: byStart.get(start) ?? 0 });
    start = next;
  }
  return bins;
}

/** The bar under an x position, for `bins` bars drawn across `width` pixels (clamped to the first and last). */
export function binAt(x: number, width: number, bins: number): number {
  if (bins <= 0 || width <= 0) return 0;
  return Math.max(0, Math.min(bins - 1, Math.floor((x / width) * bins)));
}

/** The first and last bars that overlap the range from..to (an empty bound is open); null with no range or no overlap. */
export function binRange(bins: readonly Bin[], from: string, to: string): [number, number] | null {
  if (!from && !to) return null;
  const lo = from ? dayNumber(from) : -Infinity;
  const hi = to ? dayNumber(to) : Infinity;
  const inside = bins.flatMap((bin, i) => (dayNumber(bin.to) >= lo && dayNumber(bin.from) <= hi ? [i] : []));
  const first = inside[0];
  const last = inside.at(-1);
  return first === undefined || last === undefined ? null : [first, last];
}
