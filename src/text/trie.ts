import type { TrieNode } from './types.js';

class Node implements TrieNode {
  readonly next = new Map<number, Node>();
  terminal = false;
}

/** A trie of normalized words keyed by UTF-16 code unit; multi-word names keep their spaces as edges. */
export class WordTrie {
  private readonly top = new Node();

  get root(): TrieNode {
    return this.top;
  }

  add(word: string): void {
    let node = this.top;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = new Node();
        node.next.set(c, child);
      }
      node = child;
    }
    node.terminal = true;
  }
}
