/** Where a gazetteer entry comes from: GeoNames cities500, the ISO country list, or the project's curated files. */
export type PlaceLayer = 'geonames' | 'countries' | 'curated';

/** One place the gazetteer knows, with the fields a map and an event record need. */
export interface Place {
  /** Stable id: `gn:<geonameid>` for GeoNames rows, `cc:<ISO code>` for countries, `cur:<slug>` for curated entries. */
  id: string;
  geonameid: number | null;
  nameAr: string | null;
  nameEn: string;
  /** ISO 3166-1 alpha-2; null for what spans several countries (a continent, a sea, a river). */
  countryCode: string | null;
  /** GeoNames first-level division as `CC.code` (e.g. `LY.72`); null when unknown or not applicable. */
  admin1: string | null;
  lat: number;
  lon: number;
  /** GeoNames feature class: A country/region, H water, L area, P populated place, S spot/facility, T terrain. */
  featureClass: string;
  /** GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPL, PPLX, AIRP, AIRB, PRT, PSTB, PRN, CMPRF, SEA, RGN, CONT… */
  featureCode: string;
  population: number;
  layer: PlaceLayer;
  /** True when the coordinates are those of the town the place is at or near (a curated `near=`), not its own. */
  near: boolean;
}

/**
 * How a name points at a place. `place`: the name of the place itself. `adjective`: a nisba adjective
 * (الليبية, الفرنسي) that points at a country. `alias`: weaker evidence — a form the gazetteer derived (the
 * name with or without its article), or a spelling of another language written in Arabic script (Persian,
 * Urdu: بنغازی, کان for Cannes). `latin`: an English/Latin-script name.
 */
export type NameKind = 'place' | 'adjective' | 'alias' | 'latin';

export interface NameRef {
  /** Index of the place in the gazetteer's place table. */
  place: number;
  kind: NameKind;
}
