import { DataError } from '../../core/index.js';
import { parseWordList } from '../wordlist.js';

/**
 * The curated gazetteer files (data/gazetteer/*.txt) use the word-list format of src/lexicon — one entry a line,
 * `|` between variants, `#` comments, `!entry` to remove a name — extended with fields after an `@`:
 *
 *   مطار معيتيقة|مطار معيتيقة الدولي  @ en=Mitiga International Airport; code=S.AIRP; at=32.8942,13.2760  # source
 *
 * A line holding only `@ fields` sets defaults for the lines after it (until the next such line), so a section
 * of Libyan airports says `@ cc=LY; code=S.AIRP` once. A `!name` line removes that name from every earlier
 * layer (GeoNames, countries, earlier curated lines), for alternate names that do more harm than good.
 */
export interface CuratedEntry {
  source: string;
  line: number;
  remove: boolean;
  /** The names as written, first one canonical. */
  surfaces: string[];
  fields: Readonly<Record<CuratedField, string | undefined>>;
}

/**
 * en      English name
 * cc      ISO 3166-1 alpha-2 country code
 * code    GeoNames feature class and code, e.g. `S.AIRP`, `A.ADM1`, `H.SEA`
 * at      `lat,lon` in decimal degrees
 * near    a GeoNames id whose coordinates stand for the place (a facility known by its town)
 * capital a GeoNames id: the seat of a region; gives its coordinates and first-level division
 * gn      the place's own GeoNames id; alone (no `at`/`near`) the line adds names to that GeoNames row
 * pop     population
 * id      a slug for the curated id (default: made from `en`)
 * of      for nisba adjectives: the ISO code of the country (or the id of a curated place) they point at
 */
export const CURATED_FIELDS = ['en', 'cc', 'code', 'at', 'near', 'capital', 'gn', 'pop', 'id', 'of'] as const;
export type CuratedField = (typeof CURATED_FIELDS)[number];

const KNOWN = new Set<string>(CURATED_FIELDS);

function malformed(source: string, line: number, problem: string): DataError {
  return new DataError(
    `${source}:${line}: ${problem}`,
    'fix that line: names separated by `|`, then `@ key=value; key=value` (keys: ' + CURATED_FIELDS.join(', ') + '), then `# source`',
  );
}

function parseFields(text: string, source: string, line: number): Partial<Record<CuratedField, string>> {
  const fields: Partial<Record<CuratedField, string>> = {};
  for (const part of text.split(';')) {
    const item = part.trim();
    if (item === '') continue;
    const eq = item.indexOf('=');
    if (eq <= 0) throw malformed(source, line, `"${item}" is not key=value`);
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (!KNOWN.has(key)) throw malformed(source, line, `unknown field "${key}"`);
    if (value === '') throw malformed(source, line, `field "${key}" is empty`);
    fields[key as CuratedField] = value;
  }
  return fields;
}

/** Parses one curated file; a malformed line raises DataError naming the file and line. */
export function parseCuratedList(content: string, source: string): CuratedEntry[] {
  const lines = content.split(/\r\n|\r|\n/);
  // Fields are cut off each line here; the names (and comments) go through the word-list parser unchanged.
  const fieldsByLine = new Map<number, Partial<Record<CuratedField, string>>>();
  let defaults: Partial<Record<CuratedField, string>> = {};
  const names = lines.map((raw, i) => {
    const hash = raw.indexOf('#');
    const body = hash < 0 ? raw : raw.slice(0, hash);
    const at = body.indexOf('@');
    const own = at < 0 ? {} : parseFields(body.slice(at + 1), source, i + 1);
    const namePart = at < 0 ? body : body.slice(0, at);
    if (at >= 0 && namePart.trim() === '') {
      defaults = own;
      return '';
    }
    fieldsByLine.set(i + 1, { ...defaults, ...own });
    return hash < 0 ? namePart : namePart + raw.slice(hash);
  });
  return parseWordList(names.join('\n'), source).map((entry) => ({
    source,
    line: entry.line,
    remove: entry.remove,
    surfaces: entry.surfaces,
    fields: fieldsByLine.get(entry.line) as Record<CuratedField, string | undefined>,
  }));
}
