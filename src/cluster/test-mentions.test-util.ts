import type { ClusterMention, EventLocation, EventRecord } from '../core/index.js';
import { bombingRecord } from '../core/event-record.test-util.js';

/** Places of the test mentions, as the geoparser resolves them. */
export const ADEN: EventLocation = {
  extracted_place: 'عدن',
  resolved_place: 'Aden',
  geonameid: 415189,
  lat: 12.77944,
  lon: 45.03667,
  country_code: 'YE',
  admin1: 'YE.02',
  feature_class: 'P',
  feature_code: 'PPLA',
  precision: 'clause',
  resolution: 'exact',
  start: 0,
  end: 3,
};
export const SHEIKH_OTHMAN: EventLocation = { ...ADEN, extracted_place: 'الشيخ عثمان', resolved_place: 'Sheikh Othman', geonameid: 6940869, lat: 12.86667, lon: 44.98333, resolution: 'near' };
export const TAIZ: EventLocation = { ...ADEN, extracted_place: 'تعز', resolved_place: 'Taizz', geonameid: 70225, lat: 13.57952, lon: 44.02091, admin1: 'YE.25' };
export const YEMEN: EventLocation = { ...ADEN, extracted_place: 'اليمن', resolved_place: 'Yemen', geonameid: 69543, lat: 15.5, lon: 47.5, admin1: null, feature_class: 'A', feature_code: 'PCLI', resolution: 'country' };
export const RIYADH: EventLocation = { ...ADEN, extracted_place: 'الرياض', resolved_place: 'Riyadh', geonameid: 108410, lat: 24.68773, lon: 46.72185, country_code: 'SA', admin1: 'SA.10' };

export const IS = { entity_text: 'تنظيم داعش', start: 0, end: 10, code: 'int/islamic-state', sector: null, country: null, name: 'Islamic State', name_ar: 'تنظيم الدولة', name_en: 'Islamic State', rule: 'svo' };
export const HOUTHIS = { ...IS, entity_text: 'ميليشيات الحوثي', code: 'ye/houthis-ansar-allah', name: 'Houthis (Ansar Allah)', name_en: 'Houthis (Ansar Allah)' };

/** A mention of a bombing in Aden, reported on 2015-08-20; fields override. */
export function mention(id: string, fields: Partial<EventRecord> = {}, doc: Partial<Omit<ClusterMention, 'record'>> = {}): ClusterMention {
  const documentId = doc.documentId ?? `doc-${id}`;
  const record = bombingRecord(id, documentId, {
    actor: [IS],
    event_loc: ADEN,
    event_text: 'تفجير',
    text: 'قتل 12 شخصا في تفجير سيارة مفخخة استهدف سوقا شعبيا في مدينة عدن',
    evidence: { doc_id: documentId, sentence: 0, start: 0, end: 60, trigger_start: 15, trigger_end: 20 },
    ...fields,
  });
  return { record, documentId, source: doc.source ?? `outlet-${id}`, publishedAt: doc.publishedAt ?? '2015-08-20T12:00:00', copyOf: doc.copyOf ?? documentId };
}
