import type BetterSqlite3 from 'better-sqlite3';
import type { EventEntity, EventLocation, EventRecord } from '../../core/index.js';
import type { IndexedEvent } from '../types.js';

type Database = BetterSqlite3.Database;

const INSERT_EVENT = `
  INSERT INTO events (id, document_rowid, event_type, mode, modality, date, date_precision, country_code, geonameid,
                      lat, lon, place_rowid, confidence, coder, record)
  VALUES (@id, @documentRowid, @eventType, @mode, @modality, @date, @datePrecision, @countryCode, @geonameid,
          @lat, @lon, @placeRowid, @confidence, @coder, @record)
  ON CONFLICT (id) DO NOTHING`;

// The no-op update makes RETURNING give the rowid of a place that is already stored.
const UPSERT_PLACE = `
  INSERT INTO event_places (key, geonameid, name, text, lat, lon, country_code)
  VALUES (@key, @geonameid, @name, @text, @lat, @lon, @countryCode)
  ON CONFLICT (key) DO UPDATE SET key = excluded.key
  RETURNING rowid`;

const INSERT_ARGUMENT = `
  INSERT INTO event_arguments (event_rowid, role, key, code, name, name_ar, name_en, text, country, sector)
  VALUES (@eventRowid, @role, @key, @code, @name, @nameAr, @nameEn, @text, @country, @sector)`;

/** The key an actor is grouped and looked up by: its code, else its canonical name, else the words as written. */
export function argumentKey(entity: EventEntity): string {
  return entity.code ?? entity.name ?? entity.entity_text;
}

/** A place is its GeoNames id and resolved name (curated places have no id); migration 3 keys it the same way. */
export function placeKey(place: EventLocation): string {
  return `${place.geonameid ?? ''}|${place.resolved_place ?? place.extracted_place ?? ''}`;
}

/** Writes events with their actors, recipients and places; prepared once per database. */
export function eventWriter(db: Database): (event: IndexedEvent, documentRowid: number | bigint) => void {
  const insertEvent = db.prepare(INSERT_EVENT);
  const upsertPlace = db.prepare<[Record<string, unknown>], { rowid: number }>(UPSERT_PLACE);
  const placeRowid = (place: EventLocation | null): number | null => {
    if (!place) return null;
    return (
      upsertPlace.get({
        key: placeKey(place),
        geonameid: place.geonameid,
        name: place.resolved_place,
        text: place.extracted_place,
        lat: place.lat,
        lon: place.lon,
        countryCode: place.country_code,
      })?.rowid ?? null
    );
  };
  const insertArgument = db.prepare(INSERT_ARGUMENT);
  const indexArgument = db.prepare<[number | bigint, string]>('INSERT INTO event_arguments_fts (rowid, terms) VALUES (?, ?)');
  return ({ record, actorTerms, recipientTerms }, documentRowid) => {
    const result = insertEvent.run(eventRow(record, documentRowid, placeRowid(record.event_loc)));
    if (result.changes === 0) return;
    for (const [role, entities, terms] of [
      ['actor', record.actor, actorTerms],
      ['recipient', record.recipient, recipientTerms],
    ] as const) {
      entities.forEach((entity, i) => {
        const argument = insertArgument.run({
          eventRowid: result.lastInsertRowid,
          role,
          key: argumentKey(entity),
          code: entity.code,
          name: entity.name,
          nameAr: entity.name_ar ?? null,
          nameEn: entity.name_en ?? null,
          text: entity.entity_text,
          country: entity.country,
          sector: entity.sector,
        });
        // Codes and English names are searchable as written too, so «Houthi» or «YEMREB» find the actor.
        const extra = [entity.code, entity.name_en].filter((x): x is string => Boolean(x));
        indexArgument.run(argument.lastInsertRowid, [...(terms[i] ?? []), ...extra].join(' '));
      });
    }
  };
}

function eventRow(event: EventRecord, documentRowid: number | bigint, placeRowid: number | null): Record<string, unknown> {
  const place = event.event_loc;
  return {
    id: event.id,
    documentRowid,
    eventType: event.event_type,
    mode: event.mode,
    modality: event.modality,
    date: event.date,
    datePrecision: event.date_precision,
    countryCode: place?.country_code ?? null,
    geonameid: place?.geonameid ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    placeRowid,
    confidence: event.confidence,
    coder: event.coder,
    record: JSON.stringify(event),
  };
}
