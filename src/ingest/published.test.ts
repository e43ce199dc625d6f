import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePublished } from './published.js';

describe('normalizePublished', () => {
  it.each([
    ['2015-07-21 10:00:00', '2015-07-21T10:00:00'],
    ['2015-07-21', '2015-07-21'],
    ['2015-07-21T10:00:00', '2015-07-21T10:00:00'],
    ['  2015-07-21 02:51:32 ', '2015-07-21T02:51:32'],
    ['2015-07-21T10:00', '2015-07-21T10:00:00'],
    ['2015-07-21T10:00:00Z', '2015-07-21T10:00:00Z'],
    ['2015-07-21t10:00:00z', '2015-07-21T10:00:00Z'],
    ['2015-07-21T10:00:00+03:00', '2015-07-21T10:00:00+03:00'],
    ['2015-07-21T10:00:00+0300', '2015-07-21T10:00:00+03:00'],
    ['2015-07-21T10:00:00-04', '2015-07-21T10:00:00-04:00'],
    ['2015-07-21T10:00:00.250Z', '2015-07-21T10:00:00.250Z'],
    ['2015/7/1', '2015-07-01'],
    ['2016-02-29', '2016-02-29'],
    ['Tue, 21 Jul 2015 10:00:00 GMT', '2015-07-21T10:00:00Z'],
    ['21 Jul 2015 10:00:00 +0300', '2015-07-21T10:00:00+03:00'],
    ['Sat, 1 Aug 2015 08:30 +0000', '2015-08-01T08:30:00+00:00'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePublished(input)).toBe(expected);
  });

  it.each([
    null,
    '',
    'أمس',
    '21 يوليو 2015',
    'منذ ساعتين',
    '2015-13-01',
    '2015-02-30',
    '2015-02-29',
    '2015-07-21 24:00:00',
    '2015-07-21T10:61:00',
    '2015-07-21T10:00:00+15:00',
    '21/07/2015',
    '1437465600',
    '0999-01-01',
    'Tue, 21 Foo 2015 10:00:00 GMT',
  ])('%j → null (the record still ingests, undated)', (input) => {
    expect(normalizePublished(input)).toBeNull();
  });

  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

  it('yields ISO 8601 or null for any string, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789-/: TZ+.') })), (value) => {
        const normalized = normalizePublished(value);
        if (normalized === null) return;
        expect(normalized).toMatch(iso);
        expect(normalizePublished(normalized)).toBe(normalized);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every real "YYYY-MM-DD HH:MM:SS" time as the same instant written in ISO form', () => {
    const instants = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, (date) => {
        const iso8601 = date.toISOString().slice(0, 19);
        expect(normalizePublished(iso8601.replace('T', ' '))).toBe(iso8601);
        expect(normalizePublished(iso8601.slice(0, 10))).toBe(iso8601.slice(0, 10));
      }),
    );
  });
});
