import { describe, expect, it } from 'vitest';
import { QUAD_CLASS, type EventEntity, type EventLocation, type EventRecord } from '../core/index.js';
import { mergeEchoes, sameEvent } from './event-merge.js';

const related = (specific: string, general: string) => specific === 'drone' && general === 'aerial';

function entity(entity_text: string, rule = 'svo', code: string | null = null): EventEntity {
  return { entity_text, start: 0, end: 0, code, sector: null, country: null, name: null, name_ar: null, name_en: null, rule };
}

function loc(extracted_place: string, lat: number, lon: number, precision: EventLocation['precision'] = 'clause', resolution = 'city'): EventLocation {
  return {
    extracted_place, resolved_place: null, geonameid: null, lat, lon, country_code: 'SD', admin1: '01', feature_class: 'P',
    feature_code: resolution === 'country' ? 'PCLI' : 'PPL', precision, resolution, start: 0, end: 0,
  };
}

interface Mention {
  sentence: number;
  text?: string;
  type?: EventRecord['event_type'];
  mode?: string | null;
  modality?: EventRecord['modality'];
  actor?: EventEntity[];
  recipient?: EventEntity[];
  place?: EventLocation | null;
  date?: [string, string];
  confidence?: number;
}

function record(m: Mention): EventRecord {
  return {
    id: `e${m.sentence}`, date: m.date?.[1] ?? '2025-05-05', date_precision: m.date ? 'day' : 'reported',
    date_text: m.date ? { text: m.date[0], start: 0, end: 0 } : null, event_type: m.type ?? 'ASSAULT', quad_code: QUAD_CLASS[m.type ?? 'ASSAULT'], mode: m.mode ?? null,
    context: [], modality: m.modality ?? 'asserted', actor: m.actor ?? [], recipient: m.recipient ?? [], event_loc: m.place ?? null,
    event_text: m.text ?? 'قصفت', text: '', evidence: { doc_id: 'd', sentence: m.sentence, start: 0, end: 0, trigger_start: 0, trigger_end: 0 },
    dead: null, injured: null, arrested: null, confidence: m.confidence ?? 0.9, coder: 'test',
  };
}

const portSudan = loc('بورتسودان', 19.6, 37.2);
const khartoum = loc('الخرطوم', 15.5, 32.5);
const sudan = loc('السودان', 15, 30, 'sentence', 'country');
const rsf = entity('قوات الدعم السريع', 'svo', 'SDNREB');

describe('sameEvent', () => {
  const cases: [string, Mention, Mention, boolean][] = [
    ['a strike and its masdar in the next sentence', { sentence: 0, actor: [rsf], place: portSudan }, { sentence: 1, text: 'القصف' }, true],
    ['the same stated place, far apart (the headline at the foot)', { sentence: 0, place: portSudan }, { sentence: 9, place: loc('مطار بورتسودان', 19.58, 37.21) }, true],
    ['far apart with nothing shared', { sentence: 0, place: portSudan }, { sentence: 9 }, false],
    ['two stated places', { sentence: 0, place: portSudan }, { sentence: 1, place: khartoum }, false],
    ['a town and the country that holds it', { sentence: 0, place: portSudan }, { sentence: 1, place: sudan }, true],
    ['a shared country is no evidence far apart', { sentence: 0, place: sudan }, { sentence: 6, place: sudan }, false],
    ['two different actors', { sentence: 0, actor: [rsf] }, { sentence: 1, actor: [entity('الجيش السوداني', 'svo', 'SDNMIL')] }, false],
    ['a guessed actor does not set them apart', { sentence: 0, actor: [rsf] }, { sentence: 1, actor: [entity('الجيش السوداني', 'nearest', 'SDNMIL')] }, true],
    ['generic heads are not the same group', { sentence: 0, actor: [entity('عناصر تنظيم داعش')] }, { sentence: 5, actor: [entity('قادة التنظيم')] }, false],
    ['two different targets', { sentence: 0, recipient: [entity('مطار بورتسودان', 'object-place')] }, { sentence: 1, recipient: [entity('سوق الخرطوم', 'object-place')] }, false],
    ['two stated days', { sentence: 0, date: ['أمس', '2025-05-04'] }, { sentence: 1, date: ['الخميس', '2025-05-01'] }, false],
    ['a day inside a stated month', { sentence: 0, date: ['أمس', '2025-05-04'] }, { sentence: 1, date: ['مايو', '2025-05'] }, true],
    ['another type', { sentence: 0 }, { sentence: 1, type: 'COERCE', text: 'اعتقلت' }, false],
    ['a planned attack is another claim', { sentence: 0 }, { sentence: 1, modality: 'future', text: 'ستقصف' }, false],
    ['asserted and reported tell of one happening', { sentence: 0 }, { sentence: 1, modality: 'reported' }, true],
    ['drone refines aerial', { sentence: 0, mode: 'aerial' }, { sentence: 1, mode: 'drone' }, true],
    ['explosives and aerial are two attacks', { sentence: 0, mode: 'aerial' }, { sentence: 1, mode: 'explosives', text: 'انفجار' }, false],
    ['an echo with no actor joins in its sentence', { sentence: 0, actor: [rsf] }, { sentence: 0, text: 'إصابته' }, true],
    ['a masdar whose actor is carried from the verb joins it', { sentence: 0, actor: [rsf] }, { sentence: 0, text: 'القصف', actor: [entity('قوات الدعم السريع', 'carried', 'SDNREB')] }, true],
    ['an actor carried from another clause is borrowed, not stated', { sentence: 0, actor: [rsf] }, { sentence: 0, text: 'سقوط قذائف', actor: [entity('الشرطة', 'carried')] }, true],
    ['two clauses with two actors of their own stay apart', { sentence: 0, actor: [rsf] }, { sentence: 0, text: 'قتل', actor: [entity('مسلحون مجهولون', 'vso')] }, false],
    ['a guessed subject and another stated one in one sentence', { sentence: 0, actor: [entity('العمال', 'subject-np')] }, { sentence: 0, text: 'يهتفون', type: 'PROTEST', actor: [entity('الطلاب', 'svo')] }, false],
    ['one nearest actor guessed for two clauses', { sentence: 0, actor: [entity('الجيش السوداني', 'nearest', 'SDNMIL')] }, { sentence: 0, text: 'عملية الخطف', actor: [entity('الجيش السوداني', 'nearest', 'SDNMIL')] }, true],
    ['one subject, two objects in words: two acts', { sentence: 0, recipient: [entity('مستودع الذخيرة', 'object-np')] }, { sentence: 0, text: 'وهاجمت', actor: [entity('طائرات', 'carried')], recipient: [entity('سفينة أخرى', 'object-np')] }, false],
    ['objects in words guessed in adjacent sentences do not part', { sentence: 0, recipient: [entity('مستودع الذخيرة', 'object-np')] }, { sentence: 1, text: 'الغارة', recipient: [entity('سفينة أخرى', 'object-np')] }, true],
    ['two places in one sentence', { sentence: 0, place: portSudan }, { sentence: 0, text: 'سقوط قذائف', place: khartoum }, false],
    ['uncoded subjects guessed differently do not part', { sentence: 0, actor: [entity('البناء', 'subject-np')] }, { sentence: 1, actor: [entity('الإيطاليين', 'subject-np')] }, true],
  ];
  it.each(cases)('%s', (_, a, b, same) => {
    expect(sameEvent(record(a), record(b), related)).toBe(same);
  });
});

describe('mergeEchoes', () => {
  it('keeps the first mention and fills what it lacks from its echo', () => {
    const merged = mergeEchoes(
      [
        record({ sentence: 0, text: 'قصفت', actor: [rsf], place: sudan, mode: 'aerial' }),
        record({ sentence: 1, text: 'القصف', place: portSudan, mode: 'drone', date: ['أمس', '2025-05-04'], recipient: [entity('مطار بورتسودان', 'object-place')], confidence: 0.8 }),
        record({ sentence: 2, type: 'COERCE', text: 'اعتقلت' }),
      ],
      related,
    );
    expect(merged.map((e) => e.event_text)).toEqual(['قصفت', 'اعتقلت']);
    const [strike] = merged;
    expect(strike?.actor.map((a) => a.entity_text)).toEqual(['قوات الدعم السريع']);
    expect(strike?.event_loc?.extracted_place).toBe('بورتسودان');
    expect(strike?.recipient.map((a) => a.entity_text)).toEqual(['مطار بورتسودان']);
    expect([strike?.date, strike?.mode]).toEqual(['2025-05-04', 'drone']);
  });

  it('folds the clauses of one happening in one sentence and fills the mode from the elaboration', () => {
    // قُتل ثلاثة من أفراد الجيش، وأصيب أربعة آخرون إثر سقوط قذيفة في محيط أحد الكمائن
    const army = entity('الجيش', 'svo', 'SDNMIL');
    const merged = mergeEchoes(
      [
        record({ sentence: 0, text: 'قُتل', actor: [army], place: portSudan }),
        record({ sentence: 0, text: 'وأصيب', actor: [entity('الجيش', 'carried', 'SDNMIL')], recipient: [entity('أربعة آخرون', 'object-np')] }),
        record({ sentence: 0, text: 'سقوط قذيفة', mode: 'heavy-weapons', actor: [entity('الجيش', 'carried', 'SDNMIL')] }),
      ],
      related,
    );
    expect(merged.map((e) => [e.event_text, e.mode])).toEqual([['قُتل', 'heavy-weapons']]);
  });

  it('keeps apart two attacks on two towns', () => {
    const events = [record({ sentence: 0, place: portSudan }), record({ sentence: 1, place: khartoum, text: 'هجوم' })];
    expect(mergeEchoes(events, related)).toHaveLength(2);
  });
});
