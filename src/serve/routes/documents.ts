import type { Hono } from 'hono';
import { analyze, nameQuery } from '../../pipeline/index.js';
import { annotationsOf } from '../annotations.js';
import { decodeCursor, encodeCursor, fingerprint } from '../cursor.js';
import type { ServeDeps } from '../deps.js';
import { HttpError } from '../envelope.js';
import { analyzeBody, documentListParams } from '../params.js';
import { parseInput } from '../validate.js';

const isOffset = (p: unknown): p is number => Number.isSafeInteger(p) && (p as number) >= 0;

export function documentRoutes(app: Hono, deps: ServeDeps): void {
  app.get('/api/documents', (c) => {
    const { limit, cursor, q, ...filters } = parseInput(documentListParams, c.req.query(), 'query parameters');
    const fp = fingerprint({ q, ...filters });
    // Search results are ranked by relevance, which has no stable key to page on: the cursor carries the offset.
    const offset = cursor === undefined ? 0 : decodeCursor(cursor, fp, isOffset);
    const rows =
      q === undefined
        ? deps.store.listDocuments({ limit: limit + 1, offset, source: filters.source })
        : deps.store.search({ groups: nameQuery(q, deps.context), limit: limit + 1, offset, ...filters });
    const next = rows.length > limit ? encodeCursor(offset + limit, fp) : null;
    return c.json({ data: rows.slice(0, limit), page: { limit, next } });
  });

  app.get('/api/documents/:id', (c) => {
    const id = c.req.param('id');
    const document = deps.store.getDocument(id);
    if (!document) throw new HttpError(404, `no document has the id "${id}"`, 'take ids from /api/documents or an event’s evidence.doc_id');
    // Annotations are recomputed (the pipeline is deterministic); the events are the stored ones, with their ids.
    const { analysis } = analyze({ text: document.text, publishedAt: document.publishedAt, documentId: document.id }, deps.context);
    const events = deps.store.listEvents({ documentId: id, limit: 10_000 });
    return c.json({ data: { document, annotations: annotationsOf(analysis), events } });
  });

  app.post('/api/analyze', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'body: not JSON', 'send Content-Type: application/json and a body such as {"text": "…"}');
    }
    const { text, published_at } = parseInput(analyzeBody, body, 'body');
    const { analysis } = analyze({ text, publishedAt: published_at ?? null, documentId: 'analyze' }, deps.context);
    return c.json({ data: { annotations: annotationsOf(analysis), events: analysis.events } });
  });
}
