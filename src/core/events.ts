/**
 * PLOVER events as Marsad codes them (see docs/EVENTS.md). The record follows the PLOVER JSON layout
 * (POLECAT's JSON Lines) so that store, serve and export can write it out as is.
 */

/** The 16 PLOVER event types. We follow the manual's own section that makes SANCTION material conflict. */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type QuadClass = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export const QUAD_CLASS: Readonly<Record<EventType, QuadClass>> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

/** PLOVER's auxiliary modes, which no other coder implements, plus `reported` (attributed to unnamed sources). */
export const MODALITIES = ['asserted', 'future', 'hypothetical', 'negated', 'historical', 'reported'] as const;
export type Modality = (typeof MODALITIES)[number];

/** The 37 PLOVER contexts. */
export const CONTEXTS = [
  'military',
  'intelligence',
  'executive',
  'legislative',
  'election',
  'political_institutions',
  'pro_democracy',
  'pro_autocracy',
  'economic',
  'legal',
  'reparations',
  'human_rights',
  'rights_freedoms',
  'repression',
  'human_security',
  'gender',
  'lgbt',
  'religion_ethnicity',
  'inequality',
  'diplomatic',
  'territory',
  'peacekeeping',
  'health',
  'asylum',
  'migration',
  'disasters',
  'natural_resource',
  'environment',
  'technology',
  'terrorism',
  'cbrn',
  'cyber',
  'misinformation',
  'crime',
  'corruption',
  'illegal_drugs',
  'trafficking',
] as const;
export type EventContext = (typeof CONTEXTS)[number];

/** A word or phrase in the text that names an event: what the trigger lexicon matched. */
export interface TriggerMention {
  type: EventType;
  mode: string | null;
  /** Offsets into the original text, from the first to the last matched word. */
  start: number;
  end: number;
  surface: string;
  sentence: number;
  /** Index of the first and last matched tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** The lexicon entry as written in the trigger file, and where. */
  entry: string;
  source: string;
  /** Verb (conjugated) or noun (masdar or other event noun). */
  pos: 'verb' | 'noun';
  /** Tense of a verb trigger, and whether it carries the future prefix سـ. */
  tense: 'past' | 'present' | null;
  futurePrefix: boolean;
  /** A casualty word (مقتل, إصابة): the event itself when alone, the toll of another ASSAULT beside it. */
  casualty: boolean;
  confidence: number;
}

// ---- Inputs the coder takes from other stages. Structural, so the real stages' richer types fit. ----

/** An actor the actor layer found (or an entity the NER found), with offsets into the original text. */
export interface ActorInput {
  start: number;
  end: number;
  surface: string;
  actorId?: string | null;
  nameAr?: string | null;
  nameEn?: string | null;
  country?: string | null;
  sector?: string | null;
  confidence?: number;
}

/**
 * A place the geoparser found. Adjective mentions (التركية) point at a country, never at where an event happened;
 * so do metonyms (أعلنت أنقرة: a capital or a country acting as its government).
 */
export interface PlaceInput {
  start: number;
  end: number;
  surface: string;
  kind: 'place' | 'adjective' | 'metonym';
  nameAr?: string | null;
  nameEn?: string | null;
  geonameid?: number | null;
  lat?: number | null;
  lon?: number | null;
  countryCode?: string | null;
  admin1?: string | null;
  featureClass?: string | null;
  featureCode?: string | null;
  precision?: string | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/**
 * A time expression resolved against the publication date: `value` at its precision (2015-07-21, 2015-W30,
 * 2015-07, 2015), `firstDay` the first ISO day it covers, both null when it could not be resolved.
 */
export interface TimeInput {
  start: number;
  end: number;
  surface: string;
  value: string | null;
  firstDay?: string | null;
  precision: DatePrecision | null;
}

// ---- Output: one PLOVER record per event. ----

export interface EventEntity {
  entity_text: string;
  /** Offsets of `entity_text` in the original text. */
  start: number;
  end: number;
  code: string | null;
  sector: string | null;
  country: string | null;
  /** The canonical name, English when known (PLOVER's field); the Arabic and English names beside it. */
  name: string | null;
  name_ar: string | null;
  name_en: string | null;
  /** How the argument was found (vso, svo, agent, target, object, carried, nearest). */
  rule: string;
}

/** Which part of the text the place came from: the trigger's clause, its sentence, or the document's focus. */
export type LocationPrecision = 'clause' | 'sentence' | 'document';

export interface EventLocation {
  extracted_place: string;
  resolved_place: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  country_code: string | null;
  admin1: string | null;
  feature_class: string | null;
  feature_code: string | null;
  /** Where the place was found (`precision`) and how exactly the gazetteer resolved it (`resolution`). */
  precision: LocationPrecision;
  resolution: string | null;
  start: number | null;
  end: number | null;
}

/** A stated count: a number is a range of one value, العشرات (dozens) is 20–99, أكثر من 10 has no upper bound. */
export interface CountRange {
  min: number;
  max: number | null;
  /** The words the count was read from, as written. */
  text: string;
}

export interface EventEvidence {
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  /** Offsets of the trigger inside the original text (always within start..end). */
  trigger_start: number;
  trigger_end: number;
}

/** The time expression an event was dated by, as written, with its offsets in the original text. */
export interface EventTimeText {
  text: string;
  start: number;
  end: number;
}

export interface EventRecord {
  id: string;
  /** ISO date, or null when neither the text nor the publication date gives one. */
  date: string | null;
  date_precision: DatePrecision | 'reported' | null;
  /** Null when the date is the publication date (`reported`) or unknown. */
  date_text: EventTimeText | null;
  event_type: EventType;
  quad_code: QuadClass;
  mode: string | null;
  context: EventContext[];
  modality: Modality;
  actor: EventEntity[];
  recipient: EventEntity[];
  event_loc: EventLocation | null;
  /** The trigger as written. */
  event_text: string;
  /** The evidence sentence as written. */
  text: string;
  evidence: EventEvidence;
  dead: CountRange | null;
  injured: CountRange | null;
  arrested: CountRange | null;
  confidence: number;
  coder: string;
  /** Set by the store on a mention merged into a canonical event (docs/DEDUP.md): that event's id. */
  canonical_id?: string;
}

export const CODER_VERSION = 'marsad-events 0.3.0';
