import { existsSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DataError } from '../../core/index.js';
import { buildGazetteer, gazetteerSourceFiles } from './build.js';
import { decodeIndex } from './format.js';
import type { Gazetteer } from './gazetteer.js';
import { defaultGazetteerPath } from './paths.js';

function newestSource(): number {
  return Math.max(...gazetteerSourceFiles().map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
}

/** Reads an index file. */
export function readGazetteer(path: string): Gazetteer {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch (cause) {
    throw new DataError(`cannot read the gazetteer index ${path}`, 'rebuild it: marsad gazetteer build', { cause });
  }
  return decodeIndex(json, path);
}

const cache = new Map<string, Gazetteer>();

/**
 * The gazetteer, loaded once per process. The default index (build/gazetteer.json.gz) is compiled on first
 * use when it is missing or older than one of its sources, so a fresh clone works before any build step;
 * an explicit path is read as it is.
 */
export function loadGazetteer(path?: string): Gazetteer {
  const file = path ?? defaultGazetteerPath();
  const cached = cache.get(file);
  if (cached) return cached;
  if (path === undefined) {
    const reason = !existsSync(file) ? 'missing' : statSync(file).mtimeMs < newestSource() ? 'older than its sources' : null;
    if (reason !== null) {
      process.stderr.write(`marsad: the gazetteer index ${file} is ${reason}; building it (a few seconds, once)…\n`);
      buildGazetteer(file);
    }
  } else if (!existsSync(path)) {
    throw new DataError(`no gazetteer index at ${path}`, `build one there: marsad gazetteer build --out ${path}`);
  }
  const gazetteer = readGazetteer(file);
  cache.set(file, gazetteer);
  return gazetteer;
}
