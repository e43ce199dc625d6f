import { z } from 'zod';
import { analyzeBody, documentListParams, eventFilterParams, eventListParams, facetParams, pageParams } from './params.js';

type JsonSchema = Record<string, unknown>;

/** Query parameters described from the same zod schemas that validate them, so the description cannot drift. */
function parameters(schema: z.ZodObject, descriptions: Record<string, string> = {}): JsonSchema[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonSchema> };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    schema: property,
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
  }));
}

const FILTER_HELP: Record<string, string> = {
  type: 'PLOVER event types, comma-separated',
  mode: 'PLOVER modes, comma-separated',
  modality: 'asserted, future, hypothetical, negated, historical, reported; comma-separated',
  actor: 'actor code (capitals) or name, Arabic or English',
  recipient: 'recipient code or name',
  country: 'ISO 3166-1 alpha-2 codes, comma-separated',
  place: 'GeoNames id or place name',
  bbox: 'west,south,east,north in degrees',
  from: 'inclusive ISO date',
  to: 'inclusive ISO date (the whole day)',
  q: 'Arabic-aware full-text search over the source documents',
  min_confidence: '0–1',
  document: 'events of one document',
  view: 'canonical (default): one merged record per event, with its sources and reports; mentions: one per report',
  limit: 'page size, at most 500',
  cursor: 'page.next of the previous response',
};

const envelope = (data: JsonSchema, paged = false): JsonSchema => ({
  description: 'success',
  content: {
    'application/json': {
      schema: { type: 'object', required: ['data'], properties: { data, ...(paged ? { page: { $ref: '#/components/schemas/Page' } } : {}) } },
    },
  },
});

const errors = {
  '400': { description: 'bad parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '429': { description: 'too many requests', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};

const file = (type: string, summary: string) => ({
  summary,
  parameters: parameters(eventFilterParams, FILTER_HELP),
  responses: { '200': { description: 'every matching event', content: { [type]: {} } }, ...errors },
});

const filtered = (summary: string, data: JsonSchema) => ({
  summary,
  parameters: parameters(eventFilterParams, FILTER_HELP),
  responses: { '200': envelope(data), ...errors },
});

const pathId = (name: string) => [{ name, in: 'path', required: true, schema: { type: 'string' } }];

export function openApiDocument(version: string): JsonSchema {
  return {
    openapi: '3.1.0',
    info: { title: 'Marsad API', version, description: 'Arabic news as PLOVER events: read-only, see docs/API.md' },
    paths: {
      '/api/events': {
        get: {
          summary: 'PLOVER event records, newest first',
          parameters: parameters(eventListParams, FILTER_HELP),
          responses: { '200': envelope({ type: 'array', items: { type: 'object' } }, true), ...errors },
        },
      },
      '/api/events.csv': { get: file('text/csv', 'every matching event as CSV') },
      '/api/events.geojson': { get: file('application/geo+json', 'every matching event with coordinates as GeoJSON') },
      '/api/events.jsonl': { get: file('application/x-ndjson', 'every matching event as PLOVER JSON Lines') },
      '/api/events/{id}': { get: { summary: 'one event and its document', parameters: pathId('id'), responses: { '200': envelope({ type: 'object' }), ...errors } } },
      '/api/facets': {
        get: {
          summary: 'counts by type, quad class, country, actor and day (`facet` picks some)',
          parameters: parameters(facetParams, { ...FILTER_HELP, facet: 'type, quad, country, actor, day; comma-separated (default: all)' }),
          responses: { '200': envelope({ type: 'object' }), ...errors },
        },
      },
      '/api/places': { get: filtered('places of matching events, for the map', { type: 'array', items: { type: 'object' } }) },
      '/api/actors': { get: filtered('actors of matching events', { type: 'array', items: { type: 'object' } }) },
      '/api/actors/{key}': { get: { summary: 'one actor: months, types, counterparts', parameters: pathId('key'), responses: { '200': envelope({ type: 'object' }), ...errors } } },
      '/api/documents': {
        get: {
          summary: 'documents, newest first, or ranked by a search',
          parameters: parameters(documentListParams, FILTER_HELP),
          responses: { '200': envelope({ type: 'array', items: { type: 'object' } }, true), ...errors },
        },
      },
      '/api/documents/{id}': { get: { summary: 'a document, its annotations and events', parameters: pathId('id'), responses: { '200': envelope({ type: 'object' }), ...errors } } },
      '/api/stats': { get: { summary: 'what the database holds', responses: { '200': envelope({ type: 'object' }) } } },
      '/api/analyze': {
        post: {
          summary: 'analyze a text; nothing is stored',
          requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(analyzeBody, { io: 'input' }) } } },
          responses: { '200': envelope({ type: 'object' }), '413': { description: 'body too large' }, ...errors },
        },
      },
    },
    components: {
      schemas: {
        Page: z.toJSONSchema(z.object({ limit: pageParams.shape.limit, next: z.string().nullable() }), { io: 'input' }),
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['status', 'message', 'hint'],
              properties: { status: { type: 'integer' }, message: { type: 'string' }, hint: { type: 'string' } },
            },
          },
        },
      },
    },
  };
}
