export * from './context.js';
export * from './pipeline.js';
export * from './ingest.js';
export * from './search.js';
export * from './export.js';
export * from './filters.js';
export * from './cluster.js';
