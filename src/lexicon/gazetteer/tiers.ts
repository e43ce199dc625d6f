import type { Place } from './types.js';

/**
 * Where Arabic is spoken (Arab League members, Chad, Israel and the Western Sahara): there, GeoNames' Arabic
 * names are the local names; elsewhere they are exonyms or transliterations, often colliding with Arabic words.
 */
export const ARABIC_SPEAKING: ReadonlySet<string> = new Set(
  'AE BH DJ DZ EG EH IL IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TD TN YE'.split(' '),
);

/**
 * How notable a place is, which decides how much context its name needs to be read as a place:
 * 0 — none (a country, a curated place, a capital, a regional seat or a town of 20,000 in the Arabic-speaking
 * world, a city of a million elsewhere); 1 — a preposition (any other place of the Arabic-speaking world; a city
 * of 100,000 or a regional seat elsewhere); 2 — a word naming a kind of place (small places abroad, whose
 * Arabic-script names in GeoNames are mostly transliterations that collide with Arabic words).
 */
export type Tier = 0 | 1 | 2;

const ARAB_TOWN = 20_000;
const CITY = 100_000;
const MILLION = 1_000_000;

export function tierOf(place: Place): Tier {
  if (place.layer !== 'geonames' || place.featureCode === 'PPLC') return 0;
  if (place.countryCode !== null && ARABIC_SPEAKING.has(place.countryCode)) {
    return place.featureCode === 'PPLA' || place.featureCode === 'PPLA2' || place.population >= ARAB_TOWN ? 0 : 1;
  }
  if (place.population >= MILLION) return 0;
  return place.population >= CITY || place.featureCode === 'PPLA' ? 1 : 2;
}

/** A town, not a village: large enough for news to name it after «بلدة» or «مدينة» wherever it lies. */
export function isTown(place: Place): boolean {
  return place.featureClass === 'P' && place.population >= ARAB_TOWN;
}
