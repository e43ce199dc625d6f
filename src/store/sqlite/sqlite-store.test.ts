import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../core/index.js';
import { describeDocumentStore } from '../contract.js';
import type { IndexedDocument } from '../types.js';
import { applyMigrations, latestVersion, migrations } from './migrations.js';
import type { Migration } from './migrations.js';
import { openStore } from './open.js';

const folder = mkdtempSync(join(tmpdir(), 'marsad-store-'));
let files = 0;
const newPath = (): string => join(folder, `store-${(files += 1)}.db`);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describeDocumentStore('SQLite on a temporary file', () => openStore(newPath()));

const article: IndexedDocument = {
  id: 'sana-aden-governor',
  source: 'sabanews',
  url: null,
  title: 'تعيين محافظ جديد لعدن',
  publishedAt: '2015-07-21T02:51:33',
  language: 'ar',
  text: 'أصدر الرئيس عبدربه منصور هادي قراراً جمهورياً بتعيين نايف البكري محافظاً لعدن.',
  events: [],
  ingestedAt: '2025-03-14T09:00:00.000Z',
  searchTerms: ['اصدر', 'رئيس', 'هادي', 'تعيين', 'بكري', 'محافظ', 'عدن', 'لعدن'],
};

function expectStoreError(open: () => unknown, message: RegExp, hint: RegExp): void {
  let caught: unknown;
  try {
    open();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StoreError);
  expect((caught as StoreError).message).toMatch(message);
  expect((caught as StoreError).hint).toMatch(hint);
}

function recorded(path: string): { version: number; name: string }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
  } finally {
    db.close();
  }
}

describe('SQLite store: files, pragmas and migrations', () => {
  it('creates a database in WAL mode with every migration recorded', () => {
    const path = newPath();
    const store = openStore(path);
    expect(store.schemaVersion()).toBe(latestVersion);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(recorded(path)).toEqual(migrations.map(({ version, name }) => ({ version, name })));
  });

  it('keeps documents and applies nothing twice when reopened', () => {
    const path = newPath();
    const first = openStore(path);
    first.putDocuments([article]);
    first.close();
    const again = openStore(path);
    expect(again.putDocuments([article])).toEqual({ inserted: 0, existing: 1 });
    expect(again.search({ groups: [['لعدن']], limit: 5 }).map((hit) => hit.id)).toEqual([article.id]);
    again.close();
    expect(recorded(path)).toHaveLength(migrations.length);
  });

  it('applies only the migrations a database lacks, and records them', () => {
    const path = newPath();
    openStore(path).close();
    const mentions: Migration = {
      version: latestVersion + 1,
      name: 'mentions',
      up: (db) => db.exec('CREATE TABLE mentions (document INTEGER NOT NULL REFERENCES documents (rowid), start INTEGER, end INTEGER)'),
    };
    const db = new Database(path);
    applyMigrations(db, path, [...migrations, mentions]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'mentions'").get()).toEqual({ name: 'mentions' });
    db.close();
    expect(recorded(path).at(-1)).toEqual({ version: latestVersion + 1, name: 'mentions' });
  });

  it('moves the actors of events stored at version 2 into the argument tables of version 3', () => {
    const path = newPath();
    const db = new Database(path);
    applyMigrations(db, path, migrations.slice(0, 2));
    db.prepare("INSERT INTO documents VALUES (1, 'doc', NULL, NULL, NULL, NULL, 'ar', 'نص', '2025-01-01', 2)").run();
    const actor = { entity_text: 'الحوثيون', start: 0, end: 8, code: 'YEMREB', sector: 'REB', country: 'YE', name: 'Houthis', rule: 'vso' };
    const record = JSON.stringify({ id: 'ev', actor: [actor], recipient: [], event_loc: { resolved_place: 'Aden' } });
    db.prepare(
      "INSERT INTO events (id, document_rowid, event_type, modality, confidence, coder, record) VALUES ('ev', 1, 'ASSAULT', 'asserted', 1, 'test', ?)",
    ).run(record);
    db.close();
    const store = openStore(path);
    expect(store.listEvents({ limit: 5, actor: { code: 'YEMREB' } })).toHaveLength(1);
    expect(store.listEvents({ limit: 5, actor: { groups: [['الحوثيون']] } })).toHaveLength(1);
    expect(store.listEvents({ limit: 5, actor: { groups: [['houthis']] } })).toHaveLength(1);
    expect(store.eventActors({}, 5)).toMatchObject([{ key: 'YEMREB', nameEn: null, asActor: 1 }]);
    store.close();
  });

  it('rolls back a failing migration, leaving the database as it was', () => {
    const path = newPath();
    openStore(path).close();
    const broken: Migration = {
      version: latestVersion + 1,
      name: 'broken',
      up: (db) => db.exec('CREATE TABLE places (id INTEGER PRIMARY KEY); CREATE TABLE places (id INTEGER)'),
    };
    const db = new Database(path);
    expect(() => applyMigrations(db, path, [...migrations, broken])).toThrow(/already exists/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'places'").get()).toBeUndefined();
    db.close();
    expect(recorded(path)).toHaveLength(migrations.length);
  });

  it('refuses a migration list whose versions are not 1, 2, 3…', () => {
    const db = new Database(':memory:');
    const skipping = [...migrations, { version: latestVersion + 2, name: 'gap', up: () => undefined }];
    expect(() => applyMigrations(db, ':memory:', skipping)).toThrow(/must have version/);
    db.close();
  });

  it.each([{ readonly: false }, { readonly: true }])('refuses a database made by a newer Marsad (%o)', (opts) => {
    const path = newPath();
    openStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01T00:00:00Z')").run();
    db.close();
    expectStoreError(() => openStore(path, opts), /newer Marsad .*version 99/, /upgrade Marsad/);
  });

  it('refuses a file that is not a SQLite database, and leaves it untouched', () => {
    const path = join(folder, 'notes.db');
    writeFileSync(path, 'مرصد: هذه ملاحظات وليست قاعدة بيانات\n'.repeat(200));
    expectStoreError(() => openStore(path), /notes\.db/, /not a SQLite database/);
    expect(recorded.length).toBe(1);
  });

  it('refuses a SQLite database that Marsad did not make', () => {
    const path = newPath();
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    expectStoreError(() => openStore(path), /did not make/, /new file name/);
  });

  it('refuses a path whose folder does not exist', () => {
    expectStoreError(() => openStore(join(folder, 'missing', 'marsad.db')), /missing.* does not exist/, /mkdir -p/);
  });

  it('refuses a folder given as the database file', () => {
    const path = join(folder, 'a-folder.db');
    mkdirSync(path);
    expectStoreError(() => openStore(path), /is a folder/, /file name/);
  });

  it('opens read-only: reads work, writes fail with a StoreError, nothing is created', () => {
    expectStoreError(() => openStore(join(folder, 'absent.db'), { readonly: true }), /no database/, /--db/);
    const path = newPath();
    const writer = openStore(path);
    writer.putDocuments([article]);
    writer.close();
    const reader = openStore(path, { readonly: true });
    expect(reader.getDocument(article.id)?.title).toBe(article.title);
    expectStoreError(() => reader.putDocuments([{ ...article, id: 'another' }]), /could not store/, /read-only/);
    reader.close();
  });
});
