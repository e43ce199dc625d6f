import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../core/index.js';
import { packageRoot } from '../core/index.js';
import { defaultGazetteerPath } from '../lexicon/gazetteer/paths.js';
import { openStore, type DocumentStore } from '../store/index.js';
import { defaultContext } from './context.js';
import { ingestPaths } from './ingest.js';

/**
 * Issue 8's acceptance corpus (test/fixtures/dedup): one market bombing in Aden reported by aawsat, alriyadh and
 * okaz in their own words plus sabq's reprint of aawsat; and a Houthi shelling of Aden's port the same day.
 */
const folder = join(packageRoot(), 'test', 'fixtures', 'dedup');
const files = existsSync(folder) ? readdirSync(folder).sort().map((f) => join(folder, f)) : [];
const context = defaultContext();
const ready = existsSync(defaultGazetteerPath()) && files.length === 5;
const at = () => new Date('2025-03-14T09:00:00Z');

async function ingest(store: DocumentStore, batches: string[][], batchSize = 500): Promise<void> {
  // Batches of one document are clustered one by one: the incremental path.
  const clusterAfter = batchSize === 1 ? 'batch' : 'run';
  for (const paths of batches) await ingestPaths(paths, store, context, { now: at, batchSize, clusterAfter });
}

/** Everything clustering decided, in a form that compares across stores. */
function snapshot(store: DocumentStore) {
  const events = store.listEvents({ limit: 1000, view: 'canonical' }) as CanonicalRecord[];
  return events
    .map((e) => ({ id: e.id, mentions: [...e.canonical.mentions].sort(), reports: e.canonical.reports, sources: e.canonical.sources }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function eventOf(store: DocumentStore, mentionText: string, documentId: string): CanonicalRecord {
  const mention = store.listEvents({ limit: 100, documentId }).find((e) => e.event_text === mentionText);
  expect(mention, `${documentId} has an event «${mentionText}»`).toBeDefined();
  const id = store.canonicalIdOf(mention!.id)!;
  const found = (store.listEvents({ limit: 1000, view: 'canonical' }) as CanonicalRecord[]).find((e) => e.id === id);
  expect(found).toBeDefined();
  return found!;
}

describe.skipIf(!ready)('near-duplicates and canonical events on the acceptance corpus', () => {
  it('merges the bombing into one event with 4 reports and 3 independent sources, and keeps the shelling apart', async () => {
    const store = openStore(':memory:');
    await ingest(store, [files]);
    expect(store.copyGroups(['sabq-aden-market-reprint'])).toEqual([
      { documentId: 'aawsat-aden-market-bombing', canonicalId: 'aawsat-aden-market-bombing', similarity: 1 },
      { documentId: 'sabq-aden-market-reprint', canonicalId: 'aawsat-aden-market-bombing', similarity: expect.any(Number) },
    ]);
    const bombing = eventOf(store, 'بتفجير', 'okaz-aden-market-yesterday');
    expect(bombing.event_type).toBe('ASSAULT');
    expect(bombing.canonical.reports).toBe(4);
    expect(bombing.canonical.sources).toBe(3);
    expect(bombing.canonical.disagreements).toContainEqual({ field: 'dead', values: expect.arrayContaining([{ value: '15', mentions: 1 }]) });
    const shelling = eventOf(store, 'قصفت', 'aawsat-aden-port-shelling');
    expect(shelling.id).not.toBe(bombing.id);
    expect(shelling.canonical.mentions.some((m) => bombing.canonical.mentions.includes(m))).toBe(false);
    expect(store.getCanonicalEvent(bombing.id)?.explanation.filter((l) => l.with !== null).length).toBe(bombing.canonical.mentions.length - 1);
    store.close();
  });

  it('gives the same canonical events whatever the order and batches, and re-ingesting changes nothing', async () => {
    const reference = openStore(':memory:');
    await ingest(reference, [files]);
    const expected = snapshot(reference);
    const reversed = openStore(':memory:');
    await ingest(reversed, [[...files].reverse()], 1);
    const twoBatches = openStore(':memory:');
    await ingest(twoBatches, [[files[3]!, files[1]!], [files[4]!, files[0]!, files[2]!]]);
    expect(snapshot(reversed)).toEqual(expected);
    expect(snapshot(twoBatches)).toEqual(expected);
    await ingest(reference, [files]);
    expect(snapshot(reference)).toEqual(expected);
    for (const store of [reference, reversed, twoBatches]) store.close();
  });
});
