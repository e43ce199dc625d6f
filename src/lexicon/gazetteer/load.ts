import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DataError } from '../../core/index.js';
import { loadDefaultLexicon } from '../load.js';
import { buildGazetteer, gazetteerSourceFiles } from './build.js';
import { parsePlaceCues } from './cues.js';
import { decodeIndex, type Companions } from './format.js';
import type { Gazetteer } from './gazetteer.js';
import { curatedFolder, defaultGazetteerPath } from './paths.js';

function newestSource(): number {
  return Math.max(...gazetteerSourceFiles().map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
}

/** The cue words (data/gazetteer/cues.txt) and the project's word lists. */
export function defaultCompanions(): Companions {
  const path = join(curatedFolder(), 'cues.txt');
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new DataError(`cannot read the place cue list ${path}`, 'restore data/gazetteer/cues.txt from the repository', { cause });
  }
  return { cues: parsePlaceCues(content, path), words: loadDefaultLexicon() };
}

/** Reads an index file. */
export function readGazetteer(path: string, companions: Companions = defaultCompanions()): Gazetteer {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch (cause) {
    throw new DataError(`cannot read the gazetteer index ${path}`, 'rebuild it: marsad gazetteer build', { cause });
  }
  return decodeIndex(json, path, companions);
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
