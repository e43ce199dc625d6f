import { DataError } from '../../core/index.js';
import type { CompiledGazetteer } from './compile.js';
import { Gazetteer, KIND_CODES, ORDINARY_FLAG, type EncodedRefs } from './gazetteer.js';
import type { Place, PlaceLayer } from './types.js';

/**
 * The index file: one JSON document (gzipped by the caller). Places are rows of a table rather than objects,
 * names map to packed numbers: the file stays small and JSON.parse stays fast.
 */
export const FORMAT = 'marsad-gazetteer';
export const VERSION = 1;

type PlaceRow = [string, number | null, string | null, string, string | null, string | null, number, number, string, string, number, PlaceLayer];

export interface IndexFile {
  format: string;
  version: number;
  builtAt: string;
  counts: Record<string, number>;
  places: PlaceRow[];
  names: Record<string, number[]>;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

export function encodeIndex(compiled: CompiledGazetteer, builtAt: Date): IndexFile {
  const places = compiled.places.map(
    (p): PlaceRow => [p.id, p.geonameid, p.nameAr, p.nameEn, p.countryCode, p.admin1, round(p.lat), round(p.lon), p.featureClass, p.featureCode, p.population, p.layer],
  );
  const names: Record<string, number[]> = {};
  const counts: Record<string, number> = { places: places.length, names: compiled.names.size };
  for (const p of compiled.places) counts[`layer:${p.layer}`] = (counts[`layer:${p.layer}`] ?? 0) + 1;
  for (const [key, record] of compiled.names) {
    names[key] = [record.ordinary ? ORDINARY_FLAG : 0, ...record.refs.map((r) => r.place * 4 + KIND_CODES.indexOf(r.kind))];
    for (const r of record.refs) counts[`names:${r.kind}`] = (counts[`names:${r.kind}`] ?? 0) + 1;
  }
  return { format: FORMAT, version: VERSION, builtAt: builtAt.toISOString(), counts, places, names };
}

export function decodeIndex(file: unknown, path: string): Gazetteer {
  const index = file as Partial<IndexFile> | null;
  if (index?.format !== FORMAT || index.version !== VERSION || !Array.isArray(index.places) || typeof index.names !== 'object') {
    throw new DataError(`${path} is not a Marsad gazetteer index of version ${VERSION}`, 'rebuild it: marsad gazetteer build');
  }
  const places = index.places.map(
    ([id, geonameid, nameAr, nameEn, countryCode, admin1, lat, lon, featureClass, featureCode, population, layer]): Place => ({
      id,
      geonameid,
      nameAr,
      nameEn,
      countryCode,
      admin1,
      lat,
      lon,
      featureClass,
      featureCode,
      population,
      layer,
    }),
  );
  return new Gazetteer(places, new Map<string, EncodedRefs>(Object.entries(index.names as Record<string, number[]>)));
}
