export * from './iob.js';
export * from './decode.js';
export * from './phrases.js';
export * from './features.js';
export * from './model.js';
export * from './tagger.js';
export * from './train.js';
