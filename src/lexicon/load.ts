import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, packageRoot } from '../core/index.js';
import { Lexicon } from './lexicon.js';
import { parseWordList, type WordListEntry } from './wordlist.js';

/** The word lists Marsad ships, in layer order. */
const DEFAULT_LISTS = ['names.txt', 'words.txt'];

/** data/lexicon: the folder of the word lists Marsad ships (and of the other stages' lists: dates, triggers, names). */
export function lexiconFolder(): string {
  return join(packageRoot(), 'data', 'lexicon');
}

export function defaultLexiconPaths(): string[] {
  return DEFAULT_LISTS.map((name) => join(lexiconFolder(), name));
}

function readList(path: string): WordListEntry[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError(`cannot read the word list ${path}`, 'check the path; a word list is a UTF-8 text file', { cause: error });
  }
  return parseWordList(content, path);
}

/** A lexicon from word lists applied in order (later files add to and remove from earlier ones). */
export function loadLexicon(paths: readonly string[]): Lexicon {
  return new Lexicon(paths.flatMap(readList));
}

let cached: Lexicon | undefined;

/** The lexicon Marsad ships (data/lexicon), loaded once per process. */
export function loadDefaultLexicon(): Lexicon {
  cached ??= loadLexicon(defaultLexiconPaths());
  return cached;
}
