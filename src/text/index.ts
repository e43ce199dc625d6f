export { normalize, normalizeWord, type NormalizedText } from './normalize.js';
