import { dirname, join } from 'node:path';
import { defaultLexiconPaths } from '../load.js';

/**
 * Where the gazetteer's sources and index live. data/gazetteer sits beside data/lexicon (whose location the
 * lexicon loader already finds from src/ and from dist/src/), and the index goes to the gitignored build/.
 */
function packageRootFromLexicon(): string {
  return dirname(dirname(dirname(defaultLexiconPaths()[0] as string)));
}

export function curatedFolder(): string {
  return join(packageRootFromLexicon(), 'data', 'gazetteer');
}

export function defaultGazetteerPath(): string {
  return join(packageRootFromLexicon(), 'build', 'gazetteer.json.gz');
}
