import { loadDefaultLexicon, type Lexicon } from '../lexicon/index.js';

/** What every stage may read: the language data, loaded once per process and passed in (engine and data stay apart). */
export interface PipelineContext {
  lexicon: Lexicon;
}

export function defaultContext(): PipelineContext {
  return { lexicon: loadDefaultLexicon() };
}
