import { normalizeWord } from './normalize.js';

/** Words written as a reader spells them (مائة, المئات, أمام), normalized like every token's `norm`. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalizeWord));
}
