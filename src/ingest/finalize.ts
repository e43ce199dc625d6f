import { contentId } from '../core/index.js';
import type { Document, DocumentInput } from '../core/index.js';
import { normalizePublished } from './published.js';

/**
 * Turns what a reader produced into the Document that is stored: the caller's id or else a hash of the text (so
 * re-ingesting the same text is a no-op), Arabic unless the source says otherwise, and an ISO 8601 date or null.
 */
export function finalizeDocument(input: DocumentInput, ingestedAt: string): Document {
  return {
    id: input.id || contentId(input.text),
    source: input.source,
    url: input.url,
    title: input.title,
    publishedAt: normalizePublished(input.publishedAt),
    language: input.language || 'ar',
    text: input.text,
    ingestedAt,
  };
}
