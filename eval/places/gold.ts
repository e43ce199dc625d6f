import { z } from 'zod';
import { InputError } from '../../src/core/index.js';
import { goldLineSchema, locate, readGoldLines, type GoldDocument, type GoldLine, type TextSpan } from '../documents/index.js';

const where = {
  surface: z.string().min(1).optional().describe('the toponym as the text writes it; every place it stands unless `occurrence` is given'),
  occurrence: z.number().int().min(0).optional().describe('0-based: which of the places where `surface` stands'),
  start: z.number().int().min(0).optional().describe('span start (UTF-16 offset into the text), instead of surface'),
  end: z.number().int().min(1).optional().describe('span end (exclusive)'),
};

/** One gold toponym: where it is, and what it is (a located place, a country, or not a place at all). */
export const goldToponymSchema = z
  .object({
    ...where,
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    tolerance_km: z.number().min(0).optional().describe('how far from lat/lon the place may be and still be exact (default 0)'),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code such as LY').optional().describe('ISO2 code: the country named, or the one the place lies in'),
    geonameid: z.number().int().positive().optional(),
    not_place: z.literal(true).optional().describe('the name does not stand for a location here (a metonym: موسكو meaning the Russian government)'),
    optional: z.literal(true).optional().describe('found or not, it does not count (a name inside an organisation name)'),
    note: z.string().optional(),
  })
  .strict()
  .refine((t) => t.surface !== undefined || (t.start !== undefined && t.end !== undefined), { message: 'give surface, or start and end' })
  .refine((t) => (t.lat === undefined) === (t.lon === undefined), { message: 'give lat and lon together' })
  .refine((t) => t.not_place || t.optional || t.lat !== undefined || t.country !== undefined, {
    message: 'a toponym needs lat/lon or a country code, unless it is not_place or optional',
  })
  .meta({ id: 'GoldToponym' });

export const placesGoldLineSchema = goldLineSchema({ toponyms: z.array(goldToponymSchema).describe('every toponym of the document') });

export type GoldToponymInput = z.infer<typeof goldToponymSchema>;
export type PlacesGoldLine = z.infer<typeof placesGoldLineSchema>;

export type ToponymRole = 'place' | 'not_place' | 'optional';

/** A gold toponym at one span of its document. */
export interface GoldToponym extends TextSpan {
  surface: string;
  role: ToponymRole;
  lat: number | null;
  lon: number | null;
  toleranceKm: number;
  country: string | null;
  geonameid: number | null;
  /** The country the toponym names when it names a whole country (gold gives a country and no point). */
  isCountry: boolean;
}

export const PLACES_GOLD_HINT = 'see docs/EVALUATION.md, "Places gold", for the format of a line';

export function readPlacesGold(path: string): GoldLine<PlacesGoldLine>[] {
  return readGoldLines(path, placesGoldLineSchema, PLACES_GOLD_HINT);
}

/**
 * The gold toponyms of a document at their spans. Two annotations of one span are a mistake worth naming.
 */
export function goldToponyms(document: GoldDocument, toponyms: readonly GoldToponymInput[]): GoldToponym[] {
  const out: GoldToponym[] = [];
  toponyms.forEach((t, i) => {
    for (const span of locate(document.text, t, document.where, `toponyms.${i}`)) {
      if (out.some((o) => o.start === span.start && o.end === span.end)) {
        throw new InputError(`${document.where}: field toponyms.${i}: «${t.surface ?? ''}» at ${span.start} is annotated twice`, 'give `occurrence` to tell the mentions apart');
      }
      out.push({
        ...span,
        surface: document.text.slice(span.start, span.end),
        role: t.not_place ? 'not_place' : t.optional ? 'optional' : 'place',
        lat: t.lat ?? null,
        lon: t.lon ?? null,
        toleranceKm: t.tolerance_km ?? 0,
        country: t.country ?? null,
        geonameid: t.geonameid ?? null,
        isCountry: t.lat === undefined && t.country !== undefined,
      });
    }
  });
  // A name inside a longer gold name (عدن in مطار عدن) is part of that toponym, not one of its own.
  const inside = (a: GoldToponym) => out.some((b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start);
  return out.filter((a) => !inside(a)).sort((a, b) => a.start - b.start);
}
