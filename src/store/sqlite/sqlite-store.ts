import type BetterSqlite3 from 'better-sqlite3';
import type { Document, EventRecord } from '../../core/index.js';
import { checkPage, exclusiveUpperBound } from '../query.js';
import type {
  DocumentStore,
  DocumentSummary,
  EventQuery,
  IndexedDocument,
  ListQuery,
  PutResult,
  SearchHit,
  SearchQuery,
  SourceCount,
  StoreStats,
  TypeCount,
} from '../types.js';
import { toStoreError } from './errors.js';
import { ftsMatchExpression } from './fts-query.js';
import { currentVersion } from './migrations.js';

type Database = BetterSqlite3.Database;

const SELECT_DOCUMENT = `
  SELECT id, source, url, title, published_at AS publishedAt, language, text, ingested_at AS ingestedAt
  FROM documents WHERE id = ?`;

const INSERT_DOCUMENT = `
  INSERT INTO documents (id, source, url, title, published_at, language, text, ingested_at, char_length)
  VALUES (@id, @source, @url, @title, @publishedAt, @language, @text, @ingestedAt, @charLength)
  ON CONFLICT (id) DO NOTHING`;

// NULL published_at sorts last under DESC in SQLite, so undated documents come after dated ties.
const SEARCH = `
  SELECT d.id, d.title, d.source, d.published_at AS publishedAt, -bm25(documents_fts) AS score
  FROM documents_fts JOIN documents AS d ON d.rowid = documents_fts.rowid
  WHERE documents_fts MATCH @match
    AND (@source IS NULL OR d.source = @source)
    AND (@from IS NULL OR d.published_at >= @from)
    AND (@before IS NULL OR d.published_at < @before)
  ORDER BY bm25(documents_fts), d.published_at DESC, d.id
  LIMIT @limit OFFSET @offset`;

const INSERT_EVENT = `
  INSERT INTO events (id, document_rowid, event_type, mode, modality, date, date_precision, country_code, geonameid,
                      lat, lon, confidence, coder, record)
  VALUES (@id, @documentRowid, @eventType, @mode, @modality, @date, @datePrecision, @countryCode, @geonameid,
          @lat, @lon, @confidence, @coder, @record)
  ON CONFLICT (id) DO NOTHING`;

// A filter given as NULL is off; lists arrive as JSON arrays so one prepared statement serves every combination.
const LIST_EVENTS = `
  SELECT e.record FROM events AS e JOIN documents AS d ON d.rowid = e.document_rowid
  WHERE (@types IS NULL OR e.event_type IN (SELECT value FROM json_each(@types)))
    AND (@modalities IS NULL OR e.modality IN (SELECT value FROM json_each(@modalities)))
    AND (@country IS NULL OR e.country_code = @country)
    AND (@from IS NULL OR e.date >= @from)
    AND (@before IS NULL OR e.date < @before)
    AND (@documentId IS NULL OR d.id = @documentId)
    AND (@minConfidence IS NULL OR e.confidence >= @minConfidence)
  ORDER BY e.date DESC NULLS LAST, e.id
  LIMIT @limit OFFSET @offset`;

const LIST = `
  SELECT id, title, source, published_at AS publishedAt, char_length AS length
  FROM documents WHERE (@source IS NULL OR source = @source)
  ORDER BY published_at DESC, id
  LIMIT @limit OFFSET @offset`;

/** The SQLite DocumentStore. Build it with openStore, which opens, checks and migrates the database first. */
export class SqliteStore implements DocumentStore {
  readonly #db: Database;
  readonly #path: string;
  readonly #statements;
  readonly #putBatch: (docs: IndexedDocument[]) => PutResult;

  constructor(db: Database, path: string) {
    this.#db = db;
    this.#path = path;
    this.#statements = {
      select: db.prepare<[string], Document>(SELECT_DOCUMENT),
      insert: db.prepare(INSERT_DOCUMENT),
      index: db.prepare<[number | bigint, string]>('INSERT INTO documents_fts (rowid, terms) VALUES (?, ?)'),
      search: db.prepare<[Record<string, unknown>], SearchHit>(SEARCH),
      list: db.prepare<[Record<string, unknown>], DocumentSummary>(LIST),
      count: db.prepare<[], { documents: number }>('SELECT count(*) AS documents FROM documents'),
      span: db.prepare<[], { earliest: string | null; latest: string | null }>(
        'SELECT min(published_at) AS earliest, max(published_at) AS latest FROM documents',
      ),
      sources: db.prepare<[], SourceCount>(
        'SELECT source, count(*) AS count FROM documents GROUP BY source ORDER BY count DESC, source',
      ),
      insertEvent: db.prepare(INSERT_EVENT),
      listEvents: db.prepare<[Record<string, unknown>], { record: string }>(LIST_EVENTS),
      countEvents: db.prepare<[], { events: number }>('SELECT count(*) AS events FROM events'),
      eventTypes: db.prepare<[], TypeCount>(
        'SELECT event_type AS eventType, count(*) AS count FROM events GROUP BY event_type ORDER BY count DESC, event_type',
      ),
      size: db.prepare<[], { size: number }>(
        'SELECT page_count * page_size AS size FROM pragma_page_count(), pragma_page_size()',
      ),
    };
    this.#putBatch = db.transaction((docs: IndexedDocument[]) => {
      let inserted = 0;
      for (const doc of docs) {
        const result = this.#statements.insert.run({
          id: doc.id,
          source: doc.source,
          url: doc.url,
          title: doc.title,
          publishedAt: doc.publishedAt,
          language: doc.language,
          text: doc.text,
          ingestedAt: doc.ingestedAt,
          charLength: doc.text.length,
        });
        if (result.changes === 0) continue;
        this.#statements.index.run(result.lastInsertRowid, doc.searchTerms.join(' '));
        for (const event of doc.events) this.#statements.insertEvent.run(eventRow(event, result.lastInsertRowid));
        inserted += 1;
      }
      return { inserted, existing: docs.length - inserted };
    });
  }

  putDocuments(docs: IndexedDocument[]): PutResult {
    return this.#attempt('store documents in', () => this.#putBatch(docs));
  }

  getDocument(id: string): Document | null {
    return this.#attempt('read', () => this.#statements.select.get(id) ?? null);
  }

  search(query: SearchQuery): SearchHit[] {
    const offset = query.offset ?? 0;
    checkPage(query.limit, offset);
    const match = ftsMatchExpression(query.groups);
    if (match === null) return [];
    return this.#attempt('search', () =>
      this.#statements.search.all({
        match,
        source: query.source ?? null,
        from: query.from ?? null,
        before: query.to === undefined ? null : exclusiveUpperBound(query.to),
        limit: query.limit,
        offset,
      }),
    );
  }

  countDocuments(): number {
    return this.#attempt('count documents in', () => this.#statements.count.get()?.documents ?? 0);
  }

  stats(): StoreStats {
    return this.#attempt('read statistics of', () => {
      const span = this.#statements.span.get();
      return {
        documents: this.countDocuments(),
        sources: this.#statements.sources.all(),
        earliestPublishedAt: span?.earliest ?? null,
        latestPublishedAt: span?.latest ?? null,
        schemaVersion: this.schemaVersion(),
        sizeBytes: this.#statements.size.get()?.size ?? 0,
        events: this.countEvents(),
        eventTypes: this.#statements.eventTypes.all(),
      };
    });
  }

  listDocuments(query: ListQuery): DocumentSummary[] {
    const offset = query.offset ?? 0;
    checkPage(query.limit, offset);
    return this.#attempt('list documents in', () =>
      this.#statements.list.all({ source: query.source ?? null, limit: query.limit, offset }),
    );
  }

  listEvents(query: EventQuery): EventRecord[] {
    const offset = query.offset ?? 0;
    checkPage(query.limit, offset);
    const rows = this.#attempt('list events in', () =>
      this.#statements.listEvents.all({
        types: query.types?.length ? JSON.stringify(query.types) : null,
        modalities: query.modalities?.length ? JSON.stringify(query.modalities) : null,
        country: query.country ?? null,
        from: query.from ?? null,
        before: query.to === undefined ? null : exclusiveUpperBound(query.to),
        documentId: query.documentId ?? null,
        minConfidence: query.minConfidence ?? null,
        limit: query.limit,
        offset,
      }),
    );
    return rows.map((row) => JSON.parse(row.record) as EventRecord);
  }

  countEvents(): number {
    return this.#attempt('count events in', () => this.#statements.countEvents.get()?.events ?? 0);
  }

  schemaVersion(): number {
    return this.#attempt('read the schema version of', () => currentVersion(this.#db));
  }

  close(): void {
    this.#db.close();
  }

  #attempt<T>(action: string, work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw toStoreError(error, this.#path, action);
    }
  }
}

function eventRow(event: EventRecord, documentRowid: number | bigint): Record<string, unknown> {
  const place = event.event_loc;
  return {
    id: event.id,
    documentRowid,
    eventType: event.event_type,
    mode: event.mode,
    modality: event.modality,
    date: event.date,
    datePrecision: event.date_precision,
    countryCode: place?.country_code ?? null,
    geonameid: place?.geonameid ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    confidence: event.confidence,
    coder: event.coder,
    record: JSON.stringify(event),
  };
}
