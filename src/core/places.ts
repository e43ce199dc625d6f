/**
 * How exactly a place mention is located: `exact` the place's own point (a town, an airport), `near` the point of
 * a place it is near (شرق مصراتة, مطار سبها when only the town is known, a facility placed at its town), `admin1`
 * a first-level division, `country` a whole country, `region` something larger or vaguer (a sea, a continent,
 * «شرق ليبيا»).
 */
export type PlacePrecision = 'exact' | 'near' | 'admin1' | 'country' | 'region';

/** Another reading the geoparser weighed for a mention (for debugging and review). */
export interface PlaceAlternative {
  id: string;
  geonameid: number | null;
  nameEn: string;
  countryCode: string | null;
  featureCode: string;
  lat: number;
  lon: number;
  /** The probability the geoparser gave this reading, 0–1. */
  probability: number;
}

/**
 * A place name (or a nationality adjective pointing at a country) found in a text, resolved to the gazetteer.
 * `start`/`end` are offsets into the original text. A mention the geoparser could not resolve keeps its span and
 * surface with `precision` null and no coordinates: it is reported, never dropped.
 */
export interface PlaceMention {
  start: number;
  end: number;
  surface: string;
  /**
   * `place`: the text names a place. `adjective`: a nisba (البحرية الفرنسية) pointing at a country, not a location.
   * `metonym`: a capital or country standing for its government (موسكو تدعو, أعلنت أنقرة): an actor, not a location.
   */
  kind: 'place' | 'adjective' | 'metonym';
  /** The gazetteer's id (`gn:…`, `cc:…`, `cur:…`), null when unresolved. */
  id: string | null;
  nameAr: string | null;
  nameEn: string | null;
  geonameid: number | null;
  countryCode: string | null;
  /** GeoNames first-level division as `CC.code`, and its name when known. */
  admin1: string | null;
  admin1Name: string | null;
  lat: number | null;
  lon: number | null;
  featureClass: string | null;
  featureCode: string | null;
  precision: PlacePrecision | null;
  /** How sure the geoparser is of the whole reading (it is a place, and this one), 0–1. */
  confidence: number;
  /** The context word that helped: a kind of place (مطار, مدينة), a direction (شرق), «near» (قرب). */
  cue: string | null;
  alternatives: PlaceAlternative[];
}

/** What a document is about, geographically: its countries and places ranked by how much the text supports them. */
export interface DocumentFocus {
  countries: { countryCode: string; score: number }[];
  /** Specific places (towns, facilities, regions within a country), most supported first. */
  places: { id: string; nameAr: string | null; nameEn: string | null; countryCode: string | null; mentions: number }[];
  /** The single place that best stands for the document: its most mentioned specific place in the focus country, else that country. */
  place: PlaceMention | null;
}
