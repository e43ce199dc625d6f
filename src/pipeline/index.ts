export * from './context.js';
export * from './pipeline.js';
export * from './ingest.js';
export * from './search.js';
