/** Where a token stands in a list match: the first of several words, a later one, or a one-word match. */
export type PhrasePosition = 'B' | 'I' | 'S';

/**
 * Finds the entries of a word list (a gazetteer, a list of titles) in a sentence, longest first and left to right.
 * Entries and tokens are compared in normalized form; the first word of a match may be any of its clitic-stripped
 * forms (والأمم المتحدة, بالأمم المتحدة), later words must match as written, because clitics attach only to the front.
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

  /** `forms[i]` lists token i's normalized form first, then its stems; the answer holds one position (or null) per token. */
  match(forms: readonly (readonly string[])[]): (PhrasePosition | null)[] {
    const positions = new Array<PhrasePosition | null>(forms.length).fill(null);
    let i = 0;
    while (i < forms.length) {
      const length = this.longestAt(forms, i);
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

  private longestAt(forms: readonly (readonly string[])[], at: number): number {
    let best = 0;
    for (const form of forms[at] ?? []) {
      for (const tail of this.byFirstWord.get(form) ?? []) {
        if (tail.length + 1 <= best) break;
        if (tail.every((word, k) => forms[at + 1 + k]?.[0] === word)) best = tail.length + 1;
      }
    }
    return best;
  }
}
