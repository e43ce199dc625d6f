/** How the views name things: actors and places in the interface language, falling back to what the text said. */
import type { EventEntity, EventLocation } from '../../src/core/events.js';
import type { PlaceSummary } from './api.js';
import type { Lang } from './i18n.js';

export function pickName(lang: Lang, ar: string | null | undefined, en: string | null | undefined, fallback = ''): string {
  return (lang === 'ar' ? ar || en : en || ar) || fallback;
}

export function entityName(lang: Lang, entity: EventEntity): string {
  return pickName(lang, entity.name_ar, entity.name_en ?? entity.name, entity.entity_text);
}

/** A map place: as the text wrote it in Arabic, its gazetteer name in English. */
export function placeLabel(lang: Lang, place: PlaceSummary): string {
  return pickName(lang, place.extracted, place.name, String(place.geonameid ?? ''));
}

/** An event's place: in Arabic as the text wrote it, in English as the gazetteer resolved it. */
export function placeName(lang: Lang, location: EventLocation): string {
  return pickName(lang, location.extracted_place, location.resolved_place);
}

/** The key /api/actors/:key looks an actor up by: its code, else its canonical name, else its words (as the store keys it). */
export function actorKey(entity: EventEntity): string {
  return entity.code ?? entity.name ?? entity.entity_text;
}

/** Only web links: a stored url is data, and `javascript:` must not become a link. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A country's name in the interface language from its ISO code (the browser knows them offline); else the code. */
export function countryName(lang: Lang, code: string | null): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
