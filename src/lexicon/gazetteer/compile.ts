import { DataError } from '../../core/index.js';
import type { WordLookup } from '../../text/index.js';
import type { CuratedEntry } from './curated.js';
import { isSelected, type GeoNamesRow } from './geonames.js';
import { ARTICLE, articleAlias, nameKey, spellingsOf } from './names.js';
import { nisbaForms, regularNisba } from './nisba.js';
import { ARABIC_SPEAKING, isTown, tierOf } from './tiers.js';
import type { NameKind, NameRef, Place } from './types.js';

/** A country as the ISO list names it. */
export interface CountryNames {
  code: string;
  en: string;
  ar: string[];
}

export interface GazetteerSources {
  /** Every row of the GeoNames dump: the selected ones become places, all of them serve curated references. */
  geonames: readonly GeoNamesRow[];
  countries: readonly CountryNames[];
  /** The curated files' entries, files in order. */
  curated: readonly CuratedEntry[];
  /** Words that are ordinary words first (الجديد, أمس, الباب): a name that is one is flagged `ordinary`. */
  ordinaryWords: WordLookup;
  /**
   * The lexicon's common words. They include the nationality adjectives (ليبي, السورية), so a common word is
   * flagged `ordinary` only when it is not one of the gazetteer's adjectives.
   */
  commonWords: WordLookup;
  /** The lexicon's proper names: among a place's Arabic names in GeoNames, the one they know is its usual name. */
  knownNames: WordLookup;
  /**
   * Personal names (data/lexicon/given-names.txt): a one-word place name that is also one (سلمان, جاسم, عمران) is
   * flagged `ordinary` — in news the person is named far more often than the village.
   */
  givenNames: WordLookup;
}

/** What one index key points at. `ordinary`: the key is also an ordinary Arabic word. */
export interface KeyRecord {
  ordinary: boolean;
  refs: NameRef[];
}

export interface CompiledGazetteer {
  places: Place[];
  names: Map<string, KeyRecord>;
}

/** Feature codes of places that span countries: a curated line for them needs no `cc`. */
const WORLD_CLASSES = new Set(['H', 'L', 'T']);

/**
 * Letters of Persian, Urdu, Pashto, Kurdish and other languages written in Arabic script, never of Arabic: GeoNames
 * lists such spellings among the alternate names without a language tag.
 */
const NON_ARABIC_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0\u06c1\u06d2\u06d3\u0688\u0679\u0691\u06ba\u06c6\u06ce\u06d5\u06be\u06b5\u06a4\u06ad\u200c]/;

/** Preference when one key names one place twice: the written name beats the derived ones. */
const KIND_RANK: Record<NameKind, number> = { place: 0, adjective: 1, alias: 2, latin: 3 };

class Builder {
  readonly places: Place[] = [];
  readonly names = new Map<string, KeyRecord>();
  private readonly index = new Map<string, number>();
  readonly removed = new Set<string>();


  add(place: Place): number {
    const existing = this.index.get(place.id);
    if (existing !== undefined) return existing;
    this.places.push(place);
    this.index.set(place.id, this.places.length - 1);
    return this.places.length - 1;
  }

  find(id: string): number | undefined {
    return this.index.get(id);
  }

  name(key: string, place: number, kind: NameKind): void {
    let record = this.names.get(key);
    if (!record) {
      record = { ordinary: false, refs: [] };
      this.names.set(key, record);
    }
    const same = record.refs.find((r) => r.place === place && (r.kind === 'adjective') === (kind === 'adjective'));
    if (!same) record.refs.push({ place, kind });
    else if (KIND_RANK[kind] < KIND_RANK[same.kind]) same.kind = kind;
  }

  /**
   * A written Arabic-script name. Spelt with letters Arabic does not use, it is another language's spelling
   * (an alias); a one-word name of the Arabic-speaking world also gets its article alias.
   */
  arabicName(written: string, place: number): void {
    const key = nameKey(written);
    if (key === null) return;
    this.name(key, place, NON_ARABIC_LETTERS.test(written) ? 'alias' : 'place');
    const alias = articleAlias(key);
    const cc = (this.places[place] as Place).countryCode;
    if (alias !== null && (cc === null || ARABIC_SPEAKING.has(cc))) this.name(alias, place, 'alias');
  }

  latinName(written: string, place: number): void {
    const key = nameKey(written);
    if (key !== null) this.name(key, place, 'latin');
  }

  remove(key: string): void {
    this.names.delete(key);
    this.removed.add(key);
  }
}

/**
 * The Arabic name to show for a GeoNames place: GeoNames lists its alternate names unranked, so the one the
 * project's name list knows wins, then one spelt with Arabic letters only (not a Persian or Urdu spelling).
 */
function usualArabicName(names: readonly string[], known: WordLookup): string | null {
  const key = (n: string) => nameKey(n);
  return (
    names.find((n) => {
      const k = key(n);
      return k !== null && known.has(k);
    }) ??
    names.find((n) => !NON_ARABIC_LETTERS.test(n) && key(n) !== null) ??
    names[0] ??
    null
  );
}

function rowPlace(row: GeoNamesRow, known: WordLookup): Place {
  return {
    id: `gn:${row.geonameid}`,
    geonameid: row.geonameid,
    nameAr: usualArabicName(row.arabicNames, known),
    nameEn: row.name,
    countryCode: row.countryCode || null,
    admin1: row.countryCode && row.admin1Code ? `${row.countryCode}.${row.admin1Code}` : null,
    lat: row.lat,
    lon: row.lon,
    featureClass: row.featureClass,
    featureCode: row.featureCode,
    population: row.population,
    layer: 'geonames',
    near: false,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * A country's stand-in point when the curated layer gives none: the median latitude and longitude of its
 * GeoNames places — inside the inhabited part of the country, which is where its news happens.
 */
function countryPoints(rows: readonly GeoNamesRow[]): Map<string, { lat: number; lon: number; population: number }> {
  const byCountry = new Map<string, { lats: number[]; lons: number[]; population: number }>();
  for (const row of rows) {
    let acc = byCountry.get(row.countryCode);
    if (!acc) byCountry.set(row.countryCode, (acc = { lats: [], lons: [], population: 0 }));
    acc.lats.push(row.lat);
    acc.lons.push(row.lon);
    acc.population += row.population;
  }
  const points = new Map<string, { lat: number; lon: number; population: number }>();
  for (const [code, acc] of byCountry) points.set(code, { lat: median(acc.lats), lon: median(acc.lons), population: acc.population });
  return points;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function fail(entry: CuratedEntry, problem: string): DataError {
  return new DataError(`${entry.source}:${entry.line}: ${problem}`, 'fix that line of the curated gazetteer (format at the top of src/lexicon/gazetteer/curated.ts)');
}

function parseNumber(entry: CuratedEntry, field: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw fail(entry, `${field}=${value} is not a number`);
  return n;
}

function parsePoint(entry: CuratedEntry, value: string): { lat: number; lon: number } {
  const [lat, lon, extra] = value.split(',').map((v) => parseNumber(entry, 'at', v.trim()));
  if (lat === undefined || lon === undefined || extra !== undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw fail(entry, `at=${value} is not "lat,lon" in degrees`);
  }
  return { lat, lon };
}

/** Compiles every source into one place table and one name index. Pure: the same sources give the same index. */
export function compileGazetteer(sources: GazetteerSources): CompiledGazetteer {
  const b = new Builder();
  const rows = new Map<number, GeoNamesRow>();
  const rowsByCountry = new Map<string, GeoNamesRow[]>();
  for (const row of sources.geonames) {
    rows.set(row.geonameid, row);
    let list = rowsByCountry.get(row.countryCode);
    if (!list) rowsByCountry.set(row.countryCode, (list = []));
    list.push(row);
    if (!isSelected(row)) continue;
    const p = b.add(rowPlace(row, sources.knownNames));
    for (const name of row.arabicNames) b.arabicName(name, p);
    // English names: the main ones everywhere; every Latin alternate for the Arabic-speaking world (Misrata,
    // Misurata, Misratah), which `marsad gazetteer lookup` is asked about most.
    const latin = ARABIC_SPEAKING.has(row.countryCode) ? [row.name, row.asciiName, ...row.latinNames] : [row.name, row.asciiName];
    for (const name of new Set(latin)) b.latinName(name, p);
  }

  const points = countryPoints(sources.geonames);
  const countryNames = new Map<number, Set<string>>();
  const addCountryName = (p: number, written: string) => {
    b.arabicName(written, p);
    const key = nameKey(written);
    if (key !== null) countryNames.get(p)?.add(key);
  };
  for (const country of sources.countries) {
    const point = points.get(country.code);
    if (!point) continue; // no inhabited place to stand for it (Bouvet Island…)
    const p = b.add({
      id: `cc:${country.code}`,
      geonameid: null,
      nameAr: country.ar[0] ?? null,
      nameEn: country.en,
      countryCode: country.code,
      admin1: null,
      lat: point.lat,
      lon: point.lon,
      featureClass: 'A',
      featureCode: 'PCLI',
      population: point.population,
      layer: 'countries',
      near: false,
    });
    countryNames.set(p, new Set());
    for (const name of country.ar) addCountryName(p, name);
    b.latinName(country.en, p);
  }

  const rowRef = (entry: CuratedEntry, field: 'near' | 'capital' | 'gn'): GeoNamesRow => {
    const id = Number(entry.fields[field]);
    const row = rows.get(id);
    if (!row) throw fail(entry, `${field}=${entry.fields[field]} is not a GeoNames id in cities500`);
    return row;
  };

  const nearestAdmin1 = (cc: string, lat: number, lon: number): string | null => {
    let best: GeoNamesRow | undefined;
    let bestD = Infinity;
    for (const row of rowsByCountry.get(cc) ?? []) {
      const d = (row.lat - lat) ** 2 + ((row.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
      if (d < bestD && row.admin1Code) [best, bestD] = [row, d];
    }
    return best ? `${cc}.${best.admin1Code}` : null;
  };

  const target = (entry: CuratedEntry): number => {
    const { cc, code, gn, at, near, capital, en } = entry.fields;
    if (code === 'A.PCLI') {
      const p = b.find(`cc:${cc}`);
      if (p === undefined) throw fail(entry, `cc=${cc} is not a country the ISO list names`);
      const place = b.places[p] as Place;
      if (at) Object.assign(place, parsePoint(entry, at));
      if (gn) place.geonameid = parseNumber(entry, 'gn', gn);
      if (en) place.nameEn = en;
      return p;
    }
    if (gn && !at && !near && !capital) {
      // A curated line names a GeoNames place as news writes it: its first name is the place's Arabic name.
      const row = rowRef(entry, 'gn');
      const p = b.add(rowPlace(row, sources.knownNames));
      (b.places[p] as Place).nameAr = entry.surfaces[0] as string;
      return p;
    }
    if (!en || !code) throw fail(entry, 'a new place needs en= and code=');
    const [featureClass, featureCode, extra] = code.split('.');
    if (!featureClass || !featureCode || extra !== undefined) throw fail(entry, `code=${code} is not CLASS.CODE (e.g. S.AIRP)`);
    if (!cc && !WORLD_CLASSES.has(featureClass)) throw fail(entry, 'a place in one country needs cc=');
    const anchor = capital ? rowRef(entry, 'capital') : near ? rowRef(entry, 'near') : undefined;
    const point = at ? parsePoint(entry, at) : anchor;
    if (!point) throw fail(entry, 'give the coordinates: at=lat,lon, near=<GeoNames id> or capital=<GeoNames id>');
    const admin1 =
      featureCode === 'ADM1' && !anchor
        ? null
        : anchor && anchor.countryCode === cc && anchor.admin1Code
          ? `${cc}.${anchor.admin1Code}`
          : cc
            ? nearestAdmin1(cc, point.lat, point.lon)
            : null;
    const id = `cur:${entry.fields.id ?? slug(en)}`;
    if (b.find(id) !== undefined) throw fail(entry, `the id ${id} is already taken (add id=… to tell them apart)`);
    return b.add({
      id,
      geonameid: gn ? parseNumber(entry, 'gn', gn) : null,
      nameAr: entry.surfaces[0] as string,
      nameEn: en,
      countryCode: cc ?? null,
      admin1,
      lat: point.lat,
      lon: point.lon,
      featureClass,
      featureCode,
      population: entry.fields.pop ? parseNumber(entry, 'pop', entry.fields.pop) : 0,
      layer: 'curated',
      near: !at && near !== undefined,
    });
  };

  // Adjectives wait until every place is known: they may point at a region a later file defines.
  const adjectives: CuratedEntry[] = [];
  for (const entry of sources.curated) {
    if (entry.remove) {
      for (const surface of entry.surfaces) {
        const key = nameKey(surface);
        if (key !== null) b.remove(key);
      }
    } else if (entry.fields.of !== undefined) adjectives.push(entry);
    else {
      const p = target(entry);
      for (const surface of entry.surfaces) {
        if (countryNames.has(p)) addCountryName(p, surface);
        else b.arabicName(surface, p);
      }
    }
  }
  for (const entry of adjectives) {
    const of = entry.fields.of as string;
    const p = b.find(of.includes(':') ? of : `cc:${of}`);
    if (p === undefined) throw fail(entry, `of=${of} is neither a country code nor a curated id`);
    for (const surface of entry.surfaces) {
      const base = nameKey(surface);
      if (base === null) throw fail(entry, `"${surface}" is not a plain word`);
      for (const form of nisbaForms(base)) b.name(form, p, 'adjective');
    }
  }

  // Regular nisbas come last so that a curated `!form` anywhere keeps bad generated forms out.
  for (const [p, keys] of countryNames) {
    for (const key of keys) {
      const base = regularNisba(key);
      // `!مجري` keeps out every form of a base that is an ordinary word (المجرى «the channel» is not Hungarian).
      if (base === null || b.removed.has(base)) continue;
      for (const form of nisbaForms(base)) {
        if (!b.removed.has(form) && !sources.ordinaryWords.has(form)) b.name(form, p, 'adjective');
      }
    }
  }
  const commonWord = (word: string) =>
    sources.commonWords.has(word) || (word.startsWith(ARTICLE) && word.length > ARTICLE.length + 1 && sources.commonWords.has(word.slice(ARTICLE.length)));
  for (const [key, record] of b.names) {
    const adjective = record.refs.some((r) => r.kind === 'adjective');
    const spellings = spellingsOf(key);
    const person = !key.includes(' ') && spellings.some((w) => sources.givenNames.has(w));
    const common = spellings.some(commonWord);
    record.ordinary = spellings.some((w) => sources.ordinaryWords.has(w)) || ((common || person) && !adjective);
    // An ordinary word that names only a small place abroad would need «بلدة X» to be read as a place: news
    // seldom writes that of a village, so the name is dropped (it is most of what a text would otherwise match in
    // vain); a town is kept (بلدة سروج, Suruç: سروج is «saddles»).
    if (record.ordinary) record.refs = record.refs.filter((r) => r.kind === 'adjective' || tierOf(b.places[r.place] as Place) < 2 || isTown(b.places[r.place] as Place));
    if (record.refs.length === 0) b.names.delete(key);
  }
  return { places: b.places, names: b.names };
}
