import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../core/index.js';
import { Lexicon } from './lexicon.js';
import { parseWordList, type WordListEntry } from './wordlist.js';

/** The word lists Marsad ships, in layer order. */
const DEFAULT_LISTS = ['names.txt', 'words.txt'];

/** The folder holding package.json, found from this file so it works from src/ (tests) and dist/src/ (built). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) {
      throw new DataError(
        `no package.json above ${fileURLToPath(import.meta.url)}`,
        'run Marsad from its installed package or a checkout of the repository, which ship data/lexicon',
      );
    }
    dir = up;
  }
}

export function defaultLexiconPaths(): string[] {
  const folder = join(packageRoot(), 'data', 'lexicon');
  return DEFAULT_LISTS.map((name) => join(folder, name));
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
