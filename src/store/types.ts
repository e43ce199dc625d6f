import type { Document, EventRecord, EventType, Modality } from '../core/index.js';

/**
 * A document ready to store, with the normalized terms its full-text index should hold. The caller computes the
 * terms because the Arabic text layer lives upstream of the store (src/text), which the store must not import.
 */
export interface IndexedDocument extends Document {
  searchTerms: string[];
  /** The events the pipeline coded in this document, stored with it in the same transaction. */
  events: EventRecord[];
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

/** Filters over stored events; every one is optional and they combine with AND. */
export interface EventQuery {
  limit: number;
  offset?: number;
  types?: EventType[];
  modalities?: Modality[];
  /** ISO 3166-1 alpha-2 code of the event's place. */
  country?: string;
  /** Inclusive bounds on the event date (ISO); `to` admits every time on that day. */
  from?: string;
  to?: string;
  documentId?: string;
  minConfidence?: number;
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
export interface DocumentStore {
  /** One transaction per call; a document whose id is already stored is left untouched and counted as existing. */
  putDocuments(docs: IndexedDocument[]): PutResult;
  getDocument(id: string): Document | null;
  /** Ranked by relevance, ties by publishedAt (newest first, undated last). */
  search(query: SearchQuery): SearchHit[];
  countDocuments(): number;
  stats(): StoreStats;
  /** Newest first (undated last), then by id. */
  listDocuments(query: ListQuery): DocumentSummary[];
  /** Events as PLOVER records, newest event date first (undated last), then by id. */
  listEvents(query: EventQuery): EventRecord[];
  countEvents(): number;
  schemaVersion(): number;
  close(): void;
}
