import { DataError } from '../../core/index.js';
import { PatternIndex, parsePatternList, type Pattern } from '../patterns.js';

/** The kinds of place a cue word can name (مدينة → city, مطار → airport). */
export const CUE_TYPES = [
  'city',
  'town',
  'admin1',
  'district',
  'airport',
  'base',
  'port',
  'crossing',
  'camp',
  'prison',
  'river',
  'sea',
  'island',
  'desert',
  'mountain',
  'region',
  'country',
] as const;
export type CueType = (typeof CUE_TYPES)[number];

export const DIRECTIONS = ['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW', 'C'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What a cue says about the name next to it (see data/gazetteer/cues.txt). */
export type CueRole =
  | { kind: 'type'; type: CueType; many: boolean }
  | { kind: 'near' }
  | { kind: 'at' }
  | { kind: 'direction'; direction: Direction }
  | { kind: 'actor' }
  | { kind: 'clause' }
  | { kind: 'head' };

/** The cue lists compiled for matching: one index, and each pattern's role. */
export interface PlaceCues {
  index: PatternIndex;
  roleOf: ReadonlyMap<Pattern, CueRole>;
}

function roleOf(p: Pattern): CueRole {
  const [head, arg, extra] = p.section;
  const bad = (problem: string) =>
    new DataError(`${p.source}:${p.line}: ${problem}`, 'fix the section header above that line (see the top of data/gazetteer/cues.txt)');
  if (head === 'type' && (CUE_TYPES as readonly string[]).includes(arg ?? '') && (extra === undefined || extra === 'many')) {
    return { kind: 'type', type: arg as CueType, many: extra === 'many' };
  }
  if (extra !== undefined) throw bad(`unexpected "${extra}" in the section header`);
  if (head === 'direction' && (DIRECTIONS as readonly string[]).includes(arg ?? '')) return { kind: 'direction', direction: arg as Direction };
  if ((head === 'near' || head === 'at' || head === 'actor' || head === 'clause' || head === 'head') && arg === undefined) return { kind: head };
  throw bad(`unknown section [${p.section.join(' ')}]`);
}

export function parsePlaceCues(content: string, source: string): PlaceCues {
  const patterns = parsePatternList(content, source);
  return { index: new PatternIndex(patterns), roleOf: new Map(patterns.map((p) => [p, roleOf(p)])) };
}
