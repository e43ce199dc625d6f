import type { EventLocation } from '../core/index.js';

/** How two event places relate: compatible or not, how much they support one event (0..1), and why. */
export interface PlaceRelation {
  compatible: boolean;
  support: number;
  reason: string;
}

/** Two towns' points this close may be one event reported from either (a suburb, an airport by the city). */
export const NEAR_KM = 25;

type Level = 'point' | 'admin1' | 'country';

/** The place's level, or null when it says nothing usable (unresolved, or a vague region such as «شرق ليبيا»). */
function levelOf(place: EventLocation): Level | null {
  switch (place.resolution) {
    case 'exact':
    case 'near':
      return place.lat === null || place.lon === null ? null : 'point';
    case 'admin1':
      return place.admin1 === null ? null : 'admin1';
    case 'country':
      return place.country_code === null ? null : 'country';
    default:
      return null;
  }
}

function nameOf(place: EventLocation): string {
  return place.resolved_place ?? place.extracted_place;
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Places agree at the precision of the coarser one: two towns must be the same or within NEAR_KM; a town and a
 * province must share the province; anything and a country must share the country. A place missing or vague on
 * one side neither supports nor contradicts. A place taken from the document's focus rather than the event's own
 * sentence counts half, being a guess.
 */
export function comparePlaces(a: EventLocation | null, b: EventLocation | null): PlaceRelation {
  const la = a && levelOf(a);
  const lb = b && levelOf(b);
  if (!a || !b || !la || !lb) return { compatible: true, support: 0, reason: 'place unknown on one side' };
  const weight = (a.precision === 'document' ? 0.5 : 1) * (b.precision === 'document' ? 0.5 : 1);
  const names = `${nameOf(a)} / ${nameOf(b)}`;
  if (a.geonameid !== null && a.geonameid === b.geonameid) {
    const support = la === 'point' ? 1 : la === 'admin1' ? 0.4 : 0.15;
    return { compatible: true, support: support * weight, reason: `same place (${nameOf(a)})` };
  }
  if (a.country_code !== null && b.country_code !== null && a.country_code !== b.country_code) {
    return { compatible: false, support: 0, reason: `different countries (${names})` };
  }
  if (la === 'point' && lb === 'point') {
    const km = distanceKm({ lat: a.lat!, lon: a.lon! }, { lat: b.lat!, lon: b.lon! });
    return km <= NEAR_KM
      ? { compatible: true, support: 0.7 * weight, reason: `places ${Math.round(km)} km apart (${names})` }
      : { compatible: false, support: 0, reason: `places ${Math.round(km)} km apart (${names})` };
  }
  if (la !== 'country' && lb !== 'country') {
    // A town and a province, or two provinces: the province decides.
    if (a.admin1 === null || b.admin1 === null) return { compatible: true, support: 0.05 * weight, reason: `same country (${names})` };
    return a.admin1 === b.admin1
      ? { compatible: true, support: 0.3 * weight, reason: `same province (${names})` }
      : { compatible: false, support: 0, reason: `different provinces (${names})` };
  }
  if (a.country_code === null || b.country_code === null) return { compatible: true, support: 0, reason: `country unknown on one side (${names})` };
  return { compatible: true, support: 0.1 * weight, reason: `same country (${names})` };
}
