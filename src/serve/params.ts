import { z } from 'zod';
import { EVENT_TYPES, MODALITIES } from '../core/index.js';
import { FACET_NAMES, type EventFilter } from '../store/index.js';
import { nameQuery, placeNamed, type PipelineContext } from '../pipeline/index.js';

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** One of a closed list of words, and an error that names the word given and the ones allowed. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `unknown value "${String(issue.input)}"; use one of ${values.join(', ')}` });
}

/** A comma-separated list, each value checked against `item`; empty parts are dropped. */
function commaList<Out>(item: z.ZodType<Out, string>) {
  return z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).min(1, 'give at least one value'));
}

const bbox = z
  .string()
  .transform((value) => value.split(',').map(Number))
  .pipe(
    z
      .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)], {
        error: 'give four numbers: west,south,east,north',
      })
      .refine(([, south, , north]) => south <= north, 'south must not be above north'),
  );

const date = z.string().regex(isoDate, 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** The event filters of every event route, as the query string carries them (docs/API.md). */
export const eventFilterParams = z.strictObject({
  type: commaList(oneOf(EVENT_TYPES)).optional(),
  mode: commaList(z.string().max(40)).optional(),
  modality: commaList(oneOf(MODALITIES)).optional(),
  actor: z.string().trim().min(1).max(200).optional(),
  recipient: z.string().trim().min(1).max(200).optional(),
  country: commaList(z.string().regex(/^[A-Za-z]{2}$/, 'use ISO 3166-1 alpha-2 codes such as LY').transform((c) => c.toUpperCase())).optional(),
  place: z.string().trim().min(1).max(200).optional(),
  bbox: bbox.optional(),
  from: date.optional(),
  to: date.optional(),
  q: z.string().trim().min(1).max(500).optional(),
  min_confidence: z.coerce.number().min(0).max(1).optional(),
  document: z.string().min(1).max(200).optional(),
  view: oneOf(['canonical', 'mentions']).optional(),
});
export type EventFilterParams = z.infer<typeof eventFilterParams>;

export const facetParams = eventFilterParams.extend({ facet: commaList(oneOf(FACET_NAMES)).optional() });

export const pageParams = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE, `at most ${MAX_PAGE} a page`).default(DEFAULT_PAGE),
  cursor: z.string().max(1000).optional(),
});

export const eventListParams = eventFilterParams.extend(pageParams.shape);

export const documentListParams = z.strictObject({
  q: z.string().trim().min(1).max(500).optional(),
  source: z.string().max(200).optional(),
  from: date.optional(),
  to: date.optional(),
  ...pageParams.shape,
});

export const analyzeBody = z.strictObject({
  text: z.string().min(1, 'give the text to analyze').max(200_000, 'at most 200,000 characters'),
  published_at: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'use an ISO date such as 2015-07-21').nullable().optional(),
});

/**
 * The store filter for the query's parameters. An actor is matched both as a code (sd/rapid-support-forces) and
 * as a name with the same Arabic-aware terms as search, so «الحوثيين» finds «للحوثيين» and «Houthi» the English name.
 */
export function toEventFilter(params: EventFilterParams, context: PipelineContext): EventFilter {
  const argument = (text: string | undefined) => (text === undefined ? undefined : { code: text, groups: nameQuery(text, context) });
  return {
    types: params.type,
    modes: params.mode,
    modalities: params.modality,
    countries: params.country,
    places: params.place === undefined ? undefined : placeFor(params.place, context),
    bbox: params.bbox,
    actor: argument(params.actor),
    recipient: argument(params.recipient),
    from: params.from,
    to: params.to,
    textGroups: params.q === undefined ? undefined : nameQuery(params.q, context),
    minConfidence: params.min_confidence,
    documentId: params.document,
    // Events, not reports, by default: ten outlets reporting one strike are one event (docs/DEDUP.md).
    view: params.view ?? 'canonical',
  };
}

function placeFor(place: string, context: PipelineContext): EventFilter['places'] {
  if (/^\d+$/.test(place)) return { geonameids: [Number(place)], names: [] };
  return placeNamed(place, context);
}
