/**
 * The HTTP API of `marsad serve` (docs/API.md): one envelope, one error shape. Response types describe the fields
 * the app reads.
 */
import type { EventRecord, QuadClass } from '../../src/core/events.js';
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
}

export interface Facets {
  type: FacetCount[];
  quad: FacetCount[];
  country: FacetCount[];
  actor: FacetCount[];
  day: FacetCount[];
}

export function dayCounts(facets: Facets): DayCount[] {
  return facets.day.map((f) => ({ day: f.value, count: f.count }));
}

export interface PlaceSummary {
  geonameid: number | null;
  name: string | null;
  name_ar: string | null;
  lat: number;
  lon: number;
  country_code: string | null;
  count: number;
  quads: QuadCounts;
}

export interface ActorCount {
  code: string | null;
  name_ar: string | null;
  name_en: string | null;
  count: number;
}

export interface ActorPage {
  code: string;
  name_ar: string | null;
  name_en: string | null;
  country: string | null;
  sector: string | null;
  months: { month: string; count: number }[];
  counterparts: ActorCount[];
  types: { type: string; count: number }[];
}

export interface AnnotatedDocument extends DocumentRef {
  text: string;
  annotations: Annotations;
  events: EventRecord[];
}

export type { QuadClass };
