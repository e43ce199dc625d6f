import { basename, join } from 'node:path';
import { packageRoot, type ActorKind } from '../../core/index.js';
import { loadDefaultActors } from '../../lexicon/actors.js';
import { loadDefaultLexicon, loadLexicon, type Lexicon, type LexiconEntry } from '../../lexicon/index.js';
import { normalizeWord, segment, stemVariants, tokenize } from '../../text/index.js';
import type { FeatureResources, WordInfo } from './features.js';
import { PhraseMatcher } from './phrases.js';

/** Word lists as phrases: each normalized variant split into its words. */
function phrases(entries: Iterable<LexiconEntry>): string[][] {
  return [...entries].flatMap((entry) => entry.variants.map((variant) => variant.split(' ')));
}

/** Names as written, as phrases of normalized words. */
function namePhrases(names: Iterable<string>): string[][] {
  return [...names].map((name) => normalizeWord(name).split(' ').filter(Boolean));
}

/**
 * What the features know about words, from the text layer (normalization, token kind, clitics) and the word lists:
 * `names` (the gazetteer of places, organisations and groups), `givenNames` (first names), `titles` (words that
 * stand before a person's name), and the names of known `people` and `organisations` (the actor dictionary).
 */
export interface NerLists {
  names: Iterable<LexiconEntry>;
  givenNames: Iterable<LexiconEntry>;
  titles: Iterable<LexiconEntry>;
  people: Iterable<string>;
  organisations: Iterable<string>;
}

export function nerResources(lexicon: Lexicon, lists: NerLists): FeatureResources {
  return {
    describe(surface: string): WordInfo {
      const norm = normalizeWord(surface);
      const pieces = tokenize(surface);
      // A CoNLL token may hold what the tokenizer splits (اف‏16): its first piece says what kind it is.
      const kind = pieces[0]?.kind ?? 'symbol';
      const whole = pieces.length === 1 ? pieces[0] : undefined;
      const segmentation = whole && kind === 'word' ? segment(whole, lexicon) : null;
      const stem = segmentation?.stem.norm ?? norm;
      return {
        surface,
        norm,
        kind,
        stem,
        variants: kind === 'word' ? stemVariants(surface, lexicon).filter((variant) => variant !== norm) : [],
        // The segmenter keeps the article on a known word (والتركي → و + التركي), so look at the stem as well.
        article: (segmentation?.morphs.some((morph) => morph.role === 'article') ?? false) || (stem.startsWith('ال') && stem.length > 3),
      };
    },
    lists: [
      { name: 'name', matcher: new PhraseMatcher(phrases(lists.names)) },
      { name: 'given', matcher: new PhraseMatcher(phrases(lists.givenNames)) },
      { name: 'title', matcher: new PhraseMatcher(phrases(lists.titles)) },
      { name: 'person', matcher: new PhraseMatcher(namePhrases(lists.people)) },
      { name: 'org', matcher: new PhraseMatcher(namePhrases(lists.organisations)) },
    ],
  };
}

/** The tagger's own word lists in data/lexicon, besides the names the whole project shares. */
function listPath(name: 'titles' | 'given-names'): string {
  return join(packageRoot(), 'data', 'lexicon', `${name}.txt`);
}

let cached: FeatureResources | undefined;

/**
 * The resources the shipped model was trained with: the default lexicon, its names.txt, given-names.txt and
 * titles.txt, and the people and organisations of the actor dictionary (data/actors; states are left out: as
 * places they are in names.txt, and their generated institutions would swamp the list).
 */
export function defaultNerResources(): FeatureResources {
  if (cached) return cached;
  const lexicon = loadDefaultLexicon();
  const names = lexicon.entries.filter((entry) => basename(entry.source) === 'names.txt');
  const actors = loadDefaultActors().actors;
  const named = (kinds: readonly ActorKind[]) => actors.filter((actor) => kinds.includes(actor.kind)).flatMap((actor) => actor.variantsAr);
  cached = nerResources(lexicon, {
    names,
    givenNames: loadLexicon([listPath('given-names')]).entries,
    titles: loadLexicon([listPath('titles')]).entries,
    people: named(['person']),
    organisations: named(['organization', 'igo', 'ngo']),
  });
  return cached;
}
