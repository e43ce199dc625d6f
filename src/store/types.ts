import type { Document, EventRecord, EventType, Modality, QuadClass } from '../core/index.js';
import type { CanonicalStore, MinHash } from './canonical-types.js';

/**
 * A document ready to store, with the normalized terms its full-text index should hold. The caller computes the
 * terms because the Arabic text layer lives upstream of the store (src/text), which the store must not import.
 */
export interface IndexedDocument extends Document {
  searchTerms: string[];
  /** The events the pipeline coded in this document, stored with it in the same transaction. */
  events: IndexedEvent[];
  /** For near-duplicate detection (docs/DEDUP.md); absent or null stores none. */
  minhash?: MinHash | null;
}

/**
 * An event with the normalized search terms of each of its actors and recipients (aligned with record.actor and
 * record.recipient), so that an analyst's «الحوثيين» finds an actor written «للحوثيين».
 */
export interface IndexedEvent {
  record: EventRecord;
  actorTerms: string[][];
  recipientTerms: string[][];
}

export interface PutResult {
  inserted: number;
  /** Documents whose id was already stored: they are left untouched. */
  existing: number;
}

export interface SearchQuery {
  /** An AND of OR-groups of normalized terms: each group holds the variants of one query word. */
  groups: string[][];
  limit: number;
  offset?: number;
  source?: string;
  /** Inclusive lower bound on publishedAt, compared as an ISO 8601 string. */
  from?: string;
  /** Inclusive upper bound on publishedAt: `2015-07-21` includes every time on that day. */
  to?: string;
}

export interface SearchHit {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  /** Relevance (bm25, sign flipped): higher is better; comparable only within one result list. */
  score: number;
}

export interface SourceCount {
  source: string | null;
  count: number;
}

export interface StoreStats {
  documents: number;
  /** Most documents first. */
  sources: SourceCount[];
  earliestPublishedAt: string | null;
  latestPublishedAt: string | null;
  schemaVersion: number;
  sizeBytes: number;
  events: number;
  /** Most events first. */
  eventTypes: TypeCount[];
}

/**
 * An actor or recipient filter: an actor code, or a name as an AND of OR-groups of normalized terms (queryTerms of
 * the text layer). Either side may match.
 */
export interface ArgumentFilter {
  code?: string;
  groups?: string[][];
}

export interface PlaceFilter {
  geonameids: number[];
  names: string[];
}

/** West, south, east, north in degrees; west > east crosses the antimeridian. */
export type BoundingBox = readonly [number, number, number, number];

/** Filters over stored events; every one is optional and they combine with AND, values within one with OR. */
export interface EventFilter {
  types?: EventType[];
  modes?: string[];
  modalities?: Modality[];
  /** ISO 3166-1 alpha-2 codes of the event's place. */
  countries?: string[];
  /** The event's place: any of these GeoNames ids or resolved names (places the gazetteer curates have no id). */
  places?: PlaceFilter;
  bbox?: BoundingBox;
  actor?: ArgumentFilter;
  recipient?: ArgumentFilter;
  /** Inclusive bounds on the event date (ISO); `to` admits every time on that day. */
  from?: string;
  to?: string;
  /** Full-text search over the documents the events come from, as an AND of OR-groups (like SearchQuery). */
  textGroups?: string[][];
  documentId?: string;
  minConfidence?: number;
  /**
   * `mentions` (the default): one record per event mention. `canonical`: one merged record per canonical event
   * (a CanonicalRecord, with its `canonical` block), filtered through its representative mention's columns; the
   * cursor then takes the canonical id. Facets, places and actors then count canonical events.
   */
  view?: 'mentions' | 'canonical';
}

/** Where the previous page ended, in the list order (date descending, undated last, then id). */
export interface EventCursor {
  date: string | null;
  id: string;
}

export interface EventQuery extends EventFilter {
  limit: number;
  offset?: number;
  /** Keyset paging: the rows after this one. Faster than offset deep into a long list. */
  after?: EventCursor;
}

export interface ValueCount {
  value: string;
  count: number;
  /** A readable name for the value where it is a code (actors). */
  label?: string | null;
}

export const FACET_NAMES = ['type', 'quad', 'country', 'actor', 'day'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/**
 * Counts of the events matching a filter, each list most frequent first (days in date order). Only the facets asked
 * for are present: a timeline needs days, not actors.
 */
export interface EventFacets {
  total: number;
  type?: ValueCount[];
  quad?: ValueCount[];
  country?: ValueCount[];
  actor?: ValueCount[];
  /** How many matching events the actor facet counted: the newest ones, at most a bound the store sets. */
  actorBasis?: number;
  day?: ValueCount[];
}

/** A place where matching events happened: one map marker. */
export interface PlaceSummary {
  geonameid: number | null;
  name: string | null;
  extracted: string | null;
  lat: number;
  lon: number;
  countryCode: string | null;
  count: number;
  byQuad: Partial<Record<QuadClass, number>>;
}

/** An actor as events name it, keyed by its code (or its name when it has none). */
export interface ActorIdentity {
  key: string;
  code: string | null;
  name: string | null;
  nameAr: string | null;
  nameEn: string | null;
  country: string | null;
  sector: string | null;
}

/** An actor or recipient of matching events, with how many events it acted in and was acted on in. */
export interface ActorSummary extends ActorIdentity {
  asActor: number;
  asRecipient: number;
}

export interface ActorProfile extends ActorSummary {
  /** Events per month (YYYY-MM), in order. */
  months: ValueCount[];
  types: ValueCount[];
  /** Who it acted on and who acted on it: other keys, most events first. */
  counterparts: (ActorIdentity & { role: 'actor' | 'recipient'; events: number })[];
}

export interface TypeCount {
  eventType: EventType;
  count: number;
}

export interface ListQuery {
  limit: number;
  offset?: number;
  source?: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  /** Length of the text in UTF-16 code units, the unit of every Span. */
  length: number;
}

/**
 * Where documents live. Every backend (SQLite now, PostgreSQL later) must pass the shared contract suite in
 * contract.ts, so callers never depend on one engine's behaviour.
 */
export interface DocumentStore extends CanonicalStore {
  /** One transaction per call; a document whose id is already stored is left untouched and counted as existing. */
  putDocuments(docs: IndexedDocument[]): PutResult;
  getDocument(id: string): Document | null;
  /** Ranked by relevance, ties by publishedAt (newest first, undated last). */
  search(query: SearchQuery): SearchHit[];
  countDocuments(): number;
  stats(): StoreStats;
  /** Newest first (undated last), then by id. */
  listDocuments(query: ListQuery): DocumentSummary[];
  /** Events as PLOVER records (canonical view: merged records), newest event date first (undated last), then by id. */
  listEvents(query: EventQuery): EventRecord[];
  /** Every matching event in list order, read lazily so an export of millions never sits in memory. */
  iterateEvents(filter: EventFilter): IterableIterator<EventRecord>;
  getEvent(id: string): EventRecord | null;
  eventFacets(filter: EventFilter, limit: number, only?: readonly FacetName[]): EventFacets;
  /** Places of matching events with coordinates, most events first. */
  eventPlaces(filter: EventFilter, limit: number): PlaceSummary[];
  /** Actors and recipients of matching events, most events first. */
  eventActors(filter: EventFilter, limit: number): ActorSummary[];
  /** One actor by code or name key; null when no event names it. */
  actorProfile(key: string, limit: number): ActorProfile | null;
  countEvents(): number;
  schemaVersion(): number;
  close(): void;
}
