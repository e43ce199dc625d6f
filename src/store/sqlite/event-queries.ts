import type BetterSqlite3 from 'better-sqlite3';
import { QUAD_CLASS, type EventRecord, type EventType } from '../../core/index.js';
import { checkPage } from '../query.js';
import { FACET_NAMES, type ActorIdentity, type ActorProfile, type ActorSummary, type EventFacets, type EventFilter, type EventQuery, type FacetName, type PlaceSummary, type ValueCount } from '../types.js';
import { eventCondition } from './event-filter.js';

type Database = BetterSqlite3.Database;

const MAX_CACHED_STATEMENTS = 256;
/** How many of the newest matching events the actor facet reads (see #actorFacet). */
const ACTOR_FACET_EVENTS = 5_000;
const LIST_ORDER = 'ORDER BY e.date DESC NULLS LAST, e.id';

// A mention carries the id of the canonical event it was merged into, so every export links both ways.
const MENTION_COLUMNS = 'e.record, (SELECT id FROM canonical_events WHERE rowid = e.canonical_rowid) AS canonicalId';

/**
 * What a list reads: mention records, or in the canonical view each canonical event's merged record through its
 * representative mention (so both views share the list order and its indexes).
 */
function recordsOf(filter: EventFilter): string {
  return filter.view === 'canonical'
    ? 'SELECT c.record FROM events AS e JOIN canonical_events AS c ON c.representative_rowid = e.rowid'
    : `SELECT ${MENTION_COLUMNS} FROM events AS e`;
}

interface RecordRow {
  record: string;
  canonicalId?: string | null;
}

function mentionRecord(row: RecordRow): EventRecord {
  const record = JSON.parse(row.record) as EventRecord;
  return row.canonicalId ? { ...record, canonical_id: row.canonicalId } : record;
}

const ACTOR_COLUMNS = `a.key, max(a.code) AS code, max(a.name) AS name, max(a.name_ar) AS nameAr, max(a.name_en) AS nameEn,
  max(a.country) AS country, max(a.sector) AS sector`;

function add(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/** Most frequent first, ties by value, so equal inputs always list the same way. */
function ranked(counts: Map<string, number>): ValueCount[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * The read side of events: lists, facets, map places and actors, all over the same filter. Statements are built
 * from the filters that are set and cached by their SQL, so each combination is prepared once.
 */
export class EventQueries {
  readonly #db: Database;
  readonly #cache = new Map<string, BetterSqlite3.Statement>();

  constructor(db: Database) {
    this.#db = db;
  }

  list(query: EventQuery): EventRecord[] {
    const offset = query.offset ?? 0;
    checkPage(query.limit, offset);
    const { where, params } = eventCondition(query, query.after);
    const rows = this.#all<RecordRow>(`${recordsOf(query)} WHERE ${where} ${LIST_ORDER} LIMIT @limit OFFSET @offset`, {
      ...params,
      limit: query.limit,
      offset,
    });
    return rows.map(mentionRecord);
  }

  /** Every matching record in list order: mentions, or in the canonical view the merged records. */
  *iterate(filter: EventFilter): IterableIterator<EventRecord> {
    const { where, params } = eventCondition(filter);
    const sql = `${recordsOf(filter)} WHERE ${where} ${LIST_ORDER}`;
    for (const row of this.#statement(sql).iterate(params)) yield mentionRecord(row as RecordRow);
  }

  get(id: string): EventRecord | null {
    const row = this.#statement(`SELECT ${MENTION_COLUMNS} FROM events AS e WHERE e.id = ?`).get(id) as RecordRow | undefined;
    return row ? mentionRecord(row) : null;
  }

  facets(filter: EventFilter, limit: number, only: readonly FacetName[] = FACET_NAMES): EventFacets {
    checkPage(limit, 0);
    const { where, params } = eventCondition(filter);
    const wanted = new Set(only);
    // One pass over (type, country) answers the total and three facets; with the covering indexes it reads no record.
    const cells = this.#all<{ type: EventType; country: string | null; count: number }>(
      `SELECT e.event_type AS type, e.country_code AS country, count(*) AS count FROM events AS e WHERE ${where} GROUP BY 1, 2`,
      params,
    );
    const type = new Map<string, number>();
    const quad = new Map<string, number>();
    const country = new Map<string, number>();
    let total = 0;
    for (const cell of cells) {
      total += cell.count;
      add(type, cell.type, cell.count);
      add(quad, QUAD_CLASS[cell.type], cell.count);
      if (cell.country !== null) add(country, cell.country, cell.count);
    }
    const facets: EventFacets = { total };
    if (wanted.has('type')) facets.type = ranked(type);
    if (wanted.has('quad')) facets.quad = ranked(quad);
    if (wanted.has('country')) facets.country = ranked(country).slice(0, limit);
    if (wanted.has('day')) {
      // Grouped by the stored date, which follows index order (no sort), then folded to days here.
      const days = new Map<string, number>();
      const rows = this.#all<ValueCount>(
        `SELECT e.date AS value, count(*) AS count FROM events AS e WHERE ${where} AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1`,
        params,
      );
      for (const row of rows) add(days, row.value.slice(0, 10), row.count);
      facets.day = [...days].map(([value, count]) => ({ value, count }));
    }
    if (wanted.has('actor')) {
      facets.actor = this.#actorFacet(where, params, limit);
      facets.actorBasis = Math.min(total, ACTOR_FACET_EVENTS);
    }
    return facets;
  }

  places(filter: EventFilter, limit: number): PlaceSummary[] {
    checkPage(limit, 0);
    const { where, params } = eventCondition(filter);
    // Counted by place rowid and type from the covering indexes, folded into quad classes here (the quad class is
    // a function of the type); only the places that made the cut are then read.
    const cells = this.#all<{ place: number; type: EventType; count: number }>(
      `SELECT e.place_rowid AS place, e.event_type AS type, count(*) AS count FROM events AS e
       WHERE ${where} AND e.place_rowid IS NOT NULL GROUP BY 1, 2`,
      params,
    );
    const counts = new Map<number, { count: number; byQuad: PlaceSummary['byQuad'] }>();
    for (const cell of cells) {
      let place = counts.get(cell.place);
      if (!place) counts.set(cell.place, (place = { count: 0, byQuad: {} }));
      const quad = QUAD_CLASS[cell.type];
      place.count += cell.count;
      place.byQuad[quad] = (place.byQuad[quad] ?? 0) + cell.count;
    }
    const rows = this.#all<{ rowid: number; geonameid: number | null; name: string | null; extracted: string | null; lat: number; lon: number; countryCode: string | null }>(
      `SELECT rowid, geonameid, name, text AS extracted, lat, lon, country_code AS countryCode FROM event_places
       WHERE rowid IN (SELECT value FROM json_each(@places)) AND lat IS NOT NULL AND lon IS NOT NULL`,
      { places: JSON.stringify([...counts.keys()]) },
    );
    return rows
      .map(({ rowid, ...place }) => ({ ...place, ...counts.get(rowid)! }))
      .sort((a, b) => b.count - a.count || (a.name ?? '').localeCompare(b.name ?? ''))
      .slice(0, limit);
  }

  /**
   * The top actors of the newest ACTOR_FACET_EVENTS matching events, then readable labels for those few only
   * (labels are not in the covering index). Counting actors means one index probe per event: bounded, the filter
   * panel answers in tens of milliseconds however broad the selection (`actorBasis` says how many events it read).
   */
  #actorFacet(where: string, params: Record<string, unknown>, limit: number): ValueCount[] {
    const newest = `SELECT e.rowid FROM events AS e WHERE ${where} ORDER BY e.date DESC LIMIT ${ACTOR_FACET_EVENTS}`;
    const top = this.#all<{ value: string; count: number }>(
      // CROSS JOIN keeps the events outside: the planner would otherwise walk every actor row and look each event up.
      `SELECT a.key AS value, count(DISTINCT m.rowid) AS count
       FROM (${newest}) AS m CROSS JOIN event_arguments AS a ON a.event_rowid = m.rowid AND a.role = 'actor'
       GROUP BY a.key ORDER BY count DESC, value LIMIT @facetLimit`,
      { ...params, facetLimit: limit },
    );
    const labels = new Map(
      this.#all<{ key: string; label: string | null }>(
        // One row of each key names it: an actor's rows share its names, and reading all of them costs 100 ms.
        `SELECT k.value AS key, (SELECT coalesce(name_en, name, text) FROM event_arguments
           WHERE key = k.value AND role = 'actor' LIMIT 1) AS label
         FROM json_each(@keys) AS k`,
        { keys: JSON.stringify(top.map((row) => row.value)) },
      ).map((row) => [row.key, row.label]),
    );
    return top.map((row) => ({ value: row.value, label: labels.get(row.value) ?? null, count: row.count }));
  }

  actors(filter: EventFilter, limit: number): ActorSummary[] {
    checkPage(limit, 0);
    const { where, params } = eventCondition(filter);
    return this.#all<ActorSummary>(
      `SELECT ${ACTOR_COLUMNS},
              count(DISTINCT CASE a.role WHEN 'actor' THEN e.rowid END) AS asActor,
              count(DISTINCT CASE a.role WHEN 'recipient' THEN e.rowid END) AS asRecipient
       FROM events AS e JOIN event_arguments AS a ON a.event_rowid = e.rowid
       WHERE ${where} GROUP BY a.key ORDER BY asActor + asRecipient DESC, a.key LIMIT @limit`,
      { ...params, limit },
    );
  }

  profile(key: string, limit: number): ActorProfile | null {
    checkPage(limit, 0);
    const summary = this.#all<ActorSummary>(
      `SELECT ${ACTOR_COLUMNS},
              count(DISTINCT CASE a.role WHEN 'actor' THEN a.event_rowid END) AS asActor,
              count(DISTINCT CASE a.role WHEN 'recipient' THEN a.event_rowid END) AS asRecipient
       FROM event_arguments AS a WHERE a.key = @key GROUP BY a.key`,
      { key },
    )[0];
    if (!summary) return null;
    const mine = 'SELECT event_rowid FROM event_arguments WHERE key = @key';
    const months = this.#all<ValueCount>(
      `SELECT substr(e.date, 1, 7) AS value, count(*) AS count FROM events AS e
       WHERE e.rowid IN (${mine}) AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1`,
      { key },
    );
    const types = this.#all<ValueCount>(
      `SELECT e.event_type AS value, count(*) AS count FROM events AS e WHERE e.rowid IN (${mine})
       GROUP BY 1 ORDER BY count DESC, value`,
      { key },
    );
    // A counterpart fills the other role in one of this actor's events: its recipients, and who acted on it.
    const counterparts = this.#all<ActorIdentity & { role: 'actor' | 'recipient'; events: number }>(
      `SELECT ${ACTOR_COLUMNS}, a.role, count(DISTINCT a.event_rowid) AS events
       FROM event_arguments AS self JOIN event_arguments AS a ON a.event_rowid = self.event_rowid AND a.role <> self.role
       WHERE self.key = @key AND a.key <> @key
       GROUP BY a.key, a.role ORDER BY events DESC, a.key LIMIT @limit`,
      { key, limit },
    );
    return { ...summary, months, types, counterparts };
  }

  #statement(sql: string): BetterSqlite3.Statement {
    let statement = this.#cache.get(sql);
    if (!statement) {
      // Filters combine into at most a few thousand shapes; a bound keeps a long-running server's memory flat.
      if (this.#cache.size >= MAX_CACHED_STATEMENTS) this.#cache.clear();
      statement = this.#db.prepare(sql);
      this.#cache.set(sql, statement);
    }
    return statement;
  }

  #all<T>(sql: string, params: Record<string, unknown>): T[] {
    return this.#statement(sql).all(params) as T[];
  }
}
