import type { ActorDictionary } from '../lexicon/actors.js';
import { loadDefaultActors } from '../lexicon/actors.js';
import { loadDefaultEventLexicon, type EventLexicon } from '../lexicon/events.js';
import { loadDefaultLexicon, type Lexicon } from '../lexicon/index.js';
import { loadGazetteer, type Gazetteer } from '../lexicon/gazetteer/index.js';
import { PerceptronTagger, defaultNerResources, loadNerModel } from '../extract/ner/index.js';

/**
 * What the stages read: language data and models, passed in (engine and data stay apart). Each resource loads on
 * first use and once per process, so `marsad search` never pays for the NER model it does not need.
 */
export interface PipelineContext {
  readonly lexicon: Lexicon;
  readonly tagger: PerceptronTagger;
  readonly actors: ActorDictionary;
  readonly events: EventLexicon;
  readonly gazetteer: Gazetteer;
}

export function defaultContext(): PipelineContext {
  return lazyContext({
    lexicon: loadDefaultLexicon,
    tagger: () => new PerceptronTagger(loadNerModel(), defaultNerResources()),
    actors: loadDefaultActors,
    events: loadDefaultEventLexicon,
    gazetteer: () => loadGazetteer(),
  });
}

type Loaders<T> = { [K in keyof T]: () => T[K] };

function lazyContext<T extends object>(loaders: Loaders<T>): T {
  const loaded: Partial<T> = {};
  const context = {} as T;
  for (const key of Object.keys(loaders) as (keyof T)[]) {
    Object.defineProperty(context, key, {
      enumerable: true,
      get: () => (loaded[key] ??= loaders[key]()),
    });
  }
  return context;
}
