import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../core/index.js';
import { toStoreError } from './errors.js';

describe('toStoreError', () => {
  it.each([
    { code: 'SQLITE_NOTADB', hint: /not a SQLite database/ },
    { code: 'SQLITE_BUSY', hint: /another process is writing/ },
    { code: 'SQLITE_BUSY_SNAPSHOT', hint: /another process is writing/ },
    { code: 'SQLITE_READONLY_DBMOVED', hint: /read-only/ },
    { code: 'SQLITE_FULL', hint: /disk is full/ },
    { code: 'SQLITE_CORRUPT', hint: /damaged/ },
    { code: 'SQLITE_CANTOPEN', hint: /exist and are readable/ },
    { code: 'SQLITE_IOERR_WRITE', hint: /exist and are readable/ },
    { code: 'SQLITE_MISMATCH', hint: /report it/ },
  ])('explains $code', ({ code, hint }) => {
    const error = toStoreError(new Database.SqliteError('database is locked', code), '/data/marsad.db', 'store documents in');
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toBe('could not store documents in /data/marsad.db: database is locked');
    expect((error as StoreError).hint).toMatch(hint);
  });

  it('passes other errors through unchanged, since they are bugs rather than database trouble', () => {
    const bug = new TypeError("Cannot read properties of null (reading 'length')");
    expect(toStoreError(bug, '/data/marsad.db', 'read')).toBe(bug);
  });
});
