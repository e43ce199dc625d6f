import { join } from 'node:path';
import type { EventRecord } from '../../src/core/index.js';
import { packageRoot } from '../../src/core/index.js';
import { runOnGold, type DocumentSystem } from '../documents/index.js';
import { readEventsGold } from './gold.js';
import { scoreEventsDoc, type EventsDocScore } from './score.js';

export * from './gold.js';
export * from './score.js';

/** Codes the events of one document: what `marsad eval events-doc` measures. */
export type DocumentCoder = DocumentSystem<EventRecord[]>;

/** The project's development gold, shipped in the repository (it references SaudiNewsNet by id). */
export function defaultEventsGoldPath(): string {
  return join(packageRoot(), 'eval/gold/events-dev.jsonl');
}

/** Reads the gold, fetches its documents, codes each and scores it; `seconds` is the coding time alone. */
export async function evaluateEventsDoc(path: string, corpora: ReadonlyMap<string, string>, code: DocumentCoder): Promise<EventsDocScore & { seconds: number }> {
  const lines = readEventsGold(path);
  const { documents, predicted, seconds } = await runOnGold(lines, corpora, code);
  const scored = documents.map((d, i) => ({ id: d.id, gold: lines[i]?.value.events ?? [], predicted: predicted[i] ?? [] }));
  return { ...scoreEventsDoc(scored), seconds };
}
