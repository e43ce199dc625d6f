import { describe, expect, it } from 'vitest';
import type { CanonicalEvent, CanonicalRecord, EventRecord } from '../core/index.js';
import { bombingRecord } from '../core/event-record.test-util.js';
import type { DocumentStore, IndexedDocument } from './types.js';

/**
 * The near-duplicate and canonical-event part of the DocumentStore contract (docs/DEDUP.md). Called from
 * describeDocumentStore with its fresh-store factory; each test closes the store it opens.
 */

// Places are the clustering's business (src/cluster): the store keeps what it is given, so records have none.
const record = bombingRecord;

function doc(id: string, source: string, publishedAt: string, events: EventRecord[], signature?: number[]): IndexedDocument {
  return {
    id,
    source,
    url: null,
    title: null,
    publishedAt,
    language: 'ar',
    text: `نص الخبر ${id}`,
    ingestedAt: '2025-03-14T09:00:00.000Z',
    searchTerms: ['خبر'],
    events: events.map((r) => ({ record: r, actorTerms: [], recipientTerms: [] })),
    minhash: signature ? { signature: Uint32Array.from(signature), bands: [1, 2, signature[0]!] } : null,
  };
}

const aawsat = doc('aawsat-aden', 'aawsat', '2015-08-20T11:40:00', [record('m-aawsat', 'aawsat-aden')], [7, 8, 9, 10]);
const sabq = doc('sabq-aden', 'sabq', '2015-08-20T13:15:00', [record('m-sabq', 'sabq-aden')], [7, 8, 9, 11]);
const okaz = doc('okaz-aden', 'okaz', '2015-08-21T06:30:00', [record('m-okaz', 'okaz-aden', { date: '2015-08-19', dead: { min: 15, max: 15, text: '15 قتيلا' } })], [40, 41, 42, 43]);
const other = doc('alriyadh-sanaa', 'alriyadh', '2015-09-02T10:00:00', [record('m-sanaa', 'alriyadh-sanaa', { date: '2015-09-01', mode: 'aerial' })]);

function canonical(id: string, mentions: string[], representative: string, fields: Partial<CanonicalEvent> = {}): CanonicalEvent {
  return {
    id,
    record: record(id, 'aawsat-aden'),
    representative,
    reports: mentions.length,
    sources: mentions.length,
    first_reported: '2015-08-20T11:40:00',
    last_reported: '2015-08-21T06:30:00',
    mentions,
    disagreements: [],
    documents: [],
    source_names: [],
    evidence: [],
    explanation: mentions.map((m, i) => ({ mention: m, with: i === 0 ? null : mentions[0]!, decision: null })),
    ...fields,
  };
}

export function describeCanonicalStore(open: () => DocumentStore): void {
  describe('near-duplicates and canonical events', () => {
    const withStore = (test: (store: DocumentStore) => void) => () => {
      const store = open();
      try {
        test(store);
      } finally {
        store.close();
      }
    };

    it(
      'finds documents sharing an LSH band, with their signatures, and keeps copy groups',
      withStore((store) => {
        store.putDocuments([aawsat, sabq, okaz, other]);
        expect(store.documentSignature('sabq-aden')).toEqual(Uint32Array.from([7, 8, 9, 11]));
        expect(store.documentSignature('alriyadh-sanaa')).toBeNull();
        expect(store.copyCandidates('sabq-aden').map((c) => c.documentId).sort()).toEqual(['aawsat-aden', 'okaz-aden']);
        expect(store.copyCandidates('aawsat-aden').find((c) => c.documentId === 'sabq-aden')).toEqual({
          documentId: 'sabq-aden',
          publishedAt: '2015-08-20T13:15:00',
          signature: Uint32Array.from([7, 8, 9, 11]),
        });
        expect(store.copyGroups(['sabq-aden'])).toEqual([]);
        store.setCopyGroup('aawsat-aden', [
          { documentId: 'aawsat-aden', canonicalId: 'aawsat-aden', similarity: 1 },
          { documentId: 'sabq-aden', canonicalId: 'aawsat-aden', similarity: 0.9 },
        ]);
        expect(store.copyGroups(['sabq-aden'])).toEqual([
          { documentId: 'aawsat-aden', canonicalId: 'aawsat-aden', similarity: 1 },
          { documentId: 'sabq-aden', canonicalId: 'aawsat-aden', similarity: 0.9 },
        ]);
        expect(store.dedupStats()).toMatchObject({ copies: 1, copyGroups: 1 });
      }),
    );

    it(
      'reads mentions with their documents (copies pointing at the canonical one) by document and by window',
      withStore((store) => {
        store.putDocuments([aawsat, sabq, okaz, other]);
        store.setCopyGroup('aawsat-aden', [
          { documentId: 'aawsat-aden', canonicalId: 'aawsat-aden', similarity: 1 },
          { documentId: 'sabq-aden', canonicalId: 'aawsat-aden', similarity: 0.9 },
        ]);
        const [mention] = store.mentionsOfDocuments(['sabq-aden']);
        expect(mention).toEqual({ record: sabq.events[0]!.record, documentId: 'sabq-aden', source: 'sabq', publishedAt: '2015-08-20T13:15:00', copyOf: 'aawsat-aden' });
        expect(store.mentionsInWindow('ASSAULT', '2015-08-19', '2015-08-20').map((m) => m.record.id).sort()).toEqual(['m-aawsat', 'm-okaz', 'm-sabq']);
        expect(store.mentionsInWindow('ASSAULT', '2015-08-20', '2015-08-20').map((m) => m.copyOf).sort()).toEqual(['aawsat-aden', 'aawsat-aden']);
        expect(store.mentionsInWindow('PROTEST', '2015-08-01', '2015-09-30')).toEqual([]);
      }),
    );

    it(
      'replaces canonical events, lists them in the canonical view and filters them through their representative',
      withStore((store) => {
        store.putDocuments([aawsat, sabq, okaz, other]);
        store.replaceCanonicalEvents(['m-aawsat', 'm-sabq'], [canonical('ce-m-aawsat', ['m-aawsat', 'm-sabq'], 'm-aawsat')]);
        store.replaceCanonicalEvents(['m-sanaa'], [canonical('ce-m-sanaa', ['m-sanaa'], 'm-sanaa')]);
        expect(store.canonicalIdOf('m-sabq')).toBe('ce-m-aawsat');
        // A new member arrives: the old event of the component is replaced, not kept beside the new one.
        const merged = canonical('ce-m-okaz', ['m-okaz', 'm-aawsat', 'm-sabq'], 'm-okaz', { sources: 2 });
        store.replaceCanonicalEvents(['m-okaz', 'm-aawsat', 'm-sabq'], [merged]);
        expect(store.getCanonicalEvent('ce-m-aawsat')).toBeNull();
        expect(store.getCanonicalEvent('ce-m-okaz')).toEqual(merged);
        expect(store.canonicalIdOf('m-sabq')).toBe('ce-m-okaz');
        expect(store.canonicalIdOf('nobody')).toBeNull();
        const list = store.listEvents({ limit: 10, view: 'canonical' }) as CanonicalRecord[];
        expect(list.map((e) => [e.id, e.canonical.reports, e.canonical.sources])).toEqual([
          ['ce-m-sanaa', 1, 1],
          ['ce-m-okaz', 3, 2],
        ]);
        expect(list[1]!.canonical).toMatchObject({ mentions: ['m-okaz', 'm-aawsat', 'm-sabq'], first_reported: '2015-08-20T11:40:00' });
        expect(store.listEvents({ limit: 10, view: 'canonical', modes: ['aerial'] }).map((e) => e.id)).toEqual(['ce-m-sanaa']);
        expect(store.listEvents({ limit: 10, view: 'canonical', after: { date: '2015-09-01', id: 'ce-m-sanaa' } }).map((e) => e.id)).toEqual(['ce-m-okaz']);
        expect(store.listEvents({ limit: 10 })).toHaveLength(4);
        expect(store.dedupStats()).toMatchObject({ canonicalEvents: 2, clusteredMentions: 4 });
      }),
    );

    it(
      'keeps analysts\u2019 splits as cannot-links until they are undone',
      withStore((store) => {
        store.putDocuments([aawsat, sabq, okaz]);
        store.addSplit('ce-m-aawsat', 'm-okaz', ['m-aawsat', 'm-sabq']);
        expect(store.cannotLinks(['m-sabq']).sort((x, y) => x.a.localeCompare(y.a))).toEqual([
          { a: 'm-okaz', b: 'm-sabq' },
          { a: 'm-sabq', b: 'm-okaz' },
        ]);
        expect(store.cannotLinks(['m-okaz'])).toHaveLength(4);
        expect(store.removeSplit('ce-m-other', 'm-okaz')).toBe(0);
        expect(store.removeSplit('ce-m-aawsat', 'm-okaz')).toBe(4);
        expect(store.cannotLinks(['m-okaz'])).toEqual([]);
      }),
    );
  });
}
