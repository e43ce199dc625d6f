export * from './schema.js';
export * from './read.js';
export * from './corpus.js';
export * from './surface.js';
