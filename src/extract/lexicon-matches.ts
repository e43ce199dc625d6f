import type { Token } from '../text/index.js';
import type { EventLexicon, ListRole } from '../lexicon/events.js';
import { matchPatterns, type PatternMatch, type TokenForms } from './patterns.js';

/** Every match of every event list in a document, found in one pass and sorted by list. */
export interface LexiconMatches {
  byRole: ReadonlyMap<ListRole, readonly PatternMatch[]>;
}

export function matchLexicon(tokens: readonly Token[], forms: TokenForms, lexicon: EventLexicon): LexiconMatches {
  const byRole = new Map<ListRole, PatternMatch[]>();
  for (const m of matchPatterns(tokens, forms, lexicon.all)) {
    const role = lexicon.roleOf.get(m.pattern) as ListRole;
    const list = byRole.get(role);
    if (list) list.push(m);
    else byRole.set(role, [m]);
  }
  return { byRole };
}

/** The matches of one list (none when the list matched nothing). */
export function matchesOf(matches: LexiconMatches, role: ListRole): readonly PatternMatch[] {
  return matches.byRole.get(role) ?? [];
}
