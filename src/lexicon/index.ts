export { parseWordList, type WordListEntry } from './wordlist.js';
export { Lexicon, type LexiconEntry } from './lexicon.js';
export { loadLexicon, loadDefaultLexicon, defaultLexiconPaths, lexiconFolder } from './load.js';
