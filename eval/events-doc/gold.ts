import { z } from 'zod';
import { EVENT_TYPES, type Modality } from '../../src/core/index.js';
import { goldLineSchema, readGoldLines, type GoldLine } from '../documents/index.js';

const MODALITIES = ['asserted', 'future', 'hypothetical', 'negated', 'historical', 'reported'] as const satisfies readonly Modality[];

/** An actor as surface text (matched by a shared word) or a CAMEO-style code such as LBYMIL (matched as a prefix). */
const party = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('surface text or actor code; a list means any of them');

/** Where the event happened: a surface (matched by a shared word), a point with a tolerance, or a country. */
const placeSchema = z.union([
  z.string().min(1),
  z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), tolerance_km: z.number().min(0).optional() }).strict(),
  z.object({ country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code') }).strict(),
]);

export const goldEventSchema = z
  .object({
    type: z.enum(EVENT_TYPES).describe('the PLOVER event type'),
    alt_types: z.array(z.enum(EVENT_TYPES)).optional().describe('other types a careful coder could defend'),
    actor: party.optional(),
    recipient: party.optional(),
    place: placeSchema.optional().describe('surface text, {lat, lon, tolerance_km} (default 25 km) or {country}'),
    date: z
      .object({
        value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
        precision: z.enum(['day', 'month', 'year']),
      })
      .strict()
      .refine((d) => d.value.length === { day: 10, month: 7, year: 4 }[d.precision], { message: 'the value must be written at its precision' })
      .optional(),
    modality: z.enum(MODALITIES).optional().describe('default asserted'),
    note: z.string().optional(),
  })
  .strict()
  .meta({ id: 'GoldEvent' });

export const eventsGoldLineSchema = goldLineSchema({ events: z.array(goldEventSchema).describe('the events of the document') });

export type GoldEvent = z.infer<typeof goldEventSchema>;
export type EventsGoldLine = z.infer<typeof eventsGoldLineSchema>;

export const EVENTS_GOLD_HINT = 'see docs/EVALUATION.md, "Document events gold", for the format of a line';

export function readEventsGold(path: string): GoldLine<EventsGoldLine>[] {
  return readGoldLines(path, eventsGoldLineSchema, EVENTS_GOLD_HINT);
}
