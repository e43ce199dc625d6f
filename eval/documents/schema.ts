import { z } from 'zod';

/**
 * The document part of a gold line: the text itself (`text`, optional `published_at`), or a reference into a
 * JSON Lines corpus (`corpus` + `id`, the id `marsad ingest` stores), so that gold files never copy article text.
 */
export const inlineDocumentSchema = z
  .object({
    text: z.string().min(1).describe('the document text, for cases no corpus holds'),
    published_at: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date such as 2015-07-21').optional().describe('publication date (ISO)'),
    note: z.string().optional().describe('why this document is in the set'),
  })
  .strict();

export const referenceDocumentSchema = z
  .object({
    corpus: z.string().min(1).describe('the name of a corpus given with --corpus name=path (default: saudinewsnet)'),
    id: z.string().min(1).describe('the record id, as `marsad ingest` stores it'),
    note: z.string().optional().describe('why this document is in the set'),
  })
  .strict();

/** A gold line: one document, inline or by reference, with the annotations `fields` describes. */
export function goldLineSchema<T extends z.ZodRawShape>(fields: T) {
  return z.union([inlineDocumentSchema.extend(fields), referenceDocumentSchema.extend(fields)]);
}

export type InlineDocument = z.infer<typeof inlineDocumentSchema>;
export type ReferenceDocument = z.infer<typeof referenceDocumentSchema>;

/** The JSON Schema of a gold line, as `marsad eval … --schema` prints it and docs/EVALUATION.md shows it. */
export function goldJsonSchema(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { io: 'input' });
}
