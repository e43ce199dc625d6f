import type { Span } from '../../core/index.js';
import type { Token } from '../../text/index.js';
import type { EntityType } from './iob.js';
import type { EntityTagger } from './tagger.js';

/** A named entity found in a text: where it is in the original text, what it is, and how sure the tagger is. */
export interface EntityMention extends Span {
  type: EntityType;
  /** The tagger's probability for exactly this span and type, 0–1. */
  confidence: number;
}

/**
 * Tags the text layer's tokens sentence by sentence (the model was trained on sentences) and maps each entity
 * back to the original text: from its first token's start to its last token's end, so a span covers whatever
 * the tokens cover (diacritics, tatweel, a clitic in front: والقاهرة).
 */
export function tagEntities(tokens: readonly Token[], tagger: EntityTagger): EntityMention[] {
  const mentions: EntityMention[] = [];
  let first = 0;
  while (first < tokens.length) {
    const sentence = tokens[first]!.sentence;
    let end = first + 1;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    const words = tokens.slice(first, end);
    for (const chunk of tagger.entities(words.map((token) => token.surface))) {
      mentions.push({
        start: words[chunk.start]!.start,
        end: words[chunk.end - 1]!.end,
        type: chunk.type,
        confidence: chunk.confidence,
      });
    }
    first = end;
  }
  return mentions;
}
