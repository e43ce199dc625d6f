import type BetterSqlite3 from 'better-sqlite3';
import { StoreError } from '../../core/index.js';
import { CANONICAL_SCHEMA } from './canonical.js';

type Database = BetterSqlite3.Database;

/** One step of the schema. Versions start at 1 and increase by one; a released migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** How migration 3 keys a place: its GeoNames id and resolved name (curated places have no id). See placeKey. */
const PLACE_KEY = `coalesce(geonameid, '') || '|' || coalesce(record ->> '$.event_loc.resolved_place', record ->> '$.event_loc.extracted_place', '')`;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents and their full-text index',
    up(db) {
      // An explicit INTEGER PRIMARY KEY keeps rowids stable across VACUUM: the FTS index and later tables
      // (mentions, places, events) point at documents by it.
      db.exec(`
        CREATE TABLE documents (
          rowid        INTEGER PRIMARY KEY,
          id           TEXT NOT NULL UNIQUE,
          source       TEXT,
          url          TEXT,
          title        TEXT,
          published_at TEXT,
          language     TEXT NOT NULL,
          text         TEXT NOT NULL,
          ingested_at  TEXT NOT NULL,
          char_length  INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX documents_source ON documents (source, published_at);
        CREATE INDEX documents_published_at ON documents (published_at);
        -- Contentless: the text already lives in documents. The ascii tokenizer treats every non-ASCII character
        -- as part of a token, so the caller's normalized Arabic terms are indexed whole, never re-split.
        CREATE VIRTUAL TABLE documents_fts USING fts5 (
          terms, content = '', contentless_delete = 1, tokenize = 'ascii'
        );
        -- Merging index segments is a large part of the cost of an insert. Fewer, larger merges (16 segments per
        -- level instead of 4, an 8 MiB buffer instead of 1 MiB) take about 20% less CPU, for slightly slower searches.
        INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 16);
        INSERT INTO documents_fts (documents_fts, rank) VALUES ('crisismerge', 64);
        INSERT INTO documents_fts (documents_fts, rank) VALUES ('hashsize', 8388608);
      `);
    },
  },
  {
    version: 2,
    name: 'coded events',
    up(db) {
      // One row per PLOVER event. The columns analysts filter on are copied out of the record; `record` keeps
      // the full PLOVER JSON as the coder wrote it, so exports never lose a field the columns do not hold.
      db.exec(`
        CREATE TABLE events (
          rowid          INTEGER PRIMARY KEY,
          id             TEXT NOT NULL UNIQUE,
          document_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
          event_type     TEXT NOT NULL,
          mode           TEXT,
          modality       TEXT NOT NULL,
          date           TEXT,
          date_precision TEXT,
          country_code   TEXT,
          geonameid      INTEGER,
          lat            REAL,
          lon            REAL,
          confidence     REAL NOT NULL,
          coder          TEXT NOT NULL,
          record         TEXT NOT NULL
        ) STRICT;
        CREATE INDEX events_document ON events (document_rowid);
        CREATE INDEX events_type_date ON events (event_type, date);
        CREATE INDEX events_date ON events (date);
        CREATE INDEX events_country ON events (country_code, date);
      `);
    },
  },
  {
    version: 3,
    name: 'event arguments and map queries',
    up(db) {
      // Actors and recipients get their own rows so that filters and facets on them use an index instead of
      // parsing every record; their names are searchable with the same Arabic-aware terms as documents.
      // Places become a table of their own that events point at, so the map groups small integers; and the
      // columns every facet reads are gathered in covering indexes, one per leading filter (country, type, date),
      // so counting a million events never touches their records.
      db.exec(`
        CREATE TABLE event_places (
          rowid        INTEGER PRIMARY KEY,
          key          TEXT NOT NULL UNIQUE,
          geonameid    INTEGER,
          name         TEXT,
          text         TEXT,
          lat          REAL,
          lon          REAL,
          country_code TEXT
        ) STRICT;
        CREATE INDEX event_places_geonameid ON event_places (geonameid);
        CREATE INDEX event_places_name ON event_places (name);
        CREATE INDEX event_places_lat ON event_places (lat, lon);
        ALTER TABLE events ADD COLUMN place_rowid INTEGER REFERENCES event_places (rowid);
        INSERT INTO event_places (key, geonameid, name, text, lat, lon, country_code)
          SELECT ${PLACE_KEY}, geonameid, record ->> '$.event_loc.resolved_place', record ->> '$.event_loc.extracted_place',
                 lat, lon, country_code
          FROM events WHERE record ->> '$.event_loc' IS NOT NULL GROUP BY 1;
        UPDATE events SET place_rowid = (SELECT p.rowid FROM event_places AS p WHERE p.key = ${PLACE_KEY})
          WHERE record ->> '$.event_loc' IS NOT NULL;
        DROP INDEX events_type_date;
        DROP INDEX events_date;
        DROP INDEX events_country;
        -- Each leads with what a filter fixes, then runs in list order (newest first, then id), then carries every
        -- column the facets count: a list page stops after 50 entries, a facet reads no table row.
        CREATE INDEX events_list_order ON events (date DESC, id, event_type, country_code, modality, place_rowid);
        CREATE INDEX events_country_list ON events (country_code, date DESC, id, event_type, modality, place_rowid);
        CREATE INDEX events_type_list ON events (event_type, date DESC, id, country_code, modality, place_rowid);
        -- The map groups by place: these give the groups in index order, for all events and for one country.
        CREATE INDEX events_place ON events (place_rowid, event_type);
        CREATE INDEX events_country_place ON events (country_code, place_rowid, event_type);
        CREATE TABLE event_arguments (
          rowid       INTEGER PRIMARY KEY,
          event_rowid INTEGER NOT NULL REFERENCES events (rowid) ON DELETE CASCADE,
          role        TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
          key         TEXT NOT NULL,
          code        TEXT,
          name        TEXT,
          name_ar     TEXT,
          name_en     TEXT,
          text        TEXT NOT NULL,
          country     TEXT,
          sector      TEXT
        ) STRICT;
        CREATE INDEX event_arguments_event ON event_arguments (event_rowid, role, key);
        CREATE INDEX event_arguments_key ON event_arguments (key, role);
        CREATE INDEX event_arguments_role ON event_arguments (role, key, event_rowid);
        CREATE INDEX event_arguments_code ON event_arguments (code) WHERE code IS NOT NULL;
        CREATE VIRTUAL TABLE event_arguments_fts USING fts5 (
          terms, content = '', contentless_delete = 1, tokenize = 'ascii'
        );
        INSERT INTO event_arguments (event_rowid, role, key, code, name, name_ar, name_en, text, country, sector)
          SELECT e.rowid, r.role, coalesce(a.value ->> 'code', a.value ->> 'name', a.value ->> 'entity_text'),
                 a.value ->> 'code', a.value ->> 'name', a.value ->> 'name_ar', a.value ->> 'name_en',
                 a.value ->> 'entity_text', a.value ->> 'country', a.value ->> 'sector'
          FROM events AS e
          JOIN (SELECT 'actor' AS role UNION ALL SELECT 'recipient') AS r
          JOIN json_each(e.record, '$.' || r.role) AS a;
        -- Events stored before this version have no normalized terms: their arguments are indexed by the words as
        -- written, which exact queries still find; re-ingesting into a new database indexes them fully.
        INSERT INTO event_arguments_fts (rowid, terms)
          SELECT rowid, concat_ws(' ', text, name, name_ar, name_en, code) FROM event_arguments;
      `);
    },
  },
  {
    version: 4,
    name: 'near-duplicate documents and canonical events',
    up(db) {
      db.exec(CANONICAL_SCHEMA);
    },
  },
  {
    version: 5,
    name: 'canonical view in the covering indexes',
    up(db) {
      // The canonical view counts each event once, through its representative mention. A flag on the mention,
      // kept by triggers whatever code writes canonical events, lets the list-order and map indexes carry it, so
      // the default view of a million events stays index-only instead of probing canonical_events per row.
      db.exec(`
        ALTER TABLE events ADD COLUMN is_representative INTEGER NOT NULL DEFAULT 0;
        UPDATE events SET is_representative = 1 WHERE rowid IN (SELECT representative_rowid FROM canonical_events);
        CREATE TRIGGER canonical_representative_insert AFTER INSERT ON canonical_events BEGIN
          UPDATE events SET is_representative = 1 WHERE rowid = NEW.representative_rowid;
        END;
        CREATE TRIGGER canonical_representative_delete AFTER DELETE ON canonical_events BEGIN
          UPDATE events SET is_representative = 0 WHERE rowid = OLD.representative_rowid;
        END;
        CREATE TRIGGER canonical_representative_update AFTER UPDATE OF representative_rowid ON canonical_events BEGIN
          UPDATE events SET is_representative = 0 WHERE rowid = OLD.representative_rowid;
          UPDATE events SET is_representative = 1 WHERE rowid = NEW.representative_rowid;
        END;
        DROP INDEX events_list_order;
        DROP INDEX events_country_list;
        DROP INDEX events_type_list;
        DROP INDEX events_place;
        DROP INDEX events_country_place;
        CREATE INDEX events_list_order ON events (date DESC, id, event_type, country_code, modality, place_rowid, is_representative);
        CREATE INDEX events_country_list ON events (country_code, date DESC, id, event_type, modality, place_rowid, is_representative);
        CREATE INDEX events_type_list ON events (event_type, date DESC, id, country_code, modality, place_rowid, is_representative);
        CREATE INDEX events_place ON events (place_rowid, event_type, is_representative);
        CREATE INDEX events_country_place ON events (country_code, place_rowid, event_type, is_representative);
      `);
    },
  },
];

export const latestVersion = migrations.at(-1)?.version ?? 0;

export function hasMigrationTable(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
}

/** The version a database is at: 0 for a new one. */
export function currentVersion(db: Database): number {
  if (!hasMigrationTable(db)) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

export function newerDatabaseError(path: string, version: number, known: number): StoreError {
  return new StoreError(
    `${path} was made by a newer Marsad (schema version ${version}; this Marsad knows up to ${known})`,
    'upgrade Marsad (npm install -g marsad@latest), or point --db at another file',
  );
}

/**
 * Brings the database up to the last migration in `list`, all in one IMMEDIATE transaction so that two processes
 * opening the same new file cannot both migrate it, and a failing step leaves the database as it was.
 */
export function applyMigrations(db: Database, path: string, list: readonly Migration[] = migrations): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration "${migration.name}" must have version ${index + 1}`);
  });
  const known = list.at(-1)?.version ?? 0;
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    const current = currentVersion(db);
    if (current > known) throw newerDatabaseError(path, current, known);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of list.slice(current)) {
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  }).immediate();
}
