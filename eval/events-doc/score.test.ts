import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODER_VERSION, QUAD_CLASS, type EventEntity, type EventRecord, type EventType, type Modality } from '../../src/core/index.js';
import { parseGoldLines } from '../documents/index.js';
import { evaluateEventsDoc, eventsGoldLineSchema, formatEventsDocScore, scoreEventsDoc, type GoldEvent } from './index.js';

interface Fake {
  actor?: string[];
  actorCode?: string;
  recipient?: string[];
  place?: string;
  lat?: number;
  lon?: number;
  country?: string;
  date?: string;
  modality?: Modality;
}

function entity(entity_text: string, code: string | null = null): EventEntity {
  return { entity_text, start: 0, end: 0, code, sector: null, country: null, name: null, name_ar: null, name_en: null, rule: 'svo' };
}

function event(type: EventType, f: Fake = {}): EventRecord {
  return {
    id: 'e',
    date: f.date ?? null,
    date_precision: f.date ? 'day' : null,
    date_text: null,
    event_type: type,
    quad_code: QUAD_CLASS[type],
    mode: null,
    context: [],
    modality: f.modality ?? 'asserted',
    actor: [...(f.actor ?? []).map((a) => entity(a)), ...(f.actorCode ? [entity('', f.actorCode)] : [])],
    recipient: (f.recipient ?? []).map((r) => entity(r)),
    event_loc: f.place
      ? {
          extracted_place: f.place,
          resolved_place: null,
          geonameid: null,
          lat: f.lat ?? null,
          lon: f.lon ?? null,
          country_code: f.country ?? null,
          admin1: null,
          feature_class: null,
          feature_code: null,
          precision: 'clause',
          resolution: 'exact',
          start: null,
          end: null,
        }
      : null,
    event_text: type.toLowerCase(),
    text: '',
    evidence: { doc_id: 'd', sentence: 0, start: 0, end: 0, trigger_start: 0, trigger_end: 0 },
    dead: null,
    injured: null,
    arrested: null,
    confidence: 1,
    coder: CODER_VERSION,
  };
}

const GOLD: GoldEvent[] = [
  { type: 'ASSAULT', actor: ['طائرات الجيش الليبي', 'LBYMIL'], recipient: 'المتشددين', place: 'درنة', date: { value: '2015-07-20', precision: 'day' } },
  { type: 'ACCUSE', alt_types: ['REQUEST'], actor: 'بعثة الأمم المتحدة', place: { country: 'LY' } },
  { type: 'CONSULT', actor: 'المبعوث', place: { lat: 46.2, lon: 6.14 }, modality: 'future', date: { value: '2015-07', precision: 'month' } },
];

describe('scoreEventsDoc', () => {
  it('scores a perfect coder as perfect', () => {
    const predicted = [
      event('ASSAULT', { actorCode: 'LBYMIL', recipient: ['متشددين'], place: 'مدينة درنة', date: '2015-07-20' }),
      event('REQUEST', { actor: ['البعثة الأممية', 'الأمم المتحدة'], place: 'ليبيا', country: 'LY' }),
      event('CONSULT', { actor: ['المبعوث الأممي'], place: 'جنيف', lat: 46.21, lon: 6.15, modality: 'future', date: '2015-07-28' }),
    ];
    const score = scoreEventsDoc([{ id: 'd', gold: GOLD, predicted }]);
    expect(score).toMatchObject({ gold: 3, predicted: 3, typeOnly: 3, typeActor: 3, typePlace: 3, all: 3, recall: 1, precision: 1, recipientAccuracy: 1, modalityAccuracy: 1, dateAccuracy: 1 });
  });

  it('gives partial credit and scores a wrong coder low', () => {
    const predicted = [
      event('ASSAULT', { actor: ['مسلحون'], place: 'درنة', date: '2015-07-19' }),
      event('ASSAULT', { actor: ['مسلحون'], place: 'سرت' }),
      event('PROTEST', { actor: ['بعثة الأمم المتحدة'], place: 'طرابلس', country: 'LY' }),
      event('CONSULT', { actor: ['المبعوث'], place: 'بيروت', lat: 33.89, lon: 35.5 }),
    ];
    const score = scoreEventsDoc([{ id: 'd', gold: GOLD, predicted }]);
    expect(score).toMatchObject({ typeOnly: 2, typeActor: 1, typePlace: 1, all: 0, recall: 0, precision: 0, duplicates: 1, dateAccuracy: 0, modalityAccuracy: 0.5 });
    expect(score.typeRecall).toBeCloseTo(2 / 3);
    const report = formatEventsDocScore(score, true);
    expect(report).toContain('ACCUSE: (no prediction of that type)');
    expect(report).toContain('type ✓ actor ✗ place ✓ modality ✓ date ✗');
  });

  it('counts an open argument as matched and an empty document as clean', () => {
    const score = scoreEventsDoc([
      { id: 'a', gold: [{ type: 'ASSAULT' }], predicted: [event('ASSAULT')] },
      { id: 'b', gold: [], predicted: [] },
    ]);
    expect(score).toMatchObject({ all: 1, recall: 1, precision: 1, withDate: 0 });
  });
});

describe('eventsGoldLineSchema', () => {
  it.each([
    ['{"text":"ن","events":[{"type":"ATTACK"}]}', /g:1: field events.0.type/],
    ['{"text":"ن","events":[{"type":"ASSAULT","date":{"value":"2015-07","precision":"day"}}]}', /g:1: field events.0.date: the value must be written at its precision/],
    ['{"text":"ن","events":[{"type":"ASSAULT","place":{"lat":30}}]}', /g:1: field events.0.place/],
  ])('names the field of a bad event %#', (line, message) => {
    expect(() => parseGoldLines(line, 'g', eventsGoldLineSchema, 'hint')).toThrow(message);
  });
});

describe('evaluateEventsDoc', () => {
  it('codes every gold document and scores it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-events-doc-')), 'gold.jsonl');
    writeFileSync(path, `${JSON.stringify({ text: 'قصفت طائرات الجيش الليبي مواقع متشددين في درنة.', events: [GOLD[0]] })}\n`);
    const score = await evaluateEventsDoc(path, new Map(), (text) => (text.includes('قصفت') ? [event('ASSAULT', { actorCode: 'LBYMIL', place: 'درنة', date: '2015-07-20' })] : []));
    expect(score).toMatchObject({ documents: 1, gold: 1, all: 1, recall: 1, precision: 1 });
  });
});
