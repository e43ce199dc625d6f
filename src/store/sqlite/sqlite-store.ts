import type BetterSqlite3 from 'better-sqlite3';
import type { CannotLink, CanonicalEvent, ClusterMention, CopyLink, Document, EventRecord, EventType } from '../../core/index.js';
import type { CopyCandidate, DedupStats } from '../canonical-types.js';
import { checkPage, exclusiveUpperBound } from '../query.js';
import type {
  ActorProfile,
  ActorSummary,
  DocumentStore,
  EventFacets,
  EventFilter,
  FacetName,
  DocumentSummary,
  EventQuery,
  IndexedDocument,
  ListQuery,
  PlaceSummary,
  PutResult,
  SearchHit,
  SearchQuery,
  SourceCount,
  StoreStats,
  TypeCount,
} from '../types.js';
import { CanonicalQueries } from './canonical.js';
import { toStoreError } from './errors.js';
import { ftsMatchExpression } from './fts-query.js';
import { EventQueries } from './event-queries.js';
import { eventWriter } from './event-rows.js';
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
  readonly #events: EventQueries;
  readonly #canonical: CanonicalQueries;

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
      countEvents: db.prepare<[], { events: number }>('SELECT count(*) AS events FROM events'),
      eventTypes: db.prepare<[], TypeCount>(
        'SELECT event_type AS eventType, count(*) AS count FROM events GROUP BY event_type ORDER BY count DESC, event_type',
      ),
      size: db.prepare<[], { size: number }>(
        'SELECT page_count * page_size AS size FROM pragma_page_count(), pragma_page_size()',
      ),
    };
    this.#events = new EventQueries(db);
    this.#canonical = new CanonicalQueries(db);
    const writeEvent = eventWriter(db);
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
        for (const event of doc.events) writeEvent(event, result.lastInsertRowid);
        if (doc.minhash) this.#canonical.putMinHash(result.lastInsertRowid, doc.minhash);
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
    return this.#attempt('list events in', () => this.#events.list(query));
  }

  *iterateEvents(filter: EventFilter): IterableIterator<EventRecord> {
    // A generator runs lazily: errors surface while the caller iterates, so each step is wrapped.
    const rows = this.#attempt('list events in', () => this.#events.iterate(filter));
    while (true) {
      const next = this.#attempt('list events in', () => rows.next());
      if (next.done) return;
      yield next.value;
    }
  }

  getEvent(id: string): EventRecord | null {
    return this.#attempt('read an event from', () => this.#events.get(id));
  }

  eventFacets(filter: EventFilter, limit: number, only?: readonly FacetName[]): EventFacets {
    return this.#attempt('count events in', () => this.#events.facets(filter, limit, only));
  }

  eventPlaces(filter: EventFilter, limit: number): PlaceSummary[] {
    return this.#attempt('list event places in', () => this.#events.places(filter, limit));
  }

  eventActors(filter: EventFilter, limit: number): ActorSummary[] {
    return this.#attempt('list event actors in', () => this.#events.actors(filter, limit));
  }

  actorProfile(key: string, limit: number): ActorProfile | null {
    return this.#attempt('read an actor from', () => this.#events.profile(key, limit));
  }

  copyCandidates(documentId: string): CopyCandidate[] {
    return this.#attempt('find copies in', () => this.#canonical.copyCandidates(documentId));
  }

  documentSignature(documentId: string): Uint32Array | null {
    return this.#attempt('read a signature from', () => this.#canonical.signature(documentId));
  }

  copyGroups(documentIds: string[]): CopyLink[] {
    return this.#attempt('read copy groups from', () => this.#canonical.copyGroups(documentIds));
  }

  setCopyGroup(canonicalId: string, members: CopyLink[]): void {
    this.#attempt('store a copy group in', () => this.#canonical.setCopyGroup(canonicalId, members));
  }

  mentionsOfDocuments(documentIds: string[]): ClusterMention[] {
    return this.#attempt('read event mentions from', () => this.#canonical.mentionsOfDocuments(documentIds));
  }

  mentionsInWindow(type: EventType, from: string, to: string): ClusterMention[] {
    return this.#attempt('read event mentions from', () => this.#canonical.mentionsInWindow(type, from, to));
  }

  replaceCanonicalEvents(mentionIds: string[], events: CanonicalEvent[]): void {
    this.#attempt('store canonical events in', () => this.#canonical.replaceCanonicalEvents(mentionIds, events));
  }

  getCanonicalEvent(id: string): CanonicalEvent | null {
    return this.#attempt('read a canonical event from', () => this.#canonical.getCanonicalEvent(id));
  }

  canonicalIdOf(mentionId: string): string | null {
    return this.#attempt('read a canonical event from', () => this.#canonical.canonicalIdOf(mentionId));
  }

  cannotLinks(mentionIds: string[]): CannotLink[] {
    return this.#attempt('read splits from', () => this.#canonical.cannotLinks(mentionIds));
  }

  addSplit(eventId: string, mentionId: string, otherIds: string[]): void {
    this.#attempt('store a split in', () => this.#canonical.addSplit(eventId, mentionId, otherIds, new Date().toISOString()));
  }

  removeSplit(eventId: string, mentionId: string): number {
    return this.#attempt('remove a split from', () => this.#canonical.removeSplit(eventId, mentionId));
  }

  dedupStats(): DedupStats {
    return this.#attempt('count canonical events in', () => this.#canonical.stats());
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
