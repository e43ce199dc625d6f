/**
 * Reading GeoNames rows (the cities500 dump: one place a line, 19 tab-separated columns) and choosing which
 * rows enter the gazetteer. Pure functions; the build reads the file.
 */

export interface GeoNamesRow {
  geonameid: number;
  name: string;
  asciiName: string;
  /** Alternate names written in Arabic script (Arabic, but also Persian, Urdu… — normalization merges their letters). */
  arabicNames: string[];
  /** Alternate names in Latin letters that look like names (capitalized; not the IATA/ICAO codes listed among them). */
  latinNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1Code: string;
  population: number;
}

const COLUMNS = 19;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const LATIN_NAME = /^(?=\p{Lu})[\p{Script=Latin}\p{M}' -]+$/u;
const CODE = /^[A-Z]{3,4}$/;

/** A row of the dump, or null when the line does not have the 19 columns or its numbers do not parse. */
export function parseGeoNamesLine(line: string): GeoNamesRow | null {
  const f = line.split('\t');
  if (f.length < COLUMNS) return null;
  const geonameid = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isInteger(geonameid) || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const arabicNames: string[] = [];
  const latinNames: string[] = [];
  for (const alt of (f[3] ?? '').split(',')) {
    const name = alt.trim();
    if (ARABIC_SCRIPT.test(name)) arabicNames.push(name);
    else if (LATIN_NAME.test(name) && !CODE.test(name)) latinNames.push(name);
  }
  return {
    geonameid,
    name: f[1] ?? '',
    asciiName: f[2] ?? '',
    arabicNames,
    latinNames,
    lat,
    lon,
    featureClass: f[6] ?? '',
    featureCode: f[7] ?? '',
    countryCode: f[8] ?? '',
    admin1Code: f[10] ?? '',
    population: Number(f[14]) || 0,
  };
}

/** Places big enough to be news even when GeoNames has no Arabic name for them (Arabic text may transliterate them). */
export const MIN_POPULATION = 15_000;

/**
 * Which rows the gazetteer keeps: every row with an Arabic-script name, and the larger or administratively
 * important places (capitals, first-level seats) under their Latin names.
 */
export function isSelected(row: GeoNamesRow): boolean {
  return row.arabicNames.length > 0 || row.population >= MIN_POPULATION || row.featureCode === 'PPLC' || row.featureCode === 'PPLA';
}
