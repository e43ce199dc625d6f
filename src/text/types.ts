/** A sentence as offsets into the original text, trimmed of surrounding whitespace. */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'latin' | 'url';

/** A token as written (`surface === text.slice(start, end)`) with its normalized form for matching. */
export interface Token {
  index: number;
  start: number;
  end: number;
  surface: string;
  norm: string;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** What the text layer needs to know about words: is this normalized word (or name) known? */
export interface WordLookup {
  has(normWord: string): boolean;
}

/** One node of a trie of normalized words; a multi-word name keeps its spaces as edges. */
export interface TrieNode {
  readonly next: ReadonlyMap<number, TrieNode>;
  /** True when the path from the root to this node spells a whole known entry. */
  readonly terminal: boolean;
}

/** What glued-word repair needs: known words and names, and a trie to walk them character by character. */
export interface GlueLexicon extends WordLookup {
  readonly trie: TrieNode;
  /** Is this normalized entry a proper name (a place, an organisation), rather than a common word? */
  isName(normWord: string): boolean;
}

export type TextLexicon = WordLookup & GlueLexicon;

export type MorphRole = 'conj' | 'prep' | 'future' | 'article' | 'stem' | 'pronoun';

/** One piece of a word. `norm` of a stem is its dictionary form: a ta marbuta written ت before a pronoun is restored (حكومته → حكومه). */
export interface Morph {
  surface: string;
  norm: string;
  start: number;
  end: number;
  role: MorphRole;
}

export interface Segmentation {
  morphs: Morph[];
  stem: Morph;
}

/** A token that bad scraping had glued together, and the words it was split into. */
export interface Repair {
  start: number;
  end: number;
  surface: string;
  /** The surfaces of the new tokens, in order. */
  parts: string[];
  reason: string;
}

export interface TextAnalysis {
  sentences: SentenceSpan[];
  /** Tokens after glued-word repair, indexed 0..n-1 in text order. */
  tokens: Token[];
  repairs: Repair[];
}
