import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../core/index.js';
import { toStoreError } from './errors.js';
import { applyMigrations, currentVersion, hasMigrationTable, latestVersion, newerDatabaseError } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

export interface OpenOptions {
  /** Open without writing anything: no migration, no journal change. The database must exist and be current. */
  readonly?: boolean;
}

/** Opens (creating if needed) a Marsad SQLite database, migrated to the current schema. `:memory:` works too. */
export function openStore(path: string, opts: OpenOptions = {}): SqliteStore {
  const readonly = opts.readonly ?? false;
  checkPath(path, readonly);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw toStoreError(error, path, 'open');
  }
  try {
    configure(db, readonly);
    if (readonly) checkReadonlySchema(db, path);
    else {
      refuseForeignDatabase(db, path);
      applyMigrations(db, path);
    }
    return new SqliteStore(db, path);
  } catch (error) {
    db.close();
    throw toStoreError(error, path, 'open');
  }
}

function checkPath(path: string, readonly: boolean): void {
  if (path === ':memory:') return;
  const folder = dirname(resolve(path));
  if (!existsSync(folder)) {
    throw new StoreError(`the folder ${folder} does not exist`, `create it (mkdir -p ${folder}) or choose another --db path`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new StoreError(`${path} is a folder, not a database file`, 'pass a file name for --db, such as ./marsad.db');
  }
  if (readonly && !existsSync(path)) {
    throw new StoreError(`there is no database at ${path}`, 'check the --db path, or ingest documents first to create it');
  }
}

function configure(db: Database.Database, readonly: boolean): void {
  // First, so that the statements below wait for another writer instead of failing at once.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // The first read of the file: one that is not a database fails here (SQLITE_NOTADB), before anything is written.
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  // Facets and the map scan large index ranges: mapping the file and a 256 MiB page cache keep a long-running
  // server from re-reading the same pages from the kernel on every request. Both only take memory that is touched.
  db.pragma('mmap_size = 1073741824');
  db.pragma('cache_size = -262144');
  if (readonly) return;
  // WAL lets readers (the web app) run while an ingest writes; NORMAL is durable across crashes of the process.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
}

function refuseForeignDatabase(db: Database.Database, path: string): void {
  if (hasMigrationTable(db)) return;
  const objects = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
  if (objects.n > 0) {
    throw new StoreError(
      `${path} is a SQLite database that Marsad did not make`,
      'point --db at a Marsad database, or at a new file name to create one',
    );
  }
}

function checkReadonlySchema(db: Database.Database, path: string): void {
  const version = currentVersion(db);
  if (version > latestVersion) throw newerDatabaseError(path, version, latestVersion);
  if (version === 0) {
    throw new StoreError(`${path} is not a Marsad database`, 'check the --db path, or ingest documents first to create it');
  }
  if (version < latestVersion) {
    throw new StoreError(
      `${path} uses an older schema (version ${version}; this Marsad uses ${latestVersion})`,
      'open it once for writing (for example with marsad ingest) to upgrade it',
    );
  }
}
