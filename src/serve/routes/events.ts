import type { Context, Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { EventRecord } from '../../core/index.js';
import { GEOJSON_HEAD, GEOJSON_TAIL, csvHeader, csvLine, geoJsonFeature } from '../../pipeline/index.js';
import type { EventCursor, EventFilter } from '../../store/index.js';
import { decodeCursor, encodeCursor, fingerprint } from '../cursor.js';
import type { ServeDeps } from '../deps.js';
import { HttpError } from '../envelope.js';
import { eventFilterParams, eventListParams, facetParams, toEventFilter } from '../params.js';
import { parseInput } from '../validate.js';

const FACET_LIMIT = 30;
const PLACE_LIMIT = 5000;
const ACTOR_LIMIT = 200;
/** Characters gathered before an export stream writes: large enough to keep writes rare, small enough to stay lean. */
const CHUNK_CHARS = 64 * 1024;

const isCursor = (p: unknown): p is EventCursor =>
  typeof p === 'object' && p !== null && typeof (p as EventCursor).id === 'string' && ((p as EventCursor).date === null || typeof (p as EventCursor).date === 'string');

function filterOf(c: Context, deps: ServeDeps): EventFilter {
  return toEventFilter(parseInput(eventFilterParams, c.req.query(), 'query parameters'), deps.context);
}

const EXPORTS: Record<string, { type: string; head: () => string; line: (e: EventRecord, first: boolean) => string | null; tail: string }> = {
  csv: { type: 'text/csv; charset=utf-8', head: csvHeader, line: csvLine, tail: '' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', head: () => '', line: (e) => `${JSON.stringify(e)}\n`, tail: '' },
  geojson: {
    type: 'application/geo+json; charset=utf-8',
    head: () => GEOJSON_HEAD,
    line: (e, first) => {
      const feature = geoJsonFeature(e);
      return feature === null ? null : first ? feature : `,${feature}`;
    },
    tail: GEOJSON_TAIL,
  },
};

function documentRef(deps: ServeDeps, id: string) {
  const doc = deps.store.getDocument(id);
  return doc && { id: doc.id, title: doc.title, source: doc.source, url: doc.url, publishedAt: doc.publishedAt };
}

export function eventRoutes(app: Hono, deps: ServeDeps): void {
  app.get('/api/events', (c) => {
    const params = parseInput(eventListParams, c.req.query(), 'query parameters');
    const { limit, cursor, ...filters } = params;
    const fp = fingerprint(filters);
    const after = cursor === undefined ? undefined : decodeCursor(cursor, fp, isCursor);
    const filter = toEventFilter(filters, deps.context);
    // One row more than asked tells whether a next page exists without a count over the whole table.
    const rows = deps.store.listEvents({ ...filter, limit: limit + 1, after });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const next = rows.length > limit && last ? encodeCursor<EventCursor>({ date: last.date, id: last.id }, fp) : null;
    return c.json({ data: page, page: { limit, next } });
  });

  for (const [format, spec] of Object.entries(EXPORTS)) {
    app.get(`/api/events.${format}`, (c) => {
      const filter = filterOf(c, deps);
      const rows = deps.store.iterateEvents(filter);
      c.header('Content-Type', spec.type);
      c.header('Content-Disposition', `attachment; filename="marsad-events.${format}"`);
      return stream(c, async (out) => {
        let chunk = spec.head();
        let first = true;
        for (const event of rows) {
          const line = spec.line(event, first);
          if (line === null) continue;
          first = false;
          chunk += line;
          if (chunk.length > CHUNK_CHARS) {
            await out.write(chunk);
            chunk = '';
          }
        }
        await out.write(chunk + spec.tail);
      });
    });
  }

  // One event: a mention by its id, or a canonical event by its id with every report that supports it.
  app.get('/api/events/:id', (c) => {
    const id = c.req.param('id');
    const mention = deps.store.getEvent(id);
    if (mention) return c.json({ data: { ...mention, document: documentRef(deps, mention.evidence.doc_id) } });
    const canonical = deps.store.getCanonicalEvent(id);
    if (!canonical) throw new HttpError(404, `no event has the id "${id}"`, 'take ids from /api/events');
    const { record, explanation } = canonical;
    const { id: canonicalId, reports: reportCount, sources, first_reported, last_reported, mentions, disagreements } = canonical;
    const block = { id: canonicalId, reports: reportCount, sources, first_reported, last_reported, mentions, disagreements };
    const reports = block.mentions.flatMap((mentionId) => {
      const report = deps.store.getEvent(mentionId);
      return report ? [{ ...report, document: documentRef(deps, report.evidence.doc_id) }] : [];
    });
    return c.json({ data: { ...record, canonical: block, document: documentRef(deps, record.evidence.doc_id), reports, explanation } });
  });

  app.get('/api/facets', (c) => {
    const { facet, ...filters } = parseInput(facetParams, c.req.query(), 'query parameters');
    return c.json({ data: deps.store.eventFacets(toEventFilter(filters, deps.context), FACET_LIMIT, facet) });
  });
  app.get('/api/places', (c) => c.json({ data: deps.store.eventPlaces(filterOf(c, deps), PLACE_LIMIT) }));
  app.get('/api/actors', (c) => c.json({ data: deps.store.eventActors(filterOf(c, deps), ACTOR_LIMIT) }));
  app.get('/api/actors/:key', (c) => {
    const key = c.req.param('key');
    const profile = deps.store.actorProfile(key, FACET_LIMIT);
    if (!profile) throw new HttpError(404, `no event names the actor "${key}"`, 'take actor keys from /api/actors');
    return c.json({ data: profile });
  });
}
