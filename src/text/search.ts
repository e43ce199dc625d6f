import type { Span } from '../core/index.js';
import { variantCache, variantsOf, type VariantCache } from './clitics.js';
import { scanTokens } from './scan.js';
import type { Token, WordLookup } from './types.js';

/** Words, numbers and Latin words are searchable; punctuation, symbols and URLs are not. */
function searchable(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number' || token.kind === 'latin';
}

function termsOf(token: Token, cache: VariantCache, lexicon: WordLookup): string[] {
  return token.kind === 'word' ? variantsOf(token.norm, token.surface, cache, lexicon) : [token.norm];
}

/**
 * The terms to index a document under, in text order, one per token and plausible stem (so repeated words
 * keep their frequency): بمصراتة adds بمصراته and مصراته.
 */
export function searchTerms(text: string, lexicon: WordLookup): string[] {
  return indexTerms(scanTokens(text), lexicon);
}

/** searchTerms over tokens already made (by analyzeText, glued words already split), so a text is not scanned twice. */
export function indexTerms(tokens: Iterable<Token>, lexicon: WordLookup): string[] {
  const terms: string[] = [];
  const cache = variantCache(lexicon);
  for (const token of tokens) {
    if (!searchable(token)) continue;
    for (const term of termsOf(token, cache, lexicon)) terms.push(term);
  }
  return terms;
}

/**
 * A query as an AND of OR-groups, one group per query word. A word the lexicon knows stands for itself (the
 * index already holds it under every clitic form); an unknown one may carry clitics, so all its stems are tried.
 */
export function queryTerms(query: string, lexicon: WordLookup): string[][] {
  const groups: string[][] = [];
  const cache = variantCache(lexicon);
  for (const token of scanTokens(query)) {
    if (!searchable(token)) continue;
    const group = token.kind === 'word' && lexicon.has(token.norm) ? [token.norm] : termsOf(token, cache, lexicon);
    groups.push([...group]);
  }
  return groups;
}

/** Where the query's words occur in `text` (whole tokens, in order), for highlighting a snippet. */
export function matchSpans(text: string, query: string, lexicon: WordLookup): Span[] {
  const wanted = new Set(queryTerms(query, lexicon).flat());
  if (wanted.size === 0) return [];
  const spans: Span[] = [];
  const cache = variantCache(lexicon);
  for (const token of scanTokens(text)) {
    if (searchable(token) && termsOf(token, cache, lexicon).some((term) => wanted.has(term))) {
      spans.push({ start: token.start, end: token.end });
    }
  }
  return spans;
}
