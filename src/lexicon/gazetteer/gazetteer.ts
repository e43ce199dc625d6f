import type { WordLookup } from '../../text/index.js';
import type { PlaceCues } from './cues.js';
import type { NameKind, Place, PlaceLayer } from './types.js';

/** The places one name can mean. `ordinary`: the name is also an ordinary Arabic word (الجديد «the new»). */
export interface NameMatch {
  key: string;
  ordinary: boolean;
  refs: { place: Place; kind: NameKind }[];
}

const LATIN_START = /^[a-z\u00c0-\u024f]/;

/** Latin-script keys (English names) live in their own index. */
export function isLatinKey(key: string): boolean {
  return LATIN_START.test(key);
}

export const KIND_CODES: readonly NameKind[] = ['place', 'alias', 'latin', 'adjective'];

/**
 * The place table by column, as the index file stores it (one array per field: fast to parse, small in memory).
 * Place objects are made on first use.
 */
export interface PlaceColumns {
  id: string[];
  geonameid: (number | null)[];
  nameAr: (string | null)[];
  nameEn: string[];
  countryCode: (string | null)[];
  admin1: (string | null)[];
  lat: number[];
  lon: number[];
  featureClass: string[];
  featureCode: string[];
  population: number[];
  layer: PlaceLayer[];
  near: boolean[];
}

/**
 * The name index: each key maps to an offset in `refs`, where `refs[offset]` is `count × 2 + ordinary` and the
 * next `count` numbers are `place index × 4 + kind code`.
 */
export interface NameIndex {
  keys: Readonly<Record<string, number>>;
  refs: Int32Array;
  /** Every proper word-prefix of a multi-word name (دير for دير الزور). */
  prefixes: readonly string[];
}

/** What a Gazetteer is made of: the index file's tables, and the language data the geoparser reads with them. */
export interface GazetteerParts {
  places: PlaceColumns;
  names: NameIndex;
  /** The Latin-script names: a separate index, made on first use (Arabic text rarely needs it). */
  latin: () => NameIndex;
  /** The cue words around names (data/gazetteer/cues.txt). */
  cues: PlaceCues;
  /** The project's word lists: a word they know is never cut into clitics to find a place name inside it. */
  words: WordLookup;
}

/**
 * The compiled gazetteer in memory: a place table and a name index keyed by normalized names (words joined by
 * one space), with the cue words and word lists the geoparser reads beside it. It is also a WordLookup of every
 * name and cue word, so the clitic segmenter finds them inside words (بمصراتة → مصراته).
 */
export class Gazetteer implements WordLookup {
  /** The longest name, in words: the recognizer never looks further ahead. */
  readonly maxWords: number;
  readonly size: number;
  private readonly prefixes: ReadonlySet<string>;
  private readonly made: (Place | undefined)[];
  private readonly countries = new Map<string, number>();
  private readonly admin1 = new Map<string, number>();

  readonly cues: PlaceCues;
  readonly words: WordLookup;
  private readonly columns: PlaceColumns;
  private readonly names: NameIndex;
  private readonly latin: () => NameIndex;
  private latinIndex: NameIndex | undefined;
  private readonly cueWords: ReadonlySet<string>;

  constructor({ places: columns, names, latin, cues, words }: GazetteerParts) {
    this.columns = columns;
    this.names = names;
    this.latin = latin;
    this.cues = cues;
    this.words = words;
    this.cueWords = new Set(cues.index.words());
    this.prefixes = new Set(names.prefixes);
    this.maxWords = 1 + Math.max(0, ...names.prefixes.map((p) => p.split(' ').length));
    this.size = Object.keys(names.keys).length;
    this.made = new Array<Place | undefined>(columns.id.length);
    for (let i = 0; i < columns.id.length; i++) {
      const code = columns.featureCode[i];
      if (code === 'PCLI' && columns.layer[i] === 'countries') this.countries.set(columns.countryCode[i] as string, i);
      else if (code === 'ADM1' && columns.admin1[i]) this.admin1.set(columns.admin1[i] as string, i);
    }
  }

  get placeCount(): number {
    return this.columns.id.length;
  }

  place(index: number): Place {
    const made = this.made[index];
    if (made) return made;
    const c = this.columns;
    const place: Place = {
      id: c.id[index] as string,
      geonameid: c.geonameid[index] ?? null,
      nameAr: c.nameAr[index] ?? null,
      nameEn: c.nameEn[index] as string,
      countryCode: c.countryCode[index] ?? null,
      admin1: c.admin1[index] ?? null,
      lat: c.lat[index] as number,
      lon: c.lon[index] as number,
      featureClass: c.featureClass[index] as string,
      featureCode: c.featureCode[index] as string,
      population: c.population[index] as number,
      layer: c.layer[index] as PlaceLayer,
      near: c.near[index] as boolean,
    };
    this.made[index] = place;
    return place;
  }

  private indexFor(key: string): NameIndex {
    if (!isLatinKey(key)) return this.names;
    this.latinIndex ??= this.latin();
    return this.latinIndex;
  }

  /** Is this a name or a cue word? (the vocabulary the clitic segmenter looks for inside words) */
  has(key: string): boolean {
    return Object.hasOwn(this.indexFor(key).keys, key) || this.cueWords.has(key);
  }

  /** Is this a name? */
  hasName(key: string): boolean {
    return Object.hasOwn(this.indexFor(key).keys, key);
  }

  /** True when some longer name starts with these words: the recognizer keeps reading. */
  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  lookup(key: string): NameMatch | undefined {
    const index = this.indexFor(key);
    if (!Object.hasOwn(index.keys, key)) return undefined;
    const offset = index.keys[key] as number;
    const refs = index.refs;
    const head = refs[offset] as number;
    const found: NameMatch['refs'] = [];
    for (let i = 1; i <= head >> 1; i++) {
      const code = refs[offset + i] as number;
      found.push({ place: this.place(code >> 2), kind: KIND_CODES[code & 3] as NameKind });
    }
    return { key, ordinary: (head & 1) === 1, refs: found };
  }

  /** The country entry for an ISO code (its point stands for the whole country). */
  country(code: string): Place | undefined {
    const i = this.countries.get(code);
    return i === undefined ? undefined : this.place(i);
  }

  /** The first-level division a `CC.code` names, when the curated layer knows it. */
  region(admin1: string): Place | undefined {
    const i = this.admin1.get(admin1);
    return i === undefined ? undefined : this.place(i);
  }
}
