import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apiUrl, clearedFilters, EMPTY_FILTERS, EVENT_VIEWS, filtersToQuery, LIST_FILTERS, parseFilters, parseView, TEXT_FILTERS, viewToHash, type Filters, type View } from '../../web/src/state.js';

describe('filters in the URL', () => {
  const cases: { query: string; change: Partial<Filters>; canonical: string }[] = [
    { query: '', change: {}, canonical: '' },
    { query: '?type=ASSAULT,PROTEST', change: { type: ['ASSAULT', 'PROTEST'] }, canonical: 'type=ASSAULT%2CPROTEST' },
    {
      query: '?q=%D9%85%D8%B5%D8%B1%D8%A7%D8%AA%D8%A9&country=LY&from=2015-07-01&to=2015-07-31',
      change: { q: 'مصراتة', country: ['LY'], from: '2015-07-01', to: '2015-07-31' },
      canonical: 'country=LY&from=2015-07-01&to=2015-07-31&q=%D9%85%D8%B5%D8%B1%D8%A7%D8%AA%D8%A9',
    },
    {
      query: '?actor=+الدعم السريع+&modality=asserted,,reported,asserted&min_confidence=0.5&cursor=abc&limit=10',
      change: { actor: 'الدعم السريع', modality: ['asserted', 'reported'], min_confidence: '0.5' },
      canonical: 'modality=asserted%2Creported&actor=%D8%A7%D9%84%D8%AF%D8%B9%D9%85+%D8%A7%D9%84%D8%B3%D8%B1%D9%8A%D8%B9&min_confidence=0.5',
    },
    // The view is written last and only when it is not the API's default; anything but `mentions` is canonical.
    { query: '?view=mentions&type=ASSAULT', change: { type: ['ASSAULT'], view: 'mentions' }, canonical: 'type=ASSAULT&view=mentions' },
    { query: '?view=canonical&country=SD', change: { country: ['SD'] }, canonical: 'country=SD' },
    { query: '?view=reports', change: {}, canonical: '' },
  ];
  for (const { query, change, canonical } of cases) {
    it(`reads ${query || 'nothing'}`, () => {
      const filters = parseFilters(query);
      expect(filters).toEqual({ ...EMPTY_FILTERS, ...change });
      expect(filtersToQuery(filters)).toBe(canonical);
    });
  }

  it('writes any filters so that reading them back gives the same filters', () => {
    const value = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && !s.includes(','));
    const lists = Object.fromEntries(LIST_FILTERS.map((k) => [k, fc.uniqueArray(value, { maxLength: 3 })]));
    const texts = Object.fromEntries(TEXT_FILTERS.map((k) => [k, fc.oneof(fc.constant(''), value)]));
    fc.assert(
      fc.property(fc.record({ ...lists, ...texts, view: fc.constantFrom(...EVENT_VIEWS) }), (record) => {
        const filters = record as unknown as Filters;
        expect(parseFilters(`?${filtersToQuery(filters)}`)).toEqual(filters);
      }),
    );
  });

  it('adds paging parameters to an API path after the filters', () => {
    const filters = { ...EMPTY_FILTERS, type: ['ASSAULT'], place: 'الفاشر' };
    expect(apiUrl('api/events', filters, { limit: '50', cursor: 'eyJ9' })).toBe(
      'api/events?type=ASSAULT&place=%D8%A7%D9%84%D9%81%D8%A7%D8%B4%D8%B1&limit=50&cursor=eyJ9',
    );
    expect(apiUrl('api/events.csv', EMPTY_FILTERS)).toBe('api/events.csv');
    expect(apiUrl('api/facets', { ...EMPTY_FILTERS, view: 'mentions' }, { facet: 'day' })).toBe('api/facets?view=mentions&facet=day');
  });

  it('clears every filter but keeps the view', () => {
    const filters = { ...EMPTY_FILTERS, type: ['ASSAULT'], q: 'الفاشر', from: '2025-03-01' };
    expect(clearedFilters({ ...filters, view: 'mentions' })).toEqual({ ...EMPTY_FILTERS, view: 'mentions' });
    expect(clearedFilters(filters)).toEqual(EMPTY_FILTERS);
  });
});

describe('the open panel in the fragment', () => {
  const cases: { hash: string; view: View }[] = [
    { hash: '', view: { kind: 'none' } },
    { hash: '#event/d2171483e5cd8571a1d114fc', view: { kind: 'event', id: 'd2171483e5cd8571a1d114fc' } },
    { hash: '#document/5506ea6e6e1b8e0de64971ed', view: { kind: 'document', id: '5506ea6e6e1b8e0de64971ed' } },
    { hash: '#actor/SDN%20REB%2F1', view: { kind: 'actor', id: 'SDN REB/1' } },
  ];
  for (const { hash, view } of cases) {
    it(`reads ${hash || 'no fragment'} and writes it back`, () => {
      expect(parseView(hash)).toEqual(view);
      expect(viewToHash(view)).toBe(hash);
    });
  }
  it('ignores fragments it does not know', () => {
    for (const hash of ['#map', '#event/', '#secret/1', '#event/%E0%A4%A']) expect(parseView(hash)).toEqual({ kind: 'none' });
  });
});
