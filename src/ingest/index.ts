export type { IngestRecord, ReadOptions, ReadProgress } from './types.js';
export { DEFAULT_MAX_DOCUMENT_CHARS } from './types.js';
export { readInputs } from './read.js';
export { finalizeDocument } from './finalize.js';
export { normalizePublished } from './published.js';
