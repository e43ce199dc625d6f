/**
 * Publication dates arrive in many shapes ("2015-07-21 10:00:00", "2015/7/21", "Tue, 21 Jul 2015 10:00:00 +0300").
 * They are normalized to ISO 8601 as written, keeping the precision and the zone the source gave and never
 * converting between zones (a local time without a zone stays local). Anything not clearly a date becomes null.
 */
export function normalizePublished(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  return fromIsoLike(text) ?? fromRfc2822(text);
}

const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const RFC_2822 =
  /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC?|Z|[+-]\d{4})?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function fromIsoLike(text: string): string | null {
  const m = ISO_LIKE.exec(text);
  if (!m) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = m;
  return compose(year!, month!, day!, hour, minute, second, fraction, zone);
}

function fromRfc2822(text: string): string | null {
  const m = RFC_2822.exec(text);
  if (!m) return null;
  const [, day, monthName, year, hour, minute, second, zone] = m;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return null;
  return compose(year!, String(month), day!, hour, minute, second ?? '00', undefined, zone);
}

function compose(
  year: string,
  month: string,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
): string | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  const date = `${year}-${pad(mo)}-${pad(d)}`;
  if (hour === undefined || minute === undefined) return date;
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second ?? '0');
  if (h > 23 || mi > 59 || s > 59) return null;
  const offset = normalizeZone(zone);
  if (offset === null) return null;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${fraction ?? ''}${offset}`;
}

/** '' for no zone, `Z` for UTC, `±HH:MM` otherwise; null for an offset no place on Earth uses. */
function normalizeZone(zone: string | undefined): string | null {
  if (zone === undefined) return '';
  if (/^(z|gmt|utc?)$/i.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59) return null;
  return `${zone[0]}${pad(hours)}:${pad(minutes)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
