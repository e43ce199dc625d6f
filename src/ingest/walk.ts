import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { describeFailure } from './failures.js';
import { rejectAt } from './records.js';
import type { RejectRecord } from './records.js';

/** What a path stands for: a file to read by its name, a stream (stdin, a pipe), or a reject. */
export type Target = { kind: 'file'; path: string; size: number } | { kind: 'stream'; path: string } | RejectRecord;

/**
 * Expands the paths the user gave into what to read, in a stable order: folders recursively, entries sorted by
 * name, skipping hidden entries, databases (`*.db*`) and earlier reject logs (`*.rejects.jsonl`).
 */
export async function* expandPaths(paths: string[]): AsyncGenerator<Target> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stream', path };
      continue;
    }
    yield* expand(path, new Set());
  }
}

async function* expand(path: string, seen: Set<string>): AsyncGenerator<Target> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    yield rejectAt({ file: path, line: null }, describeFailure(error));
    return;
  }
  if (stats.isFile()) yield { kind: 'file', path, size: stats.size };
  else if (stats.isDirectory()) yield* walkFolder(path, seen);
  // A named pipe or a device, as with `marsad ingest <(zcat news.jsonl.gz)`: read like stdin.
  else if (stats.isFIFO() || stats.isCharacterDevice()) yield { kind: 'stream', path };
  else yield rejectAt({ file: path, line: null }, 'this is neither a file nor a folder');
}

async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<Target> {
  let names: string[];
  try {
    // A folder reached twice through symbolic links would otherwise be read twice, or forever.
    const real = await realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    names = await readdir(folder);
  } catch (error) {
    yield rejectAt({ file: folder, line: null }, describeFailure(error));
    return;
  }
  // sort() compares UTF-16 code units, not the locale's collation: every machine reads a folder in the same order.
  for (const name of names.sort()) {
    if (skipped(name)) continue;
    yield* expand(join(folder, name), seen);
  }
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name.includes('.db') || name.endsWith('.rejects.jsonl');
}
