import { join } from 'node:path';
import { packageRoot } from '../../src/core/index.js';
import { readGoldEvents } from './gold.js';
import { scoreEvents, type EventCoder, type EventScore } from './score.js';

export * from './gold.js';
export * from './score.js';

/** Where the development gold lives beside a checkout of the project (../shared is not part of the repository). */
export const EVENT_GOLD_RELATIVE_PATH = '../shared/data/events/petrarch-ar-gold-dev.xml';

export function defaultEventGoldPath(): string {
  return join(packageRoot(), EVENT_GOLD_RELATIVE_PATH);
}

/** Runs the coder on every gold sentence and scores it; `seconds` is the coding time alone. */
export function evaluateEvents(path: string, coder: EventCoder): EventScore & { seconds: number } {
  const gold = readGoldEvents(path);
  const started = performance.now();
  const predicted = gold.map((g) => coder(g.text, g.date, g.id));
  const seconds = (performance.now() - started) / 1000;
  return { ...scoreEvents(gold, predicted), seconds };
}
