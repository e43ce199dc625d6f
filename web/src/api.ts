/**
 * The HTTP API of `marsad serve` (docs/API.md): one envelope, one error shape. The routes answer with the core's
 * and the store's types as they are, so those are the response types here too.
 */
import type { CanonicalBlock, MergeLink } from '../../src/core/canonical.js';
import type { Document } from '../../src/core/document.js';
import type { EventRecord } from '../../src/core/events.js';
import type { ActorIdentity, ActorProfile, EventFacets, PlaceSummary, ValueCount } from '../../src/store/types.js';
import type { DayCount } from './days.js';
import type { Annotations } from './highlight.js';

interface Page {
  limit: number;
  next: string | null;
}

/** An error answer of the API (or of the network), with what to do about it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Envelope<T> {
  data: T;
  page?: Page;
}

async function request<T>(url: string, signal?: AbortSignal): Promise<Envelope<T>> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (Envelope<T> & { error?: { message: string; hint?: string } }) | null;
  if (!response.ok || !body || body.error) {
    const error = body?.error;
    throw new ApiError(response.status, error?.message ?? `${response.status} ${response.statusText}`, error?.hint ?? '');
  }
  return body;
}

export async function getData<T>(url: string, signal?: AbortSignal): Promise<T> {
  return (await request<T>(url, signal)).data;
}

export async function getPage<T>(url: string, signal?: AbortSignal): Promise<{ data: T[]; next: string | null }> {
  const body = await request<T[]>(url, signal);
  return { data: body.data, next: body.page?.next ?? null };
}

/** The article an event was read from, as /api/events/:id gives it. */
export type DocumentRef = Pick<Document, 'id' | 'title' | 'source' | 'url' | 'publishedAt'>;

/** A list row: in the canonical view it carries its `canonical` block, in the mentions view its `canonical_id`. */
export type EventRow = EventRecord & { canonical?: CanonicalBlock };

/** One report of a canonical event: the mention with the article it was read from. */
export type Report = EventRecord & { document: DocumentRef | null };

/**
 * /api/events/:id: a mention (with `canonical_id`), or a canonical event with its block, every report and why
 * each one was merged.
 */
export type EventDetail = Report & { canonical?: CanonicalBlock; reports?: Report[]; explanation?: MergeLink[] };

// The routes give the store's answers as they are: facets, map places, actor profiles.
export type { ActorIdentity, ActorProfile, EventFacets as Facets, PlaceSummary, ValueCount as FacetCount };

export function dayCounts(facets: EventFacets): DayCount[] {
  return (facets.day ?? []).map((f) => ({ day: f.value, count: f.count }));
}

/** /api/documents/:id: the article, its annotations (offsets into `document.text`) and its stored events. */
export interface AnnotatedDocument {
  document: Document;
  annotations: Annotations;
  events: EventRecord[];
}
