import type { WordLookup } from '../../text/index.js';
import type { NameKind, Place } from './types.js';

/** The places one name can mean. `ordinary`: the name is also an ordinary Arabic word (الجديد «the new»). */
export interface NameMatch {
  key: string;
  ordinary: boolean;
  refs: { place: Place; kind: NameKind }[];
}

/** How the index stores what a key points at: `[flags, ref, ref…]`, each ref `place index × 4 + kind code`. */
export type EncodedRefs = readonly number[];

export const KIND_CODES: readonly NameKind[] = ['place', 'alias', 'latin', 'adjective'];
export const ORDINARY_FLAG = 1;

/**
 * The compiled gazetteer in memory: a place table and a name index keyed by normalized names (words joined by
 * one space). It is also a WordLookup, so the text layer's clitic guard never cuts a known place name.
 */
export class Gazetteer implements WordLookup {
  /** The longest name, in words: the recognizer never looks further ahead. */
  readonly maxWords: number;
  private readonly prefixes: ReadonlySet<string>;
  private readonly countries = new Map<string, Place>();
  private readonly admin1 = new Map<string, Place>();

  constructor(
    readonly places: readonly Place[],
    private readonly names: ReadonlyMap<string, EncodedRefs>,
  ) {
    const prefixes = new Set<string>();
    let maxWords = 1;
    for (const key of names.keys()) {
      let space = key.indexOf(' ');
      if (space < 0) continue;
      let words = 1;
      while (space >= 0) {
        prefixes.add(key.slice(0, space));
        words++;
        space = key.indexOf(' ', space + 1);
      }
      if (words > maxWords) maxWords = words;
    }
    this.prefixes = prefixes;
    this.maxWords = maxWords;
    for (const place of places) {
      if (place.featureCode === 'PCLI' && place.countryCode && place.layer === 'countries') this.countries.set(place.countryCode, place);
      if (place.featureCode === 'ADM1' && place.admin1) this.admin1.set(place.admin1, place);
    }
  }

  get size(): number {
    return this.names.size;
  }

  has(key: string): boolean {
    return this.names.has(key);
  }

  /** True when some longer name starts with these words: the recognizer keeps reading. */
  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  lookup(key: string): NameMatch | undefined {
    const encoded = this.names.get(key);
    if (!encoded) return undefined;
    const refs: NameMatch['refs'] = [];
    for (let i = 1; i < encoded.length; i++) {
      const code = encoded[i] as number;
      refs.push({ place: this.places[code >> 2] as Place, kind: KIND_CODES[code & 3] as NameKind });
    }
    return { key, ordinary: ((encoded[0] as number) & ORDINARY_FLAG) !== 0, refs };
  }

  /** The country entry for an ISO code (its point stands for the whole country). */
  country(code: string): Place | undefined {
    return this.countries.get(code);
  }

  /** The first-level division a `CC.code` names, when the curated layer knows it. */
  region(admin1: string): Place | undefined {
    return this.admin1.get(admin1);
  }
}
