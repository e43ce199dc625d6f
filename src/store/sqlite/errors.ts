import { StoreError } from '../../core/index.js';

interface CodedError {
  code: string;
  message: string;
}

function isSqliteError(error: unknown): error is CodedError {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return typeof error.code === 'string' && error.code.startsWith('SQLITE_');
}

/** Says what to do about the SQLite failures a user can meet; anything else is rethrown as the bug it is. */
export function toStoreError(error: unknown, path: string, action: string): unknown {
  if (!isSqliteError(error)) return error;
  const hint = hintFor(error.code, path);
  return new StoreError(`could not ${action} ${path}: ${error.message}`, hint, { cause: error });
}

function hintFor(code: string, path: string): string {
  if (code === 'SQLITE_NOTADB') return `${path} is not a SQLite database: point --db at a Marsad database, or at a new file name to create one`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'another process is writing to this database: wait for it to finish and try again';
  if (code.startsWith('SQLITE_READONLY')) return 'the database is read-only here: check the file and folder permissions, or open it for writing';
  if (code === 'SQLITE_FULL') return 'the disk is full: free some space and try again';
  if (code.startsWith('SQLITE_CORRUPT')) return 'the database file is damaged: restore a backup or re-ingest into a new file';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_IOERR')) {
    return `check that ${path} and its folder exist and are readable and writable`;
  }
  return 'if this persists, report it with the command you ran';
}
