import type { GlueLexicon, WordLookup } from '../../text/index.js';
import type { PlaceCues } from './cues.js';
import { foldKey } from './names.js';
import type { NameKind, Place, PlaceLayer } from './types.js';

/** The places one name can mean. `ordinary`: the name is also an ordinary Arabic word (الجديد «the new»). */
export interface NameMatch {
  key: string;
  ordinary: boolean;
  refs: { place: Place; kind: NameKind }[];
}

/** The first words of the multi-word entries of a trie (a space edge follows them). */
function firstWordsOfPhrases(root: GlueLexicon['trie']): Set<string> {
  const out = new Set<string>();
  const visit = (node: GlueLexicon['trie'], prefix: string) => {
    for (const [code, child] of node.next) {
      if (code === SPACE) out.add(prefix);
      else visit(child, prefix + String.fromCharCode(code));
    }
  };
  visit(root, '');
  return out;
}

const SPACE = 0x20;

/** Every one-word entry of a trie. */
function wordsOf(root: GlueLexicon['trie']): string[] {
  const out: string[] = [];
  const visit = (node: GlueLexicon['trie'], prefix: string) => {
    if (node.terminal) out.push(prefix);
    for (const [code, child] of node.next) if (code !== SPACE) visit(child, prefix + String.fromCharCode(code));
  };
  visit(root, '');
  return out;
}

/** Latin-script keys (English names) live in their own index. */
export function isLatinKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * What the recognizer asks of every word it reads, answered by one Map lookup (Gazetteer.probe): the word is a
 * name, begins a longer name, is a word of a cue phrase, or begins a non-place name of the word lists.
 */
export const WordFlag = { prefix: 1, cue: 2, other: 4, name: 8 } as const;
const { prefix: PREFIX, cue: CUE, other: OTHER, name: NAME } = WordFlag;
/** The vocabulary stores `(offset of the name's readings + 1) × FLAG_BITS + flags`. */
const FLAG_BITS = 16;

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
  /**
   * The project's word lists (data/lexicon): a word they know is never cut into clitics to find a place name
   * inside it, and a name they know that is not a place (الجامعة العربية) hides the place names within it.
   */
  words: GlueLexicon;
}

/**
 * The compiled gazetteer in memory: a place table and a name index keyed by normalized names (words joined by
 * one space), with the cue words and word lists the geoparser reads beside it. It is also a WordLookup of every
 * name and cue word, so the clitic segmenter finds them inside words (بمصراتة → مصراته).
 */
/** A bounding box in degrees. */
export interface Extent {
  south: number;
  north: number;
  west: number;
  east: number;
}

/** The share of a country's places left out at each edge of its extent. */
const EXTENT_TRIM = 0.02;

function extentsOf(columns: PlaceColumns): Map<string, Extent> {
  const points = new Map<string, { lat: number[]; lon: number[] }>();
  columns.countryCode.forEach((code, i) => {
    if (code === null || columns.featureClass[i] !== 'P') return;
    let p = points.get(code);
    if (!p) points.set(code, (p = { lat: [], lon: [] }));
    p.lat.push(columns.lat[i] as number);
    p.lon.push(columns.lon[i] as number);
  });
  const trimmed = (values: number[]): [number, number] => {
    values.sort((a, b) => a - b);
    const cut = Math.floor(values.length * EXTENT_TRIM);
    return [values[cut] as number, values[values.length - 1 - cut] as number];
  };
  const out = new Map<string, Extent>();
  for (const [code, { lat, lon }] of points) {
    const [south, north] = trimmed(lat);
    const [west, east] = trimmed(lon);
    out.set(code, { south, north, west, east });
  }
  return out;
}

export class Gazetteer implements WordLookup {
  /** The longest name, in words: the recognizer never looks further ahead. */
  readonly maxWords: number;
  readonly cues: PlaceCues;
  readonly words: GlueLexicon;
  private readonly made: (Place | undefined)[];
  private readonly countries = new Map<string, number>();
  private readonly admin1 = new Map<string, number>();
  private readonly columns: PlaceColumns;
  private readonly refs: Int32Array;
  /** Arabic-script words: `(offset of the name's readings + 1) × FLAG_BITS + flags` (offset 0: not a name). */
  private readonly vocabulary = new Map<string, number>();
  private readonly quiet = new Set<string>();
  private readonly latin: () => NameIndex;
  private latinIndex: NameIndex | undefined;
  private extents: Map<string, Extent> | undefined;

  constructor({ places: columns, names, latin, cues, words }: GazetteerParts) {
    this.columns = columns;
    this.refs = names.refs;
    this.latin = latin;
    this.cues = cues;
    this.words = words;
    const mark = (word: string, flag: number) => {
      const key = foldKey(word);
      this.vocabulary.set(key, (this.vocabulary.get(key) ?? 0) | flag);
    };
    for (const [key, offset] of Object.entries(names.keys)) this.vocabulary.set(key, (offset + 1) * FLAG_BITS + NAME);
    for (const prefix of names.prefixes) mark(prefix, PREFIX);
    for (const word of cues.index.words()) mark(word, CUE);
    for (const word of firstWordsOfPhrases(words.trie)) mark(word, OTHER);
    for (const word of wordsOf(words.trie)) if (!this.vocabulary.has(foldKey(word))) this.quiet.add(word);
    this.maxWords = 1 + Math.max(0, ...names.prefixes.map((p) => p.split(' ').length));
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

  /** Keys are folded (foldKey): a word is looked up folded too. */
  private flags(word: string): number {
    return this.vocabulary.get(foldKey(word)) ?? 0;
  }

  /**
   * The WordFlag bits of an Arabic-script word (or words joined by one space). The common words of the word lists
   * that are nothing to the gazetteer are answered from a small set first: most of a text is such words, and the
   * small set stays in the processor's cache where the large vocabulary does not.
   */
  probe(word: string): number {
    if (this.quiet.has(word)) return 0;
    return this.flags(word) & (FLAG_BITS - 1);
  }

  private latinNames(): NameIndex {
    this.latinIndex ??= this.latin();
    return this.latinIndex;
  }

  /** Is this a name or a cue word? (the vocabulary the clitic segmenter looks for inside words) */
  has(key: string): boolean {
    return (this.flags(key) & (NAME | CUE)) !== 0 || this.hasName(key);
  }

  /** Is this a name? */
  hasName(key: string): boolean {
    if (isLatinKey(key)) return Object.hasOwn(this.latinNames().keys, key);
    return (this.flags(key) & NAME) !== 0;
  }

  lookup(key: string): NameMatch | undefined {
    let refs = this.refs;
    let offset: number;
    if (isLatinKey(key)) {
      const latin = this.latinNames();
      if (!Object.hasOwn(latin.keys, key)) return undefined;
      refs = latin.refs;
      offset = latin.keys[key] as number;
    } else {
      const value = this.flags(key);
      if ((value & NAME) === 0) return undefined;
      offset = Math.floor(value / FLAG_BITS) - 1;
    }
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

  /**
   * The box a country's populated places span, the outermost 2 % on each side left out (Alaska and Hawaii are not
   * what «the north» or «the south» of the United States means). Computed for every country on first use.
   */
  extent(code: string): Extent | undefined {
    this.extents ??= extentsOf(this.columns);
    return this.extents.get(code);
  }

  /** The first-level division a `CC.code` names, when the curated layer knows it. */
  region(admin1: string): Place | undefined {
    const i = this.admin1.get(admin1);
    return i === undefined ? undefined : this.place(i);
  }
}
