import type { CanonicalBlock, CanonicalRecord, EventEntity, EventRecord } from '../core/index.js';

/**
 * The formats every event list offers: PLOVER JSON Lines (POLECAT's layout), flat CSV, GeoJSON for maps, and one
 * readable line per event for a terminal.
 */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson', 'text'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function eventsToJsonl(events: readonly EventRecord[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}

const CSV_COLUMNS: readonly [string, (e: EventRecord) => string | number | null][] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['date_precision', (e) => e.date_precision],
  ['event_type', (e) => e.event_type],
  ['mode', (e) => e.mode],
  ['quad_code', (e) => e.quad_code],
  ['modality', (e) => e.modality],
  ['context', (e) => e.context.join(';')],
  ['actor', (e) => entityNames(e.actor)],
  ['actor_code', (e) => e.actor.map((a) => a.code ?? '').join(';')],
  ['recipient', (e) => entityNames(e.recipient)],
  ['recipient_code', (e) => e.recipient.map((a) => a.code ?? '').join(';')],
  ['place', (e) => e.event_loc?.resolved_place ?? e.event_loc?.extracted_place ?? null],
  ['country_code', (e) => e.event_loc?.country_code ?? null],
  ['geonameid', (e) => e.event_loc?.geonameid ?? null],
  ['lat', (e) => e.event_loc?.lat ?? null],
  ['lon', (e) => e.event_loc?.lon ?? null],
  ['location_precision', (e) => e.event_loc?.precision ?? null],
  ['dead_min', (e) => e.dead?.min ?? null],
  ['dead_max', (e) => e.dead?.max ?? null],
  ['injured_min', (e) => e.injured?.min ?? null],
  ['arrested_min', (e) => e.arrested?.min ?? null],
  ['confidence', (e) => e.confidence],
  ['doc_id', (e) => e.evidence.doc_id],
  ['evidence_start', (e) => e.evidence.start],
  ['evidence_end', (e) => e.evidence.end],
  ['event_text', (e) => e.event_text],
  ['text', (e) => e.text],
  ['coder', (e) => e.coder],
  // Both ids travel with every row: a canonical event lists its own, a mention the canonical event it joined.
  ['canonical_id', (e) => canonicalOf(e)?.id ?? e.canonical_id ?? null],
  ['reports', (e) => canonicalOf(e)?.reports ?? null],
  ['sources', (e) => canonicalOf(e)?.sources ?? null],
  ['mentions', (e) => canonicalOf(e)?.mentions.join(';') ?? null],
];

function canonicalOf(e: EventRecord): CanonicalBlock | undefined {
  return (e as Partial<CanonicalRecord>).canonical;
}

function entityNames(entities: readonly EventEntity[], separator = ';'): string {
  return entities.map((a) => a.name ?? a.entity_text).join(separator);
}

/** RFC 4180: every field quoted when it holds a quote, comma or line break; CRLF between records. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV header line, CRLF included; with csvLine, lets a server stream rows without holding them all. */
export function csvHeader(): string {
  return `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
}

export function csvLine(event: EventRecord): string {
  return `${CSV_COLUMNS.map(([, read]) => csvField(read(event))).join(',')}\r\n`;
}

export function eventsToCsv(events: readonly EventRecord[]): string {
  return csvHeader() + events.map(csvLine).join('');
}

/** Only events with coordinates become features; the map is just another view of the rows that have them. */
export function geoJsonFeature(e: EventRecord): string | null {
  if (e.event_loc?.lat == null || e.event_loc.lon == null) return null;
  return JSON.stringify({ type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [e.event_loc.lon, e.event_loc.lat] }, properties: e });
}

/** A FeatureCollection written in three parts (head, features joined by commas, tail) so that it can be streamed. */
export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[';
export const GEOJSON_TAIL = ']}\n';

export function eventsToGeoJson(events: readonly EventRecord[]): string {
  const features = events.map(geoJsonFeature).filter((f): f is string => f !== null);
  return `${GEOJSON_HEAD}${features.join(',')}${GEOJSON_TAIL}`;
}

/** One readable line: type/mode [modality] actor → recipient @ place on date «trigger». */
export function eventLine(e: EventRecord): string {
  const who = entityNames(e.actor, ' + ') || '?';
  const whom = entityNames(e.recipient, ' + ') || '-';
  const where = e.event_loc ? (e.event_loc.resolved_place ?? e.event_loc.extracted_place) : '-';
  return `${e.event_type}${e.mode ? `/${e.mode}` : ''} [${e.modality}] ${who} → ${whom} @ ${where} on ${e.date ?? '?'} (${e.date_precision ?? '-'}) «${e.event_text}»`;
}

export function formatEvents(events: readonly EventRecord[], format: ExportFormat): string {
  switch (format) {
    case 'jsonl':
      return eventsToJsonl(events);
    case 'csv':
      return eventsToCsv(events);
    case 'geojson':
      return eventsToGeoJson(events);
    case 'text':
      return events.map((event) => `${eventLine(event)}\n`).join('');
  }
}
