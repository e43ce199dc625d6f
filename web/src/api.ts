/**
 * The HTTP API of `marsad serve` (docs/API.md): one envelope, one error shape. Response types describe the fields
 * the app reads.
 */
import type { EventRecord } from '../../src/core/events.js';
import type { Annotations } from './highlight.js';
import type { DayCount } from './days.js';
import type { QuadCounts } from './quad.js';

export interface Page {
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

export interface DocumentRef {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
}

export type EventDetail = EventRecord & { document: DocumentRef | null };

export interface FacetCount {
  value: string;
  count: number;
  /** A readable name where the value is a code (actors). */
  label?: string | null;
}

export interface Facets {
  total: number;
  type: FacetCount[];
  quad: FacetCount[];
  country: FacetCount[];
  actor: FacetCount[];
  day: FacetCount[];
}

export function dayCounts(facets: Facets): DayCount[] {
  return facets.day.map((f) => ({ day: f.value, count: f.count }));
}

/** A place of matching events: one map marker. */
export interface PlaceSummary {
  geonameid: number | null;
  name: string | null;
  /** The place as the text wrote it. */
  extracted: string | null;
  lat: number;
  lon: number;
  countryCode: string | null;
  count: number;
  byQuad: QuadCounts;
}

export interface ActorIdentity {
  /** The actor's code, or its name when it has none: what /api/actors/:code takes. */
  key: string;
  code: string | null;
  name: string | null;
  nameAr: string | null;
  nameEn: string | null;
  country: string | null;
  sector: string | null;
}

export interface ActorProfile extends ActorIdentity {
  asActor: number;
  asRecipient: number;
  months: FacetCount[];
  types: FacetCount[];
  counterparts: (ActorIdentity & { role: 'actor' | 'recipient'; events: number })[];
}

/** /api/documents/:id: the article, its annotations (offsets into `document.text`) and its stored events. */
export interface AnnotatedDocument {
  document: DocumentRef & { text: string };
  annotations: Annotations;
  events: EventRecord[];
}
