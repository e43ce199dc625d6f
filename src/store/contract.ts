import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../core/index.js';
import { CODER_VERSION, type Document, type EventRecord } from '../core/index.js';
import { describeCanonicalStore } from './canonical-contract.js';
import type { DocumentStore, IndexedDocument, IndexedEvent } from './types.js';

function indexed(fields: Partial<IndexedDocument> & Pick<IndexedDocument, 'id' | 'text' | 'searchTerms'>): IndexedDocument {
  return {
    source: null,
    url: null,
    title: null,
    publishedAt: null,
    language: 'ar',
    ingestedAt: '2025-03-14T09:00:00.000Z',
    events: [],
    ...fields,
  };
}

function event(fields: Partial<EventRecord> & Pick<EventRecord, 'id' | 'event_type' | 'date'>, docId: string): EventRecord {
  return {
    date_precision: 'day',
    date_text: null,
    quad_code: 'material-conflict',
    mode: null,
    context: ['military'],
    modality: 'asserted',
    actor: [],
    recipient: [],
    event_loc: {
      extracted_place: 'مصراتة',
      resolved_place: 'Misrata',
      geonameid: 2214846,
      lat: 32.37535,
      lon: 15.09254,
      country_code: 'LY',
      admin1: 'Mişrātah',
      feature_class: 'P',
      feature_code: 'PPLA',
      precision: 'sentence',
      resolution: 'exact',
      start: 30,
      end: 36,
    },
    event_text: 'اشتباكات',
    text: 'اندلعت اشتباكات عنيفة في مدينة مصراتة الليبية',
    evidence: { doc_id: docId, sentence: 0, start: 0, end: 46, trigger_start: 7, trigger_end: 15 },
    dead: null,
    injured: null,
    arrested: null,
    confidence: 0.8,
    coder: CODER_VERSION,
    ...fields,
  };
}

/** An event as the pipeline hands it over: its actors and recipients carry the terms they are found by. */
function withTerms(record: EventRecord, actorTerms: string[][] = [], recipientTerms: string[][] = []): IndexedEvent {
  return { record, actorTerms, recipientTerms };
}

function entity(entity_text: string, start: number, fields: Partial<EventRecord['actor'][number]> = {}): EventRecord['actor'][number] {
  return { entity_text, start, end: start + entity_text.length, code: null, sector: null, country: null, name: null, name_ar: null, name_en: null, rule: 'vso', ...fields };
}

function stored(doc: IndexedDocument): Document {
  const { id, source, url, title, publishedAt, language, text, ingestedAt } = doc;
  return { id, source, url, title, publishedAt, language, text, ingestedAt };
}

const misrata = indexed({
  id: 'aawsat-misrata-clashes',
  source: 'aawsat',
  url: 'https://aawsat.com/home/article/410826',
  title: 'اشتباكات عنيفة في مصراتة',
  publishedAt: '2015-07-21T10:00:00',
  text: 'اندلعت اشتباكات عنيفة في مدينة مصراتة الليبية صباح اليوم بين قوات حكومة الوفاق ومسلحين مجهولين.',
  searchTerms: ['اندلعت', 'اشتباكات', 'عنيفه', 'مدينه', 'مصراته', 'ليبيه', 'ليبيا', 'حكومه', 'وفاق'],
});
const tripoli = indexed({
  id: 'alriyadh-tripoli-talks',
  source: 'alriyadh',
  url: 'https://www.alriyadh.com/1068392',
  title: 'محادثات الأمم المتحدة في طرابلس',
  publishedAt: '2015-07-22',
  text: 'استؤنفت في طرابلس محادثات السلام الليبية برعاية الأمم المتحدة وسط تفاؤل حذر.',
  searchTerms: ['استؤنفت', 'طرابلس', 'محادثات', 'سلام', 'ليبيه', 'ليبيا', 'امم', 'متحده'],
});
const sanaa = indexed({
  id: 'aawsat-sanaa-raid',
  source: 'aawsat',
  url: 'https://aawsat.com/home/article/421100',
  title: 'غارات للتحالف على صنعاء',
  publishedAt: '2015-08-01T08:30:00+03:00',
  text: 'شن طيران التحالف العربي غارات على مواقع للحوثيين في العاصمة اليمنية صنعاء فجر السبت.',
  searchTerms: ['شن', 'طيران', 'تحالف', 'عربي', 'غارات', 'حوثيين', 'عاصمه', 'يمنيه', 'صنعاء', 'سبت'],
});
const port = indexed({
  id: 'okaz-misrata-port',
  source: 'okaz',
  title: 'إغلاق ميناء مصراتة',
  text: 'أعلنت السلطات الليبية إغلاق ميناء مصراتة أمام السفن التجارية بمصراتة حتى إشعار آخر.',
  searchTerms: ['اعلنت', 'سلطات', 'ليبيه', 'ليبيا', 'اغلاق', 'ميناء', 'مصراته', 'سفن', 'تجاريه', 'بمصراته'],
});
const corpus = [misrata, tripoli, sanaa, port];

const ids = (hits: { id: string }[]): string[] => hits.map((hit) => hit.id);

/**
 * The behaviour every DocumentStore must show. `open` must return a new, empty store each time it is called;
 * each test closes the store it opened.
 */
export function describeDocumentStore(name: string, open: () => DocumentStore): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    beforeEach(() => {
      store = open();
    });
    afterEach(() => {
      store.close();
    });

    describe('putDocuments and getDocument', () => {
      it('stores documents and returns them as given, without their search terms', () => {
        expect(store.putDocuments(corpus)).toEqual({ inserted: 4, existing: 0 });
        for (const doc of corpus) expect(store.getDocument(doc.id)).toEqual(stored(doc));
      });

      it('returns null for an id it does not hold', () => {
        store.putDocuments([misrata]);
        expect(store.getDocument('no-such-document')).toBeNull();
      });

      it('accepts an empty batch', () => {
        expect(store.putDocuments([])).toEqual({ inserted: 0, existing: 0 });
        expect(store.countDocuments()).toBe(0);
      });

      it('is idempotent: a known id is counted as existing and left untouched', () => {
        store.putDocuments([misrata, tripoli]);
        const changed = { ...misrata, title: 'عنوان آخر', searchTerms: ['عنوان'] };
        expect(store.putDocuments([changed, sanaa])).toEqual({ inserted: 1, existing: 1 });
        expect(store.getDocument(misrata.id)).toEqual(stored(misrata));
        expect(store.search({ groups: [['عنوان']], limit: 10 })).toEqual([]);
        expect(store.countDocuments()).toBe(3);
      });

      it('counts a repeated id within one batch once', () => {
        expect(store.putDocuments([port, port, { ...port, title: 'مكرر' }])).toEqual({ inserted: 1, existing: 2 });
        expect(store.getDocument(port.id)?.title).toBe(port.title);
      });

      it('stores a batch all or nothing', () => {
        const broken = { ...tripoli, id: 'broken', text: null } as unknown as IndexedDocument;
        expect(() => store.putDocuments([misrata, broken])).toThrow();
        expect(store.countDocuments()).toBe(0);
        expect(store.getDocument(misrata.id)).toBeNull();
      });

      it('round-trips Arabic text exactly: diacritics, tatweel, presentation forms, emoji, bidi and zero-width marks', () => {
        const text =
          'قالَ المُتحدِّثُ باسمِ الحكومةِ إنَّ «الوضعَ» مستقرٌّ ــ تماماً 🇱🇾👍🏽\u200f ثم \u202bنص مضمّن\u202c و\u200cكلمة ﻻ ﷲ ١٢٣ 𝟘.';
        const doc = indexed({ id: 'unicode', title: '\u200fعنوانٌ 🔥', text, searchTerms: ['مِصراتة', '🇱🇾'] });
        store.putDocuments([doc]);
        expect(store.getDocument('unicode')).toEqual(stored(doc));
        expect(store.listDocuments({ limit: 1 })[0]?.length).toBe(text.length);
      });

      it('indexes terms exactly as given, leaving normalization to the caller', () => {
        store.putDocuments([indexed({ id: 'verbatim', text: 'مِصراتة 🇱🇾', searchTerms: ['مِصراتة', '🇱🇾'] })]);
        expect(ids(store.search({ groups: [['مِصراتة']], limit: 5 }))).toEqual(['verbatim']);
        expect(ids(store.search({ groups: [['🇱🇾']], limit: 5 }))).toEqual(['verbatim']);
        expect(store.search({ groups: [['مصراتة']], limit: 5 })).toEqual([]);
      });
    });

    describe('search', () => {
      beforeEach(() => {
        store.putDocuments(corpus);
      });

      it.each([
        { query: 'one term', groups: [['مصراته']], expected: [misrata.id, port.id] },
        { query: 'an OR-group of variants', groups: [['بمصراته', 'طرابلس']], expected: [port.id, tripoli.id] },
        { query: 'an AND of groups', groups: [['ليبيا'], ['مصراته', 'بمصراته']], expected: [misrata.id, port.id] },
        { query: 'an AND nothing satisfies', groups: [['ليبيا'], ['صنعاء']], expected: [] },
        { query: 'a term nothing holds', groups: [['بغداد']], expected: [] },
        { query: 'no groups', groups: [], expected: [] },
        { query: 'an empty group', groups: [['ليبيا'], []], expected: [] },
      ])('finds by $query', ({ groups, expected }) => {
        expect(ids(store.search({ groups, limit: 10 })).sort()).toEqual([...expected].sort());
      });

      it('returns the hit fields', () => {
        expect(store.search({ groups: [['صنعاء']], limit: 10 })).toEqual([
          { id: sanaa.id, title: sanaa.title, source: 'aawsat', publishedAt: sanaa.publishedAt, score: expect.any(Number) },
        ]);
      });

      it.each([
        { filter: 'source', query: { source: 'aawsat' }, expected: [misrata.id] },
        { filter: 'from (inclusive)', query: { from: '2015-07-22' }, expected: [tripoli.id] },
        { filter: 'to a day (inclusive of its times)', query: { to: '2015-07-21' }, expected: [misrata.id] },
        { filter: 'to a time', query: { to: '2015-07-21T09:59:59' }, expected: [] },
        { filter: 'from and to', query: { from: '2015-07-21T10:00:00', to: '2015-07-22' }, expected: [misrata.id, tripoli.id] },
        { filter: 'a source with no documents', query: { source: 'okaz-archive' }, expected: [] },
      ])('filters by $filter', ({ query, expected }) => {
        const hits = store.search({ groups: [['ليبيا']], limit: 10, ...query });
        expect(ids(hits).sort()).toEqual([...expected].sort());
      });

      it('pages with limit and offset', () => {
        const all = ids(store.search({ groups: [['ليبيا']], limit: 10 }));
        expect(all).toHaveLength(3);
        expect(ids(store.search({ groups: [['ليبيا']], limit: 2 }))).toEqual(all.slice(0, 2));
        expect(ids(store.search({ groups: [['ليبيا']], limit: 2, offset: 2 }))).toEqual(all.slice(2));
        expect(store.search({ groups: [['ليبيا']], limit: 0 })).toEqual([]);
      });

      it.each([{ limit: -1 }, { limit: 1.5 }, { limit: 10, offset: -5 }, { limit: Number.NaN }])(
        'refuses a bad page %o',
        (page) => {
          expect(() => store.search({ groups: [['ليبيا']], ...page })).toThrow(InputError);
        },
      );

      const hostile = ['"', '""', '*', '-', ':', '^', '(', ')', 'OR', 'AND', 'NOT', 'NEAR', 'NEAR(مصراته ليبيا)', 'terms:صنعاء',
        'مصراته" OR "صنعاء', 'صنع*', 'ليبيا -صنعاء', 'ليبيا NOT صنعاء', '{terms}: صنعاء', '\\', "'; DROP TABLE documents; --", '\u0000'];

      it.each(hostile)('reads the hostile term %j as text, never as query syntax', (term) => {
        const hits = store.search({ groups: [[term]], limit: 10 });
        expect(ids(hits)).not.toContain(sanaa.id);
        expect(store.countDocuments()).toBe(corpus.length);
      });

      it('finds documents indexed with terms that look like query syntax', () => {
        const terms = ['OR', 'NEAR', 'NOT', 'x*y', 'a"b', 'col:val'];
        store.putDocuments([indexed({ id: 'syntax', text: 'OR NEAR NOT', searchTerms: terms })]);
        for (const term of terms) expect(ids(store.search({ groups: [[term]], limit: 10 }))).toEqual(['syntax']);
      });

      it('ranks by relevance, then newest first, undated last', () => {
        const filler = Array.from({ length: 6 }, (_, i) =>
          indexed({ id: `filler-${i}`, text: 'خبر آخر', searchTerms: ['خبر', 'اخر', `رقم${i}`] }),
        );
        const terms = ['سفينه', 'شحنه', 'ميناء', 'رصيف'];
        const strong = indexed({ id: 'strong', text: 'ميناء', searchTerms: ['ميناء', 'ميناء', 'ميناء', 'رصيف'] });
        const older = indexed({ id: 'older', text: 'ميناء', publishedAt: '2015-07-20', searchTerms: terms });
        const newer = indexed({ id: 'newer', text: 'ميناء', publishedAt: '2015-07-25T12:00:00', searchTerms: terms });
        const undated = indexed({ id: 'undated', text: 'ميناء', searchTerms: terms });
        store.putDocuments([...filler, undated, older, strong, newer]);
        const hits = store.search({ groups: [['ميناء']], limit: 10 });
        expect(ids(hits)).toEqual(['strong', 'newer', 'older', 'undated', port.id]);
        const scores = hits.map((hit) => hit.score);
        expect(scores[0]).toBeGreaterThan(scores[1]!);
        expect(new Set(scores.slice(1, 4)).size).toBe(1);
        expect(scores[3]).toBeGreaterThan(scores[4]!);
      });
    });

    describe('counting, listing and statistics', () => {
      it('counts documents', () => {
        expect(store.countDocuments()).toBe(0);
        store.putDocuments(corpus);
        expect(store.countDocuments()).toBe(4);
      });

      it('lists newest first, undated last, with the text length', () => {
        store.putDocuments(corpus);
        expect(store.listDocuments({ limit: 10 })).toEqual(
          [sanaa, tripoli, misrata, port].map((doc) => ({
            id: doc.id,
            title: doc.title,
            source: doc.source,
            publishedAt: doc.publishedAt,
            length: doc.text.length,
          })),
        );
      });

      it('lists one source, page by page', () => {
        store.putDocuments(corpus);
        expect(ids(store.listDocuments({ limit: 10, source: 'aawsat' }))).toEqual([sanaa.id, misrata.id]);
        expect(ids(store.listDocuments({ limit: 1, offset: 1, source: 'aawsat' }))).toEqual([misrata.id]);
        expect(ids(store.listDocuments({ limit: 2, offset: 3 }))).toEqual([port.id]);
        expect(() => store.listDocuments({ limit: -3 })).toThrow(InputError);
      });

      it('describes an empty store', () => {
        expect(store.stats()).toEqual({
          documents: 0,
          sources: [],
          earliestPublishedAt: null,
          latestPublishedAt: null,
          schemaVersion: store.schemaVersion(),
          sizeBytes: expect.any(Number),
          events: 0,
          eventTypes: [],
        });
        expect(store.schemaVersion()).toBeGreaterThanOrEqual(1);
      });

      it('describes its documents: sources by count, publication span, size', () => {
        store.putDocuments(corpus);
        const stats = store.stats();
        expect(stats).toMatchObject({
          documents: 4,
          sources: [
            { source: 'aawsat', count: 2 },
            { source: 'alriyadh', count: 1 },
            { source: 'okaz', count: 1 },
          ],
          earliestPublishedAt: misrata.publishedAt,
          latestPublishedAt: sanaa.publishedAt,
          schemaVersion: store.schemaVersion(),
        });
        expect(stats.sizeBytes).toBeGreaterThan(0);
      });
    });

    describe('events', () => {
      const militia = entity('مسلحين مجهولين', 80);
      const gna = entity('قوات حكومة الوفاق', 60, { code: 'LBYGOV', name: 'Government of National Accord', name_en: 'Government of National Accord', name_ar: 'حكومة الوفاق', country: 'LY', sector: 'GOV' });
      const un = entity('الأمم المتحدة', 40, { code: 'IGOUNO', name: 'United Nations', name_en: 'United Nations', name_ar: 'الأمم المتحدة', sector: 'IGO' });
      const clash = event({ id: 'ev-clash', event_type: 'ASSAULT', date: '2015-07-21', mode: 'firearms', actor: [gna], recipient: [militia] }, misrata.id);
      const talks = event(
        {
          id: 'ev-talks',
          event_type: 'CONSULT',
          date: '2015-07-22',
          quad_code: 'verbal-cooperation',
          modality: 'future',
          confidence: 0.5,
          event_loc: null,
          actor: [un],
        },
        tripoli.id,
      );
      const undated = event({ id: 'ev-undated', event_type: 'ASSAULT', date: null, date_precision: null }, misrata.id);
      const raid = event(
        {
          id: 'ev-raid',
          event_type: 'ASSAULT',
          date: '2015-08-01',
          mode: 'aerial',
          recipient: [gna],
          event_loc: { ...clash.event_loc!, extracted_place: 'صنعاء', resolved_place: 'Sanaa', geonameid: 71137, lat: 15.35472, lon: 44.20667, country_code: 'YE', admin1: 'Amanat Alasimah' },
        },
        sanaa.id,
      );
      const all = () => {
        store.putDocuments([
          { ...misrata, events: [withTerms(clash, [['حكومه', 'وفاق']], [['مسلحين', 'مجهولين']]), withTerms(undated)] },
          { ...tripoli, events: [withTerms(talks, [['امم', 'متحده']])] },
          { ...sanaa, events: [withTerms(raid, [], [['حكومه', 'وفاق']])] },
        ]);
      };
      const ids = (query: Partial<Parameters<DocumentStore['listEvents']>[0]>) => store.listEvents({ limit: 10, ...query }).map((e) => e.id);

      it('stores the events of a new document with it and returns them as PLOVER records', () => {
        all();
        expect(store.countEvents()).toBe(4);
        expect(store.listEvents({ limit: 10 })).toEqual([raid, talks, clash, undated]);
        expect(store.getEvent('ev-talks')).toEqual(talks);
        expect(store.getEvent('ev-none')).toBeNull();
        expect([...store.iterateEvents({ types: ['ASSAULT'] })]).toEqual([raid, clash, undated]);
      });

      it('adds no event when a known document comes again', () => {
        store.putDocuments([{ ...misrata, events: [withTerms(clash)] }]);
        store.putDocuments([{ ...misrata, events: [withTerms(clash), withTerms(undated)] }]);
        expect(store.countEvents()).toBe(1);
      });

      it('filters by type, mode, modality, country, place, box, date range, document and confidence, and pages', () => {
        all();
        expect(ids({ types: ['ASSAULT'] })).toEqual(['ev-raid', 'ev-clash', 'ev-undated']);
        expect(ids({ types: ['ASSAULT', 'CONSULT'] })).toHaveLength(4);
        expect(ids({ modes: ['aerial'] })).toEqual(['ev-raid']);
        expect(ids({ modalities: ['future'] })).toEqual(['ev-talks']);
        expect(ids({ countries: ['LY'] })).toEqual(['ev-clash', 'ev-undated']);
        expect(ids({ countries: ['LY', 'YE'] })).toHaveLength(3);
        expect(ids({ places: { geonameids: [71137], names: [] } })).toEqual(['ev-raid']);
        expect(ids({ places: { geonameids: [], names: ['Misrata'] } })).toEqual(['ev-clash', 'ev-undated']);
        expect(ids({ places: { geonameids: [1], names: ['Nowhere'] } })).toEqual([]);
        expect(ids({ bbox: [9, 19, 26, 34] })).toEqual(['ev-clash', 'ev-undated']);
        expect(ids({ bbox: [170, -10, 50, 20] })).toEqual(['ev-raid']);
        expect(ids({ from: '2015-07-22' })).toEqual(['ev-raid', 'ev-talks']);
        expect(ids({ to: '2015-07-21' })).toEqual(['ev-clash']);
        expect(ids({ documentId: tripoli.id })).toEqual(['ev-talks']);
        expect(ids({ minConfidence: 0.6 })).toEqual(['ev-raid', 'ev-clash', 'ev-undated']);
        expect(ids({ limit: 1, offset: 1 })).toEqual(['ev-talks']);
      });

      it('filters by actor and recipient, by code or by name terms, and by the text of the document', () => {
        all();
        expect(ids({ actor: { code: 'LBYGOV' } })).toEqual(['ev-clash']);
        expect(ids({ recipient: { code: 'LBYGOV' } })).toEqual(['ev-raid']);
        expect(ids({ actor: { groups: [['وفاق']] } })).toEqual(['ev-clash']);
        expect(ids({ actor: { groups: [['united'], ['nations']] } })).toEqual(['ev-talks']);
        expect(ids({ actor: { code: 'NONE', groups: [['امم']] } })).toEqual(['ev-talks']);
        expect(ids({ recipient: { groups: [['مسلحين']] } })).toEqual(['ev-clash']);
        expect(ids({ actor: { groups: [['مسلحين']] } })).toEqual([]);
        expect(ids({ textGroups: [['غارات']] })).toEqual(['ev-raid']);
        expect(ids({ textGroups: [['مصراته'], ['اشتباكات', 'محادثات']] })).toEqual(['ev-clash', 'ev-undated']);
        expect(ids({ textGroups: [] })).toEqual([]);
      });

      it('pages by cursor in list order, dated rows before undated ones', () => {
        all();
        const seen: string[] = [];
        let after: { date: string | null; id: string } | undefined;
        for (;;) {
          const page = store.listEvents({ limit: 1, after });
          if (page.length === 0) break;
          const last = page[0]!;
          seen.push(last.id);
          after = { date: last.date, id: last.id };
        }
        expect(seen).toEqual(['ev-raid', 'ev-talks', 'ev-clash', 'ev-undated']);
        expect(ids({ after: { date: '2015-07-21', id: 'ev-clash' }, types: ['ASSAULT'] })).toEqual(['ev-undated']);
      });

      it('counts matching events by type, quad class, country, actor and day', () => {
        all();
        expect(store.eventFacets({}, 10)).toEqual({
          total: 4,
          type: [
            { value: 'ASSAULT', count: 3 },
            { value: 'CONSULT', count: 1 },
          ],
          quad: [
            { value: 'material-conflict', count: 3 },
            { value: 'verbal-cooperation', count: 1 },
          ],
          country: [
            { value: 'LY', count: 2 },
            { value: 'YE', count: 1 },
          ],
          actor: [
            { value: 'IGOUNO', label: 'United Nations', count: 1 },
            { value: 'LBYGOV', label: 'Government of National Accord', count: 1 },
          ],
          actorBasis: 4,
          day: [
            { value: '2015-07-21', count: 1 },
            { value: '2015-07-22', count: 1 },
            { value: '2015-08-01', count: 1 },
          ],
        });
        expect(store.eventFacets({ countries: ['YE'] }, 10).type).toEqual([{ value: 'ASSAULT', count: 1 }]);
        expect(store.eventFacets({ types: ['ASSAULT'] }, 10, ['day'])).toEqual({
          total: 3,
          day: [
            { value: '2015-07-21', count: 1 },
            { value: '2015-08-01', count: 1 },
          ],
        });
      });

      it('gathers the places of matching events as map markers, with counts per quad class', () => {
        all();
        expect(store.eventPlaces({}, 10)).toEqual([
          { geonameid: 2214846, name: 'Misrata', extracted: 'مصراتة', lat: 32.37535, lon: 15.09254, countryCode: 'LY', count: 2, byQuad: { 'material-conflict': 2 } },
          { geonameid: 71137, name: 'Sanaa', extracted: 'صنعاء', lat: 15.35472, lon: 44.20667, countryCode: 'YE', count: 1, byQuad: { 'material-conflict': 1 } },
        ]);
        expect(store.eventPlaces({ types: ['CONSULT'] }, 10)).toEqual([]);
      });

      it('lists actors with their roles and profiles one with months, types and counterparts', () => {
        all();
        const actors = store.eventActors({}, 10);
        expect(actors.map((a) => [a.key, a.asActor, a.asRecipient])).toEqual([
          ['LBYGOV', 1, 1],
          ['IGOUNO', 1, 0],
          ['مسلحين مجهولين', 0, 1],
        ]);
        expect(actors[0]).toMatchObject({ code: 'LBYGOV', nameAr: 'حكومة الوفاق', nameEn: 'Government of National Accord', country: 'LY', sector: 'GOV' });
        const profile = store.actorProfile('LBYGOV', 10);
        expect(profile).toMatchObject({
          asActor: 1,
          asRecipient: 1,
          months: [
            { value: '2015-07', count: 1 },
            { value: '2015-08', count: 1 },
          ],
          types: [{ value: 'ASSAULT', count: 2 }],
        });
        expect(profile?.counterparts.map((c) => [c.key, c.role, c.events])).toEqual([['مسلحين مجهولين', 'recipient', 1]]);
        expect(store.actorProfile('NOBODY', 10)).toBeNull();
      });

      it('counts events by type in the statistics', () => {
        all();
        expect(store.stats()).toMatchObject({
          events: 4,
          eventTypes: [
            { eventType: 'ASSAULT', count: 3 },
            { eventType: 'CONSULT', count: 1 },
          ],
        });
      });
    });

    describeCanonicalStore(open);
  });
}
