import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/index.js';
import { defaultContext, eventsToCsv, ingestPaths } from '../pipeline/index.js';
import { openStore, type DocumentStore } from '../store/index.js';
import { createApp } from './app.js';

const folder = mkdtempSync(join(tmpdir(), 'marsad-api-'));
let store: DocumentStore;
let app: ReturnType<typeof createApp>;
const context = defaultContext();

// A hostile document: markup in the text must come back as data, never run.
const HOSTILE = `---
title: <img src=x onerror="window.__pwned=1">اشتباكات في مصراتة
source: test
published: 2015-07-21
---
<script>window.__pwned = 1</script> اندلعت اشتباكات عنيفة أمس في مدينة مصراتة الليبية بين قوات حكومة الوفاق ومسلحين.
`;

beforeAll(async () => {
  const db = join(folder, 'api.db');
  const extra = join(folder, 'extra');
  mkdirSync(extra);
  writeFileSync(join(extra, 'hostile.md'), HOSTILE);
  const writer = openStore(db);
  await ingestPaths(['examples', extra], writer, context);
  writer.close();
  store = openStore(db, { readonly: true });
  app = createApp({ store, context }, { webRoot: null, requestsPerMinute: 100_000, maxBodyBytes: 4096 });
}, 120_000);

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

async function json<T = unknown>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await app.request(path, init);
  return { status: response.status, body: (await response.json()) as T };
}

type Page = { data: EventRecord[]; page: { limit: number; next: string | null } };
type Failure = { error: { status: number; message: string; hint: string } };

describe('HTTP API: events', () => {
  it('lists every canonical event once across cursor pages, in list order', async () => {
    const all = store.listEvents({ limit: 10_000, view: 'canonical' }).map((e) => e.id);
    expect(all.length).toBeGreaterThan(40);
    expect(all.length).toBeLessThan(store.countEvents());
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { status, body }: { status: number; body: Page } = await json<Page>(`/api/events?limit=17${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.page.limit).toBe(17);
      seen.push(...body.data.map((e) => e.id));
      cursor = body.page.next;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('lists report mentions with view=mentions, each linked to its canonical event', async () => {
    const { body } = await json<Page>('/api/events?limit=500&view=mentions');
    expect(body.data.map((e) => e.id)).toEqual(store.listEvents({ limit: 500 }).map((e) => e.id));
    expect(body.data.every((e) => typeof e.canonical_id === 'string')).toBe(true);
  });

  it('opens a canonical event with its sources, reports and why they were merged', async () => {
    const merged = store.listEvents({ limit: 10_000, view: 'canonical' }) as (EventRecord & { canonical: { id: string; mentions: string[]; reports: number } })[];
    const event = merged.find((e) => e.canonical.mentions.length > 1) ?? merged[0]!;
    const { status, body } = await json<{ data: { canonical: { id: string; sources: number }; reports: (EventRecord & { document: { id: string } })[]; explanation: unknown[] } }>(
      `/api/events/${event.canonical.id}`,
    );
    expect(status).toBe(200);
    expect(body.data.canonical.id).toBe(event.canonical.id);
    expect(body.data.reports.map((r) => r.id).sort()).toEqual([...event.canonical.mentions].sort());
    expect(body.data.reports.every((r) => r.document.id === r.evidence.doc_id && r.canonical_id === event.canonical.id)).toBe(true);
    expect(Array.isArray(body.data.explanation)).toBe(true);
  });

  it.each([
    ['type=ASSAULT', (e: EventRecord) => e.event_type === 'ASSAULT'],
    ['type=PROTEST,AGREE', (e: EventRecord) => ['PROTEST', 'AGREE'].includes(e.event_type)],
    ['modality=future', (e: EventRecord) => e.modality === 'future'],
    ['country=sd', (e: EventRecord) => e.event_loc?.country_code === 'SD'],
    ['bbox=9,19,26,34', (e: EventRecord) => e.event_loc!.lat! >= 19 && e.event_loc!.lat! <= 34 && e.event_loc!.lon! >= 9 && e.event_loc!.lon! <= 26],
    ['from=2025-03-01&to=2025-03-31', (e: EventRecord) => e.date! >= '2025-03-01' && e.date! <= '2025-03-31'],
    ['min_confidence=0.6', (e: EventRecord) => e.confidence >= 0.6],
    ['place=2214846', (e: EventRecord) => e.event_loc?.geonameid === 2214846],
  ])('filters with %s', async (query, holds) => {
    const { status, body } = await json<Page>(`/api/events?limit=500&${query}`);
    expect(status).toBe(200);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every(holds)).toBe(true);
  });

  it('finds actors by Arabic name with clitics and spelling variants, by English name and by code', async () => {
    const byArabic = await json<Page>(`/api/events?actor=${encodeURIComponent('والدعم السريع')}`);
    expect(byArabic.body.data.length).toBeGreaterThan(0);
    expect(byArabic.body.data.every((e) => e.actor.some((a) => a.code === 'sd/rapid-support-forces' || /الدعم السريع/.test(a.entity_text)))).toBe(true);
    const byEnglish = await json<Page>('/api/events?actor=Rapid%20Support');
    const byCode = await json<Page>('/api/events?actor=sd/rapid-support-forces');
    expect(byCode.body.data.length).toBeGreaterThan(0);
    expect(byEnglish.body.data.map((e) => e.id)).toEqual(expect.arrayContaining(byCode.body.data.map((e) => e.id)));
  });

  it('filters by place name (Arabic, with a clitic) and by the text of the source documents', async () => {
    const byName = await json<Page>(`/api/events?limit=500&place=${encodeURIComponent('بمصراتة')}`);
    const byId = await json<Page>('/api/events?limit=500&place=2214846');
    expect(byName.body.data.map((e) => e.id)).toEqual(byId.body.data.map((e) => e.id));
    const byText = await json<Page>(`/api/events?limit=500&q=${encodeURIComponent('الفاشر')}`);
    expect(byText.body.data.length).toBeGreaterThan(0);
    const docs = new Set(byText.body.data.map((e) => e.evidence.doc_id));
    for (const id of docs) expect(store.getDocument(id)?.text).toMatch(/الفاشر/);
  });

  it.each([
    ['type=ATTACK', 'type', /unknown value "ATTACK"/],
    ['bbox=1,2,3', 'bbox', /four numbers/],
    ['from=21/07/2015', 'from', /ISO date/],
    ['limit=5000', 'limit', /500/],
    ['min_confidence=2', 'min_confidence', /./],
    ['colour=red', 'query parameters', /unknown parameter "colour"/],
    ['view=all', 'view', /unknown value "all"/],
    ['cursor=nonsense', 'cursor', /not a cursor/],
  ])('answers %s with a 400 naming the parameter', async (query, field, message) => {
    const { status, body } = await json<Failure>(`/api/events?${query}`);
    expect(status).toBe(400);
    expect(body.error.status).toBe(400);
    expect(body.error.message.startsWith(`${field}:`)).toBe(true);
    expect(body.error.message).toMatch(message);
    expect(body.error.hint.length).toBeGreaterThan(10);
  });

  it('refuses a cursor made under other filters', async () => {
    const first = await json<Page>('/api/events?limit=2&type=ASSAULT');
    const { status, body } = await json<Failure>(`/api/events?limit=2&type=PROTEST&cursor=${first.body.page.next}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/other filters/);
  });

  it('exports exactly the filtered list as CSV, JSON Lines and GeoJSON', async () => {
    const filter = 'type=ASSAULT&country=LY';
    const listed = store.listEvents({ limit: 10_000, types: ['ASSAULT'], countries: ['LY'], view: 'canonical' });
    const mentions = store.listEvents({ limit: 10_000, types: ['ASSAULT'], countries: ['LY'] });
    expect(await (await app.request(`/api/events.csv?${filter}&view=mentions`)).text()).toBe(eventsToCsv(mentions));
    const csv = await app.request(`/api/events.csv?${filter}`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await csv.text()).toBe(eventsToCsv(listed));
    const jsonl = (await (await app.request(`/api/events.jsonl?${filter}`)).text()).trim().split('\n');
    expect(jsonl.map((line) => (JSON.parse(line) as EventRecord).id)).toEqual(listed.map((e) => e.id));
    const geo = (await (await app.request(`/api/events.geojson?${filter}`)).json()) as { features: { id: string }[] };
    expect(geo.features.map((f) => f.id)).toEqual(listed.filter((e) => e.event_loc?.lat != null).map((e) => e.id));
    expect((await app.request('/api/events.csv?type=NOPE')).status).toBe(400);
  });

  it('returns one event with its document, and 404 for an unknown id', async () => {
    const [first] = store.listEvents({ limit: 1 });
    const { status, body } = await json<{ data: EventRecord & { document: { id: string } } }>(`/api/events/${first!.id}`);
    expect(status).toBe(200);
    expect(body.data.document.id).toBe(first!.evidence.doc_id);
    const missing = await json<Failure>('/api/events/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.hint).toMatch(/api\/events/);
  });
});

describe('HTTP API: facets, places, actors', () => {
  it('counts facets over the same filter as the list', async () => {
    const { body } = await json<{ data: { total: number; type: { value: string; count: number }[]; day: { value: string }[] } }>('/api/facets?country=LY');
    expect(body.data.total).toBe(store.listEvents({ limit: 10_000, countries: ['LY'], view: 'canonical' }).length);
    const reports = await json<{ data: { total: number } }>('/api/facets?country=LY&view=mentions');
    expect(reports.body.data.total).toBe(store.listEvents({ limit: 10_000, countries: ['LY'] }).length);
    expect(body.data.type.reduce((sum, t) => sum + t.count, 0)).toBe(body.data.total);
    expect(body.data.day.map((d) => d.value)).toEqual([...body.data.day.map((d) => d.value)].sort());
    const timeline = await json<{ data: Record<string, unknown> }>('/api/facets?country=LY&facet=day');
    expect(Object.keys(timeline.body.data).sort()).toEqual(['day', 'total']);
    expect((await app.request('/api/facets?facet=weather')).status).toBe(400);
  });

  it('gives map places with coordinates and counts per quad class', async () => {
    const { body } = await json<{ data: { lat: number; lon: number; count: number; byQuad: Record<string, number> }[] }>('/api/places');
    expect(body.data.length).toBeGreaterThan(3);
    for (const place of body.data) {
      expect(Object.values(place.byQuad).reduce((a, b) => a + b, 0)).toBe(place.count);
    }
  });

  it('lists actors and profiles one; unknown actors are 404', async () => {
    const { body } = await json<{ data: { key: string; asActor: number }[] }>('/api/actors?country=SD');
    expect(body.data.map((a) => a.key)).toContain('sd/rapid-support-forces');
    const profile = await json<{ data: { nameAr: string; months: unknown[] } }>(`/api/actors/${encodeURIComponent('sd/rapid-support-forces')}`);
    expect(profile.status).toBe(200);
    expect(profile.body.data.nameAr).toBe('قوات الدعم السريع');
    expect((await app.request('/api/actors/nobody')).status).toBe(404);
  });
});

describe('HTTP API: documents, analyze, limits', () => {
  it('lists and searches documents with cursor pages', async () => {
    const first = await json<{ data: { id: string }[]; page: { next: string } }>('/api/documents?limit=4');
    expect(first.body.data).toHaveLength(4);
    const second = await json<{ data: { id: string }[] }>(`/api/documents?limit=4&cursor=${first.body.page.next}`);
    expect(second.body.data.map((d) => d.id)).not.toContain(first.body.data[0]!.id);
    const found = await json<{ data: { id: string }[] }>(`/api/documents?q=${encodeURIComponent('مصراتة')}`);
    expect(found.body.data.length).toBeGreaterThan(0);
  });

  it('returns a document with every annotation at offsets that point at its words, markup as plain data', async () => {
    const hostile = store.listDocuments({ limit: 20, source: 'test' })[0];
    const { status, body } = await json<{
      data: { document: { text: string; title: string }; annotations: Record<string, { start: number; end: number; text?: string }[]>; events: EventRecord[] };
    }>(`/api/documents/${hostile!.id}`);
    expect(status).toBe(200);
    const { document, annotations, events } = body.data;
    expect(document.text).toContain('<script>');
    expect(document.title).toContain('onerror');
    for (const layer of ['entities', 'places', 'dates', 'actors', 'triggers']) {
      for (const span of annotations[layer]!) expect(document.text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(annotations.places!.map((p) => p.text).join(' ')).toContain('مصراتة');
    expect(events.length).toBeGreaterThan(0);
    expect((await app.request('/api/documents/nope')).status).toBe(404);
  });

  it('analyzes a posted text and stores nothing', async () => {
    const before = store.countEvents();
    const { status, body } = await json<{ data: { events: EventRecord[]; annotations: { dates: { value: string }[] } } }>('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'قصفت قوات الدعم السريع مدينة الفاشر أمس.', published_at: '2024-05-11' }),
    });
    expect(status).toBe(200);
    expect(body.data.events.map((e) => e.event_type)).toContain('ASSAULT');
    expect(body.data.annotations.dates[0]?.value).toBe('2024-05-10');
    expect(store.countEvents()).toBe(before);
  });

  it.each([
    ['not json', 'application/json', 400, /not JSON/],
    [JSON.stringify({ text: '' }), 'application/json', 400, /^text:/],
    [JSON.stringify({ text: 'نص', extra: 1 }), 'application/json', 400, /unknown parameter "extra"/],
    [JSON.stringify({ text: 'ب'.repeat(5000) }), 'application/json', 413, /over 4096 bytes/],
  ])('rejects a bad analyze body %#', async (payload, type, status, message) => {
    const response = await json<Failure>('/api/analyze', { method: 'POST', headers: { 'content-type': type }, body: payload });
    expect(response.status).toBe(status);
    expect(response.body.error.message).toMatch(message);
  });

  it('limits the request rate per client', async () => {
    const limited = createApp({ store, context }, { webRoot: null, requestsPerMinute: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await limited.request('/api/stats')).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('describes every route in OpenAPI and answers unknown ones with the error shape', async () => {
    const { body } = await json<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/events.csv', '/api/facets', '/api/places', '/api/actors', '/api/documents/{id}', '/api/analyze']));
    const missing = await json<Failure>('/api/nothing');
    expect(missing.status).toBe(404);
    expect((await app.request('/api/events', { method: 'DELETE' })).status).toBe(404);
  });

  it('reports what the database holds', async () => {
    const { body } = await json<{ data: { documents: number; events: number } }>('/api/stats');
    expect(body.data.documents).toBe(11);
    expect(body.data.events).toBe(store.countEvents());
  });
});
