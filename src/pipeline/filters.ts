import { lookupName, type Place } from '../lexicon/gazetteer/index.js';
import type { PlaceFilter } from '../store/index.js';
import { queryTerms } from '../text/index.js';
import type { PipelineContext } from './context.js';

/** A name as typed, as the AND of OR-groups of terms the store indexes names under (clitics, spelling variants). */
export function nameQuery(text: string, context: PipelineContext): string[][] {
  return queryTerms(text, context.lexicon);
}

/** Every gazetteer place a typed name can mean (with or without clitics), the likeliest first. */
export function placesNamed(name: string, context: PipelineContext): Place[] {
  return lookupName(name, context.gazetteer).flatMap((match) => match.refs.map((ref) => ref.place));
}

/** Every place a typed name can mean, by GeoNames id and by resolved name (curated places have no id). */
export function placeNamed(name: string, context: PipelineContext): PlaceFilter {
  const places = placesNamed(name, context);
  return {
    geonameids: [...new Set(places.flatMap((p) => (p.geonameid === null ? [] : [p.geonameid])))],
    names: [...new Set([name, ...places.map((p) => p.nameEn)])],
  };
}
