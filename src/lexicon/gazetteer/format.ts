import { DataError } from '../../core/index.js';
import type { CompiledGazetteer, KeyRecord } from './compile.js';
import { Gazetteer, isLatinKey, KIND_CODES, type GazetteerParts, type NameIndex, type PlaceColumns } from './gazetteer.js';

/**
 * The index file: one JSON document (gzipped by the caller) holding the place table by column and the names as
 * key → offset into one flat array of numbers. Few objects for JSON.parse to make: it loads fast.
 */
export const FORMAT = 'marsad-gazetteer';
/** 2: keys folded (names.ts foldKey). */
export const VERSION = 2;

export interface IndexFile {
  format: string;
  version: number;
  builtAt: string;
  counts: Record<string, number>;
  places: PlaceColumns;
  names: EncodedNames;
  /** The Latin-script names, as a JSON string of EncodedNames: parsed only when a Latin name is looked up. */
  latin: string;
}

interface EncodedNames {
  keys: Record<string, number>;
  refs: number[];
  prefixes: string[];
}

function encodeNames(names: Iterable<[string, KeyRecord]>, counts: Record<string, number>): EncodedNames {
  const keys: Record<string, number> = {};
  const refs: number[] = [];
  const prefixes = new Set<string>();
  for (const [key, record] of names) {
    keys[key] = refs.length;
    refs.push(record.refs.length * 2 + (record.ordinary ? 1 : 0));
    for (const r of record.refs) {
      refs.push(r.place * 4 + KIND_CODES.indexOf(r.kind));
      counts[`names:${r.kind}`] = (counts[`names:${r.kind}`] ?? 0) + 1;
    }
    for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space));
  }
  return { keys, refs, prefixes: [...prefixes] };
}

function decodeNames(names: EncodedNames): NameIndex {
  return { keys: names.keys, refs: Int32Array.from(names.refs), prefixes: names.prefixes };
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

export function encodeIndex(compiled: CompiledGazetteer, builtAt: Date): IndexFile {
  const ps = compiled.places;
  const places: PlaceColumns = {
    id: ps.map((p) => p.id),
    geonameid: ps.map((p) => p.geonameid),
    nameAr: ps.map((p) => p.nameAr),
    nameEn: ps.map((p) => p.nameEn),
    countryCode: ps.map((p) => p.countryCode),
    admin1: ps.map((p) => p.admin1),
    lat: ps.map((p) => round(p.lat)),
    lon: ps.map((p) => round(p.lon)),
    featureClass: ps.map((p) => p.featureClass),
    featureCode: ps.map((p) => p.featureCode),
    population: ps.map((p) => p.population),
    layer: ps.map((p) => p.layer),
    near: ps.map((p) => p.near),
  };
  const counts: Record<string, number> = { places: ps.length, names: compiled.names.size };
  for (const p of ps) counts[`layer:${p.layer}`] = (counts[`layer:${p.layer}`] ?? 0) + 1;
  const isLatin = ([key]: [string, KeyRecord]) => isLatinKey(key);
  const entries = [...compiled.names];
  const names = encodeNames(entries.filter((e) => !isLatin(e)), counts);
  const latin = encodeNames(entries.filter(isLatin), counts);
  return { format: FORMAT, version: VERSION, builtAt: builtAt.toISOString(), counts, places, names, latin: JSON.stringify(latin) };
}

/** The language data read beside the index (not part of it: it is small and the geoparser's own). */
export type Companions = Pick<GazetteerParts, 'cues' | 'words'>;

export function decodeIndex(file: unknown, path: string, companions: Companions): Gazetteer {
  const index = file as Partial<IndexFile> | null;
  if (index?.format !== FORMAT || index.version !== VERSION || !index.places || !index.names || typeof index.latin !== 'string') {
    throw new DataError(`${path} is not a Marsad gazetteer index of version ${VERSION}`, 'rebuild it: marsad gazetteer build');
  }
  const latin = index.latin;
  return new Gazetteer({
    places: index.places,
    names: decodeNames(index.names),
    latin: () => decodeNames(JSON.parse(latin) as EncodedNames),
    ...companions,
  });
}

/** A gazetteer straight from compiled sources, through the same encoding as the file (tests, small gazetteers). */
export function gazetteerFrom(compiled: CompiledGazetteer, companions: Companions): Gazetteer {
  return decodeIndex(JSON.parse(JSON.stringify(encodeIndex(compiled, new Date(0)))), 'memory', companions);
}
