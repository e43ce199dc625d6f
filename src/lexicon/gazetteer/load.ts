import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DataError } from '../../core/index.js';
import { lexiconFolder, loadDefaultLexicon } from '../load.js';
import { buildGazetteer, gazetteerSourceFiles } from './build.js';
import { parsePlaceCues } from './cues.js';
import { decodeIndex, type Companions } from './format.js';
import type { Gazetteer } from './gazetteer.js';
import { curatedFolder, defaultGazetteerPath } from './paths.js';

function newestSource(): number {
  return Math.max(...gazetteerSourceFiles().map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
}

function readList(path: string, what: string): { content: string; source: string } {
  try {
    return { content: readFileSync(path, 'utf8'), source: path };
  } catch (cause) {
    throw new DataError(`cannot read the ${what} ${path}`, `restore ${path} from the repository`, { cause });
  }
}

/** The cue words (data/gazetteer/cues.txt, with the policy verbs and nouns of the event triggers) and the project's word lists. */
export function defaultCompanions(): Companions {
  const own = readList(join(curatedFolder(), 'cues.txt'), 'place cue list');
  const triggers = readList(join(lexiconFolder(), 'triggers.txt'), 'event trigger list');
  return { cues: parsePlaceCues(own.content, own.source, triggers), words: loadDefaultLexicon() };
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
  const rebuild = (reason: string) => {
    process.stderr.write(`marsad: the gazetteer index ${file} is ${reason}; building it (a few seconds, once)…\n`);
    buildGazetteer(file);
  };
  if (path === undefined) {
    const reason = !existsSync(file) ? 'missing' : statSync(file).mtimeMs < newestSource() ? 'older than its sources' : null;
    if (reason !== null) rebuild(reason);
  } else if (!existsSync(path)) {
    throw new DataError(`no gazetteer index at ${path}`, `build one there: marsad gazetteer build --out ${path}`);
  }
  let gazetteer: Gazetteer;
  try {
    gazetteer = readGazetteer(file);
  } catch (error) {
    // The default index of an older format (or damaged) is rebuilt like a stale one; an explicit path is not touched.
    if (path !== undefined || !(error instanceof DataError)) throw error;
    rebuild('unreadable or of an older format');
    gazetteer = readGazetteer(file);
  }
  cache.set(file, gazetteer);
  return gazetteer;
}
