/** Where a token stands in a list match: the first of several words, a later one, or a one-word match. */
export type PhrasePosition = 'B' | 'I' | 'S';

/** The words that must follow a token for each entry it can open, longest first; empty when it opens none. */
export type Openings = readonly (readonly string[])[];

const NONE: Openings = [];

/**
 * Finds the entries of a word list (a gazetteer, a list of titles) in a sentence, longest first and left to right.
 * Entries and tokens are compared in normalized form; the first word of a match may be any of its clitic-stripped
 * forms (والأمم المتحدة, بالأمم المتحدة), later words must match as written, because clitics attach only to the front.
 * Matching runs in two steps so that the per-word step can be cached: `openings` of each word, then `match`.
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, string[][]>();

  constructor(phrases: Iterable<readonly string[]>) {
    for (const phrase of phrases) {
      const [first, ...rest] = phrase;
      if (first === undefined || first === '') continue;
      const tails = this.byFirstWord.get(first) ?? [];
      tails.push(rest);
      this.byFirstWord.set(first, tails);
    }
    for (const tails of this.byFirstWord.values()) tails.sort((a, b) => b.length - a.length);
  }

  /** The entries a word can open, given its normalized form and its stems. */
  openings(forms: readonly string[]): Openings {
    const found = forms.flatMap((form) => this.byFirstWord.get(form) ?? NONE);
    return found.length === 0 ? NONE : found.sort((a, b) => b.length - a.length);
  }

  /** One position (or null) per token, given each token's openings and normalized form. */
  match(openings: readonly Openings[], norms: readonly string[]): (PhrasePosition | null)[] {
    const positions = new Array<PhrasePosition | null>(norms.length).fill(null);
    let i = 0;
    while (i < norms.length) {
      const length = longestAt(openings[i] ?? NONE, norms, i);
      if (length === 0) {
        i++;
        continue;
      }
      positions[i] = length === 1 ? 'S' : 'B';
      for (let k = i + 1; k < i + length; k++) positions[k] = 'I';
      i += length;
    }
    return positions;
  }
}

function longestAt(tails: Openings, norms: readonly string[], at: number): number {
  for (const tail of tails) {
    let k = 0;
    while (k < tail.length && norms[at + 1 + k] === tail[k]) k++;
    if (k === tail.length) return tail.length + 1;
  }
  return 0;
}
