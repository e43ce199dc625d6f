/**
 * A synthetic event database for the API benchmark: documents with events spread over three years, the PLOVER
 * types in skewed proportions, places around real towns of the region (from the gazetteer) and actors from the
 * actor dictionary. Deterministic for a given seed and size, so runs compare.
 */
import { CODER_VERSION, EVENT_TYPES, MODALITIES, QUAD_CLASS, type CanonicalEvent, type EventEntity, type EventRecord } from '../src/core/index.js';
import { seededRandom } from '../src/extract/ner/random.js';
import type { PipelineContext } from '../src/pipeline/index.js';
import { placesNamed } from '../src/pipeline/index.js';
import type { DocumentStore, IndexedDocument } from '../src/store/index.js';

const TOWNS = [
  'طرابلس', 'بنغازي', 'مصراتة', 'سرت', 'درنة', 'سبها', 'الزاوية', 'أجدابيا', 'دمشق', 'حلب', 'حمص', 'حماة', 'إدلب', 'الرقة',
  'دير الزور', 'درعا', 'اللاذقية', 'بغداد', 'الموصل', 'البصرة', 'الفلوجة', 'الرمادي', 'كركوك', 'أربيل', 'تكريت', 'صنعاء',
  'عدن', 'تعز', 'الحديدة', 'مأرب', 'صعدة', 'المكلا', 'القاهرة', 'الإسكندرية', 'العريش', 'رفح', 'الخرطوم', 'الفاشر', 'نيالا',
  'الجنينة', 'بورتسودان', 'كسلا', 'غزة', 'القدس', 'رام الله', 'نابلس', 'بيروت', 'طرابلس', 'صيدا', 'عمان', 'الرياض', 'جدة',
  'الدوحة', 'أبوظبي', 'دبي', 'المنامة', 'الكويت', 'مسقط', 'تونس', 'الجزائر', 'الرباط', 'نواكشوط', 'مقديشو', 'أنقرة',
  'إسطنبول', 'طهران', 'باريس', 'لندن', 'موسكو', 'واشنطن', 'برلين', 'جنيف',
];
const SATELLITES = 60;
/** Bumped whenever what the generator writes changes, so that bench:api never reuses a database made otherwise. */
export const SYNTHETIC_VERSION = 2;
const DAYS = 3 * 365;
const START = Date.UTC(2023, 0, 1);

interface SyntheticPlace {
  geonameid: number;
  nameAr: string;
  nameEn: string;
  lat: number;
  lon: number;
  country: string | null;
}

function places(context: PipelineContext, rand: () => number): SyntheticPlace[] {
  const out: SyntheticPlace[] = [];
  for (const town of TOWNS) {
    const found = placesNamed(town, context).find((p) => p.featureClass === 'P');
    if (!found) continue;
    for (let k = 0; k < SATELLITES; k++) {
      // The town itself, then villages scattered within about 25 km, each its own marker.
      const jitter = k === 0 ? 0 : 0.45;
      out.push({
        geonameid: (found.geonameid ?? out.length) * 100 + k,
        nameAr: k === 0 ? town : `${town} ${k}`,
        nameEn: k === 0 ? found.nameEn : `${found.nameEn} ${k}`,
        lat: found.lat + (rand() - 0.5) * jitter,
        lon: found.lon + (rand() - 0.5) * jitter,
        country: found.countryCode,
      });
    }
  }
  return out;
}

/** Skewed like news: many ASSAULT and CONSULT, few RETREAT or CONCEDE. */
function weightedType(rand: () => number): (typeof EVENT_TYPES)[number] {
  const r = rand();
  const index = Math.min(EVENT_TYPES.length - 1, Math.floor(EVENT_TYPES.length * r * r));
  return EVENT_TYPES[EVENT_TYPES.length - 1 - index]!;
}

function entity(actor: { id: string; nameAr: string; nameEn: string }, country: string | null): EventEntity {
  return { entity_text: actor.nameAr, start: 0, end: actor.nameAr.length, code: actor.id, sector: null, country, name: actor.nameEn, name_ar: actor.nameAr, name_en: actor.nameEn, rule: 'vso' };
}

/**
 * The canonical events of one synthetic document: its mentions of one type at one place are one event, as the
 * clustering would merge them, so the default (canonical) view is measured over about 60 % of the mentions.
 */
function canonicalEvents(records: readonly EventRecord[], source: string, published: string): CanonicalEvent[] {
  const groups = new Map<string, EventRecord[]>();
  for (const record of records) {
    const key = `${record.event_type}|${record.event_loc?.geonameid ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map((members) => {
    const first = members[0]!;
    const block = { id: `ce-${first.id}`, reports: 1, sources: 1, first_reported: published, last_reported: published, mentions: members.map((m) => m.id), disagreements: [] };
    return {
      ...block,
      record: { ...first, id: block.id },
      representative: first.id,
      documents: [first.evidence.doc_id],
      source_names: [source],
      evidence: members.map((m) => m.evidence),
      explanation: members.map((m, i) => ({ mention: m.id, with: i === 0 ? null : first.id, decision: null })),
    };
  });
}

/** Writes `events` events, `perDocument` to a document, reporting progress every batch. */
export function fillSynthetic(
  store: DocumentStore,
  context: PipelineContext,
  events: number,
  progress: (done: number) => void,
  perDocument = 10,
  seed = 7,
): void {
  const rand = seededRandom(seed);
  const spots = places(context, rand);
  const actors = context.actors.actors.slice(0, 600);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  let batch: IndexedDocument[] = [];
  let canonical: CanonicalEvent[] = [];
  const flush = () => {
    store.putDocuments(batch);
    store.replaceCanonicalEvents(canonical.flatMap((c) => c.mentions), canonical);
    batch = [];
    canonical = [];
  };
  for (let d = 0, made = 0; made < events; d++) {
    const day = Math.floor(DAYS * Math.sqrt(rand()));
    const published = new Date(START + day * 86_400_000).toISOString().slice(0, 10);
    const id = `synthetic-${d}`;
    const place = pick(spots);
    const text = `قصفت القوات مواقع في ${place.nameAr} أمس وسط اشتباكات عنيفة.`;
    const docEvents = [];
    for (let e = 0; e < perDocument && made < events; e++, made++) {
      const type = weightedType(rand);
      const where = rand() < 0.7 ? place : pick(spots);
      const actor = pick(actors);
      const recipient = pick(actors);
      const record: EventRecord = {
        id: `${id}-${e}`,
        date: published,
        date_precision: 'day',
        date_text: null,
        event_type: type,
        quad_code: QUAD_CLASS[type],
        mode: null,
        context: [],
        modality: rand() < 0.85 ? 'asserted' : pick(MODALITIES),
        actor: [entity(actor, where.country)],
        recipient: rand() < 0.6 ? [entity(recipient, where.country)] : [],
        event_loc:
          rand() < 0.9
            ? {
                extracted_place: where.nameAr,
                resolved_place: where.nameEn,
                geonameid: where.geonameid,
                lat: where.lat,
                lon: where.lon,
                country_code: where.country,
                admin1: null,
                feature_class: 'P',
                feature_code: 'PPL',
                precision: 'sentence',
                resolution: 'exact',
                start: null,
                end: null,
              }
            : null,
        event_text: 'قصفت',
        text,
        evidence: { doc_id: id, sentence: 0, start: 0, end: text.length, trigger_start: 0, trigger_end: 4 },
        dead: null,
        injured: null,
        arrested: null,
        confidence: Math.round(rand() * 100) / 100,
        coder: CODER_VERSION,
      };
      docEvents.push({ record, actorTerms: [[actor.nameAr]], recipientTerms: record.recipient.map(() => [recipient.nameAr]) });
    }
    canonical.push(...canonicalEvents(docEvents.map((e) => e.record), `source-${d % 40}`, published));
    batch.push({ id, source: `source-${d % 40}`, url: null, title: null, publishedAt: published, language: 'ar', text, ingestedAt: published, searchTerms: ['قصفت', 'قوات', 'مواقع', place.nameAr, 'اشتباكات'], events: docEvents } as IndexedDocument);
    if (batch.length === 1000) {
      flush();
      progress(made);
    }
  }
  flush();
  progress(events);
}
