import type BetterSqlite3 from 'better-sqlite3';
import { QUAD_CLASS, type EventRecord, type EventType, type QuadClass } from '../../core/index.js';
import { checkPage } from '../query.js';
import type { ActorIdentity, ActorProfile, ActorSummary, EventFacets, EventFilter, EventQuery, PlaceSummary, ValueCount } from '../types.js';
import { eventCondition } from './event-filter.js';

type Database = BetterSqlite3.Database;

const MAX_CACHED_STATEMENTS = 256;
const LIST_ORDER = 'ORDER BY e.date DESC NULLS LAST, e.id';

const ACTOR_COLUMNS = `a.key, max(a.code) AS code, max(a.name) AS name, max(a.name_ar) AS nameAr, max(a.name_en) AS nameEn,
  max(a.country) AS country, max(a.sector) AS sector`;

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
    const rows = this.#all<{ record: string }>(`SELECT e.record FROM events AS e WHERE ${where} ${LIST_ORDER} LIMIT @limit OFFSET @offset`, {
      ...params,
      limit: query.limit,
      offset,
    });
    return rows.map((row) => JSON.parse(row.record) as EventRecord);
  }

  *iterate(filter: EventFilter): IterableIterator<EventRecord> {
    const { where, params } = eventCondition(filter);
    for (const row of this.#statement(`SELECT e.record FROM events AS e WHERE ${where} ${LIST_ORDER}`).iterate(params)) {
      yield JSON.parse((row as { record: string }).record) as EventRecord;
    }
  }

  get(id: string): EventRecord | null {
    const row = this.#statement('SELECT record FROM events WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as EventRecord) : null;
  }

  facets(filter: EventFilter, limit: number): EventFacets {
    checkPage(limit, 0);
    const { where, params } = eventCondition(filter);
    const grouped = (column: string, extra = '', order = 'count DESC, value') =>
      this.#all<ValueCount>(
        `SELECT ${column} AS value, count(*) AS count FROM events AS e WHERE ${where} ${extra} GROUP BY 1 ORDER BY ${order}`,
        params,
      );
    const type = grouped('e.event_type');
    const quad = new Map<QuadClass, number>();
    for (const { value, count } of type) {
      const q = QUAD_CLASS[value as EventType];
      quad.set(q, (quad.get(q) ?? 0) + count);
    }
    const actor = this.#all<ValueCount & { label: string | null }>(
      `SELECT a.key AS value, max(coalesce(a.name_en, a.name, a.text)) AS label, count(DISTINCT e.rowid) AS count
       FROM events AS e JOIN event_arguments AS a ON a.event_rowid = e.rowid AND a.role = 'actor'
       WHERE ${where} GROUP BY a.key ORDER BY count DESC, value LIMIT @facetLimit`,
      { ...params, facetLimit: limit },
    );
    return {
      total: type.reduce((sum, row) => sum + row.count, 0),
      type,
      quad: [...quad].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      country: grouped('e.country_code', 'AND e.country_code IS NOT NULL').slice(0, limit),
      actor,
      day: grouped('substr(e.date, 1, 10)', 'AND e.date IS NOT NULL', 'value'),
    };
  }

  places(filter: EventFilter, limit: number): PlaceSummary[] {
    checkPage(limit, 0);
    const { where, params } = eventCondition(filter);
    // Grouped by place and type in SQL, folded into quad classes here: the quad class is a function of the type.
    // A place is its GeoNames id, or its resolved name for the curated places that have none.
    const rows = this.#all<{
      geonameid: number | null;
      lat: number;
      lon: number;
      name: string | null;
      extracted: string | null;
      countryCode: string | null;
      eventType: EventType;
      count: number;
    }>(
      `SELECT e.geonameid, max(e.lat) AS lat, max(e.lon) AS lon, e.place_name AS name, max(e.place_text) AS extracted,
              max(e.country_code) AS countryCode, e.event_type AS eventType, count(*) AS count
       FROM events AS e WHERE ${where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
       GROUP BY e.geonameid, e.place_name, e.event_type`,
      params,
    );
    const places = new Map<string, PlaceSummary>();
    for (const row of rows) {
      const key = `${row.geonameid ?? ''}|${row.name ?? ''}`;
      let place = places.get(key);
      if (!place) {
        const { geonameid, name, extracted, lat, lon, countryCode } = row;
        place = { geonameid, name, extracted, lat, lon, countryCode, count: 0, byQuad: {} };
        places.set(key, place);
      }
      const quad = QUAD_CLASS[row.eventType];
      place.count += row.count;
      place.byQuad[quad] = (place.byQuad[quad] ?? 0) + row.count;
    }
    return [...places.values()].sort((a, b) => b.count - a.count || (a.name ?? '').localeCompare(b.name ?? '')).slice(0, limit);
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
