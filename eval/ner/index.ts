export * from './conll.js';
export * from './score.js';
export * from './anercorp.js';
export * from './report.js';
