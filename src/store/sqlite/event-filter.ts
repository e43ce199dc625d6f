import type { ArgumentFilter, EventCursor, EventFilter } from '../types.js';
import { exclusiveUpperBound } from '../query.js';
import { ftsMatchExpression } from './fts-query.js';

/** A WHERE clause over `events AS e` and its named parameters. */
export interface SqlCondition {
  where: string;
  params: Record<string, unknown>;
}

/**
 * Only the filters that are set become SQL, so the planner sees a plain query it can use an index for; values stay
 * parameters (lists as JSON arrays). Document-side filters are subqueries on rowid, so no join is needed.
 */
export function eventCondition(filter: EventFilter, after?: EventCursor): SqlCondition {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  // One value is written as an equality: the planner then walks an index in list order instead of sorting.
  const list = (name: string, column: string, values: readonly unknown[] | undefined) => {
    if (!values?.length) return;
    if (values.length === 1) {
      params[name] = values[0];
      parts.push(`${column} = @${name}`);
      return;
    }
    params[name] = JSON.stringify(values);
    parts.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
  };
  list('types', 'e.event_type', filter.types);
  list('modes', 'e.mode', filter.modes);
  list('modalities', 'e.modality', filter.modalities);
  list('countries', 'e.country_code', filter.countries);
  // Place conditions select from the small places table; events follow by their place rowid.
  if (filter.places) {
    params.geonameids = JSON.stringify(filter.places.geonameids);
    params.placeNames = JSON.stringify(filter.places.names);
    parts.push(
      `e.place_rowid IN (SELECT rowid FROM event_places WHERE geonameid IN (SELECT value FROM json_each(@geonameids))
        OR name IN (SELECT value FROM json_each(@placeNames)))`,
    );
  }
  if (filter.bbox) {
    const [west, south, east, north] = filter.bbox;
    Object.assign(params, { west, south, east, north });
    const lon = west <= east ? 'lon BETWEEN @west AND @east' : '(lon >= @west OR lon <= @east)';
    parts.push(`e.place_rowid IN (SELECT rowid FROM event_places WHERE lat BETWEEN @south AND @north AND ${lon})`);
  }
  for (const role of ['actor', 'recipient'] as const) {
    const condition = argumentCondition(role, filter[role], params);
    if (condition) parts.push(condition);
  }
  if (filter.from !== undefined) {
    params.from = filter.from;
    parts.push('e.date >= @from');
  }
  if (filter.to !== undefined) {
    params.before = exclusiveUpperBound(filter.to);
    parts.push('e.date < @before');
  }
  if (filter.textGroups !== undefined) {
    const match = ftsMatchExpression(filter.textGroups);
    if (match === null) parts.push('0');
    else {
      params.textMatch = match;
      parts.push('e.document_rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @textMatch)');
    }
  }
  if (filter.documentId !== undefined) {
    params.documentId = filter.documentId;
    parts.push('e.document_rowid = (SELECT rowid FROM documents WHERE id = @documentId)');
  }
  if (filter.minConfidence !== undefined) {
    params.minConfidence = filter.minConfidence;
    parts.push('e.confidence >= @minConfidence');
  }
  // A canonical event is counted once, through the mention that represents it.
  if (filter.view === 'canonical') parts.push('e.is_representative = 1');
  if (after) parts.push(afterCursor(after, params, filter.view === 'canonical'));
  return { where: parts.length ? parts.join(' AND ') : '1', params };
}

function argumentCondition(role: 'actor' | 'recipient', filter: ArgumentFilter | undefined, params: Record<string, unknown>): string | null {
  if (!filter || (filter.code === undefined && filter.groups === undefined)) return null;
  const either: string[] = [];
  if (filter.code !== undefined) {
    params[`${role}Code`] = filter.code;
    either.push(`a.code = @${role}Code`);
  }
  const match = filter.groups === undefined ? null : ftsMatchExpression(filter.groups);
  if (match !== null) {
    params[`${role}Match`] = match;
    either.push(`a.rowid IN (SELECT rowid FROM event_arguments_fts WHERE event_arguments_fts MATCH @${role}Match)`);
  }
  if (either.length === 0) return '0';
  return `e.rowid IN (SELECT a.event_rowid FROM event_arguments AS a WHERE a.role = '${role}' AND (${either.join(' OR ')}))`;
}

// The list order is date descending with undated rows last, then id ascending: the rows after the cursor are the
// older ones, the same date with a larger id, and (for a dated cursor) every undated row. A canonical list runs in
// its representatives' order, so a canonical id in the cursor stands for its representative's id.
function afterCursor(after: EventCursor, params: Record<string, unknown>, canonical: boolean): string {
  params.afterId = after.id;
  const id = canonical
    ? '(SELECT r.id FROM canonical_events AS k JOIN events AS r ON r.rowid = k.representative_rowid WHERE k.id = @afterId)'
    : '@afterId';
  if (after.date === null) return `(e.date IS NULL AND e.id > ${id})`;
  params.afterDate = after.date;
  return `(e.date < @afterDate OR (e.date = @afterDate AND e.id > ${id}) OR e.date IS NULL)`;
}
