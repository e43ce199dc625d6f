import { join } from 'node:path';
import type { PlaceMention } from '../../src/core/index.js';
import { packageRoot } from '../../src/core/index.js';
import { runOnGold, type DocumentSystem } from '../documents/index.js';
import { goldToponyms, readPlacesGold } from './gold.js';
import { scorePlaces, type PlacesScore } from './score.js';

export * from './gold.js';
export * from './score.js';

/** Finds and resolves the places of one document: what `marsad eval places` measures. */
export type Geoparser = DocumentSystem<PlaceMention[]>;

/** The project's development gold, shipped in the repository (it references SaudiNewsNet by id). */
export function defaultPlacesGoldPath(): string {
  return join(packageRoot(), 'eval/gold/places-dev.jsonl');
}

/** Reads the gold, fetches its documents, runs the geoparser on each and scores it; `seconds` is the geoparsing time alone. */
export async function evaluatePlaces(path: string, corpora: ReadonlyMap<string, string>, geoparse: Geoparser): Promise<PlacesScore & { seconds: number }> {
  const lines = readPlacesGold(path);
  const { documents, predicted, seconds } = await runOnGold(lines, corpora, geoparse);
  const scored = documents.map((d, i) => ({ id: d.id, gold: goldToponyms(d, lines[i]?.value.toponyms ?? []), predicted: predicted[i] ?? [] }));
  return { ...scorePlaces(scored), seconds };
}
