export { normalize, normalizeWord, type NormalizedText } from './normalize.js';
export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';
export type * from './types.js';
export { WordTrie } from './trie.js';
export { segment, stemVariants } from './clitics.js';
export { searchTerms, indexTerms, queryTerms, matchSpans } from './search.js';
export { repairGlued } from './glue.js';
export { analyzeText } from './analyze.js';
