import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from './errors.js';

/**
 * The folder holding Marsad's package.json, found from this file so that shipped data (data/, models/, build/)
 * is found both from src/ (tests) and from dist/src/ (the built CLI).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) {
      throw new DataError(
        `no package.json above ${fileURLToPath(import.meta.url)}`,
        'run Marsad from its installed package or a checkout of the repository, which ship data/ and models/',
      );
    }
    dir = up;
  }
  return dir;
}
