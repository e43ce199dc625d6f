import { basename } from 'node:path';
import { WordTrie, type TextLexicon, type TrieNode } from '../text/index.js';
import type { WordListEntry } from './wordlist.js';

/** A known word or name: its canonical (first) form, every normalized variant, and where it was defined. */
export interface LexiconEntry {
  /** The first variant as written in the list. */
  surface: string;
  /** The first variant normalized: the key later stages store. */
  canonical: string;
  variants: readonly string[];
  /** Proper names (places, organisations) come from lists whose file name starts with `names`; the rest are words. */
  kind: 'name' | 'word';
  source: string;
  line: number;
}

function kindOf(source: string): LexiconEntry['kind'] {
  return basename(source).startsWith('names') ? 'name' : 'word';
}

/**
 * Known words and names built from layers of word lists, applied in order: a later layer can add entries,
 * and remove (`!entry`) ones an earlier layer added. When two entries share a variant, the later one answers
 * `entry()`. Immutable once built, so the text layer may cache what it derives from it.
 */
export class Lexicon implements TextLexicon {
  readonly entries: readonly LexiconEntry[];
  private readonly byVariant = new Map<string, LexiconEntry>();
  private trieRoot: TrieNode | null = null;

  constructor(lines: Iterable<WordListEntry>) {
    const added: (LexiconEntry | null)[] = [];
    for (const line of lines) {
      if (line.remove) {
        for (let i = 0; i < added.length; i++) {
          if (added[i]?.variants.some((v) => line.variants.includes(v))) added[i] = null;
        }
      } else {
        added.push({
          surface: line.surfaces[0] as string,
          canonical: line.variants[0] as string,
          variants: line.variants,
          kind: kindOf(line.source),
          source: line.source,
          line: line.line,
        });
      }
    }
    this.entries = added.filter((e): e is LexiconEntry => e !== null);
    for (const entry of this.entries) {
      for (const variant of entry.variants) this.byVariant.set(variant, entry);
    }
  }

  /** Every variant in a trie, built on first use: only glued-word repair walks it, and loading stays fast. */
  get trie(): TrieNode {
    if (!this.trieRoot) {
      const trie = new WordTrie();
      for (const variant of this.byVariant.keys()) trie.add(variant);
      this.trieRoot = trie.root;
    }
    return this.trieRoot;
  }

  /** Is this normalized word or name (multi-word names with single spaces) known? */
  has(normWord: string): boolean {
    return this.byVariant.has(normWord);
  }

  isName(normWord: string): boolean {
    return this.byVariant.get(normWord)?.kind === 'name';
  }

  /** The entry a normalized variant belongs to. */
  entry(normWord: string): LexiconEntry | undefined {
    return this.byVariant.get(normWord);
  }

  /** The number of distinct normalized variants. */
  get size(): number {
    return this.byVariant.size;
  }
}
