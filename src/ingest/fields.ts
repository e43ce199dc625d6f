import type { DocumentInput } from '../core/index.js';

/** The keys a record (a JSON object or a front-matter block) may use for each field, first match wins. */
const KEYS = {
  id: ['id'],
  title: ['title'],
  url: ['url'],
  source: ['source'],
  publishedAt: ['published', 'published_at', 'date'],
  language: ['language'],
} as const;

type Field = keyof typeof KEYS;

export type FieldsResult = { ok: true; input: DocumentInput } | { ok: false; problem: string };

/** Describes a JSON value's type for a message: "an array", "a number"… */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

/**
 * The optional fields of a record, as text. Numbers and booleans are written out (an id of 17 is "17"); an empty
 * value counts as absent; a nested object or array is a mistake worth rejecting rather than storing as "[object]".
 */
export function readFields(record: Record<string, unknown>, text: string): FieldsResult {
  const values: Partial<Record<Field, string | null>> = {};
  for (const field of Object.keys(KEYS) as Field[]) {
    const key = KEYS[field].find((candidate) => record[candidate] !== undefined && record[candidate] !== null);
    if (key === undefined) continue;
    const value = record[key];
    if (typeof value === 'object') return { ok: false, problem: `"${key}" must be text, not ${typeName(value)}` };
    const written = String(value).trim();
    values[field] = written === '' ? null : written;
  }
  return {
    ok: true,
    input: {
      id: values.id ?? null,
      source: values.source ?? null,
      url: values.url ?? null,
      title: values.title ?? null,
      publishedAt: values.publishedAt ?? null,
      language: values.language ?? null,
      text,
    },
  };
}
