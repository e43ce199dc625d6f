import { join } from 'node:path';
import { packageRoot } from '../../core/index.js';

/** Where the gazetteer's sources and index live: data/gazetteer, and the gitignored build/ for the index. */

export function curatedFolder(): string {
  return join(packageRoot(), 'data', 'gazetteer');
}

export function defaultGazetteerPath(): string {
  return join(packageRoot(), 'build', 'gazetteer.json.gz');
}
