import { describe, expect, it } from 'vitest';
import { binAt, binRange, timeBins } from '../../web/src/days.js';
import { dominantQuad, markerSize } from '../../web/src/quad.js';

describe('timeBins', () => {
  it('gives one bar per day from the first to the last, empty days at zero', () => {
    expect(
      timeBins([
        { day: '2015-07-22', count: 2 },
        { day: '2015-07-20', count: 5 },
        { day: 'not a day', count: 9 },
      ]),
    ).toEqual([
      { from: '2015-07-20', to: '2015-07-20', label: '2015-07-20', count: 5 },
      { from: '2015-07-21', to: '2015-07-21', label: '2015-07-21', count: 0 },
      { from: '2015-07-22', to: '2015-07-22', label: '2015-07-22', count: 2 },
    ]);
    expect(timeBins([])).toEqual([]);
  });

  it('groups by month, then by year, when days would give too many bars', () => {
    const months = timeBins(
      [
        { day: '2015-01-31', count: 1 },
        { day: '2015-02-01', count: 2 },
        { day: '2015-02-28', count: 3 },
        { day: '2015-04-10', count: 4 },
      ],
      30,
    );
    expect(months).toEqual([
      { from: '2015-01-01', to: '2015-01-31', label: '2015-01', count: 1 },
      { from: '2015-02-01', to: '2015-02-28', label: '2015-02', count: 5 },
      { from: '2015-03-01', to: '2015-03-31', label: '2015-03', count: 0 },
      { from: '2015-04-01', to: '2015-04-30', label: '2015-04', count: 4 },
    ]);
    const years = timeBins(
      [
        { day: '1990-08-02', count: 1 },
        { day: '2015-07-21', count: 7 },
      ],
      100,
    );
    expect(years).toHaveLength(26);
    expect(years[0]).toEqual({ from: '1990-01-01', to: '1990-12-31', label: '1990', count: 1 });
    expect(years.at(-1)).toEqual({ from: '2015-01-01', to: '2015-12-31', label: '2015', count: 7 });
  });

  it('finds the bar under the pointer, clamped to the chart', () => {
    expect([-5, 0, 9.9, 10, 99, 150].map((x) => binAt(x, 100, 10))).toEqual([0, 0, 0, 1, 9, 9]);
  });
});

describe('binRange', () => {
  const bins = timeBins([
    { day: '2025-03-14', count: 3 },
    { day: '2025-03-20', count: 1 },
  ]);
  it('finds the bars a date range covers, open bounds included', () => {
    expect(binRange(bins, '2025-03-15', '2025-03-17')).toEqual([1, 3]);
    expect(binRange(bins, '2025-03-18', '')).toEqual([4, 6]);
    expect(binRange(bins, '', '2025-03-14')).toEqual([0, 0]);
    expect(binRange(bins, '2024-01-01', '2030-01-01')).toEqual([0, 6]);
  });
  it('gives nothing without a range or outside the bars', () => {
    expect(binRange(bins, '', '')).toBeNull();
    expect(binRange(bins, '2025-04-01', '2025-04-30')).toBeNull();
    expect(binRange([], '2025-03-01', '')).toBeNull();
  });
  it('counts a month bar as covered by any of its days', () => {
    const months = timeBins([{ day: '2015-01-31', count: 1 }, { day: '2015-04-10', count: 4 }], 30);
    expect(binRange(months, '2015-02-27', '2015-03-02')).toEqual([1, 2]);
  });
});

describe('marker colour and size', () => {
  it('paints a place with its most frequent class, conflict winning ties', () => {
    expect(dominantQuad({ 'verbal-cooperation': 3, 'material-conflict': 1 })).toBe('verbal-cooperation');
    expect(dominantQuad({ 'verbal-cooperation': 2, 'verbal-conflict': 2 })).toBe('verbal-conflict');
    expect(dominantQuad({})).toBeNull();
  });
  it('grows with the count within bounds', () => {
    expect(markerSize(1)).toBe(18);
    expect(markerSize(26)).toBe(38);
    expect(markerSize(100_000)).toBe(48);
  });
});
