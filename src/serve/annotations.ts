import type { Analysis } from '../pipeline/index.js';

/** Every layer of an analysis as plain spans with offsets into the original text: what readers highlight. */
export function annotationsOf(analysis: Analysis) {
  const { text } = analysis;
  return {
    sentences: analysis.sentences.map(({ start, end }) => ({ start, end })),
    entities: analysis.entities.map(({ start, end, type, confidence }) => ({ start, end, text: text.slice(start, end), type, confidence })),
    places: analysis.places.map((p) => ({
      start: p.start,
      end: p.end,
      text: p.surface,
      kind: p.kind,
      name: p.nameEn,
      name_ar: p.nameAr,
      geonameid: p.geonameid,
      lat: p.lat,
      lon: p.lon,
      country_code: p.countryCode,
      precision: p.precision,
    })),
    dates: analysis.dates.map(({ start, end, surface, value, precision }) => ({ start, end, text: surface, value, precision })),
    actors: analysis.actors.map((a) => ({
      start: a.start,
      end: a.end,
      text: a.surface,
      code: a.actorId,
      name_ar: a.nameAr,
      name_en: a.nameEn,
      country: a.country,
      sector: a.sector,
    })),
    triggers: analysis.events.map((e) => ({
      start: e.evidence.trigger_start,
      end: e.evidence.trigger_end,
      text: e.event_text,
      type: e.event_type,
      mode: e.mode,
      event: e.id,
    })),
  };
}
