import type { DocumentInput, Origin, Reject } from '../core/index.js';

/** What a reader yields: a document ready to finalize and store, or a record it could not read and why. */
export type IngestRecord = { kind: 'document'; input: DocumentInput; origin: Origin } | { kind: 'reject'; reject: Reject };

export interface ReadProgress {
  /** The file being read, as named in the paths (or `-` for stdin). */
  file: string;
  /** Bytes read from disk so far (compressed bytes for a .gz file), to set against bytesTotal. */
  bytesRead: number;
  /** The file's size, or null for a stream such as stdin. */
  bytesTotal: number | null;
}

export interface ReadOptions {
  /** Read for the path `-`; process.stdin by default. */
  stdin?: NodeJS.ReadableStream;
  /** Longer documents are rejected (default 10,000,000 characters, the CLI's --max-doc-chars). */
  maxDocumentChars?: number;
  onProgress?: (progress: ReadProgress) => void;
}

export const DEFAULT_MAX_DOCUMENT_CHARS = 10_000_000;

/** The options every reader needs, with defaults applied. */
export interface ReadSettings {
  maxDocumentChars: number;
  progress: (progress: ReadProgress) => void;
}
