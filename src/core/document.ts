import { createHash } from 'node:crypto';

/** A news article or any text Marsad reads. `id` is stable: the caller's id, or a hash of the text. */
export interface Document {
  id: string;
  source: string | null;
  url: string | null;
  title: string | null;
  /** ISO 8601 (date or date-time) as published, or null when the source does not say. */
  publishedAt: string | null;
  /** BCP 47 language tag; Marsad reads Arabic, so `ar` unless the source says otherwise. */
  language: string;
  text: string;
  /** ISO 8601 UTC time at which Marsad first stored the document. */
  ingestedAt: string;
}

/** What a reader produces before the document is stored: the id and ingestion time are assigned on the way in. */
export type DocumentInput = Omit<Document, 'id' | 'ingestedAt' | 'language'> & {
  id?: string | null;
  language?: string | null;
};

/** Where a document or a rejected record came from: a file (or `-` for stdin) and, for line formats, the 1-based line. */
export interface Origin {
  file: string;
  line: number | null;
}

/** A record that could not be read, kept with the reason so nothing is lost silently. */
export interface Reject {
  origin: Origin;
  reason: string;
  /** The first characters of the offending record, when it is text, to help the user find it. */
  excerpt: string | null;
}

/** The stable id of a document that arrives without one: the same text always gets the same id. */
export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 24);
}
