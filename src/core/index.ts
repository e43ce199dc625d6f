export * from './span.js';
export * from './document.js';
export * from './errors.js';
export * from './events.js';
export * from './actors.js';
export * from './places.js';
export * from './paths.js';
export * from './canonical.js';
