export type * from './types.js';
export { FACET_NAMES } from './types.js';
export type * from './canonical-types.js';
export { SqliteStore } from './sqlite/sqlite-store.js';
export { openStore, type OpenOptions } from './sqlite/open.js';
