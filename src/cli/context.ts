import { InvalidArgumentError, type Command } from 'commander';
import { openStore, type DocumentStore } from '../store/index.js';

/** The database path chosen by `--db`, `MARSAD_DB` or the default, as seen from any subcommand. */
export function databasePath(command: Command): string {
  return (command.optsWithGlobals() as { db: string }).db;
}

/** Rejected records go to a file beside the database, one JSON object a line, so nothing is lost silently. */
export function rejectsPath(dbPath: string): string {
  return `${dbPath}.rejects.jsonl`;
}

/** Opens the database for one command and always closes it, even when the command fails midway. */
export async function withStore<T>(
  command: Command,
  use: (store: DocumentStore) => T | Promise<T>,
  options: { readonly?: boolean } = {},
): Promise<T> {
  const store = openStore(databasePath(command), options);
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** An option parser for commander: a clear message names what was expected. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}".`);
  return n;
}
