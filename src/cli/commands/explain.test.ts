import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClusterMention } from '../../core/index.js';
import { HOUTHIS, mention } from '../../cluster/test-mentions.test-util.js';
import { clusterEvents } from '../../pipeline/index.js';
import { openStore, type IndexedDocument } from '../../store/index.js';
import { registerExplain } from './explain.js';
import { registerSplit } from './split.js';

function document(m: ClusterMention): IndexedDocument {
  return {
    id: m.documentId,
    source: m.source,
    url: null,
    title: null,
    publishedAt: m.publishedAt,
    language: 'ar',
    text: m.record.text,
    ingestedAt: '2025-03-14T09:00:00.000Z',
    searchTerms: [],
    events: [{ record: m.record, actorTerms: m.record.actor.map(() => []), recipientTerms: [] }],
  };
}

/** Three outlets report the Aden bombing; the Houthi shelling of the port the same day is another event. */
function database(): string {
  const db = join(mkdtempSync(join(tmpdir(), 'marsad-explain-')), 'm.db');
  const store = openStore(db);
  const mentions = [
    mention('m1', {}, { documentId: 'aawsat', source: 'aawsat' }),
    mention('m2', { text: 'لقي 12 مدنيا مصرعهم بتفجير سيارة مفخخة في سوق بمدينة عدن' }, { documentId: 'okaz', source: 'okaz' }),
    mention('m3', { dead: { min: 15, max: 15, text: '15 قتيلا' }, text: 'ارتفعت حصيلة تفجير سوق عدن إلى 15 قتيلا' }, { documentId: 'alriyadh', source: 'alriyadh' }),
    mention('m4', { mode: 'heavy-weapons', actor: [HOUTHIS], dead: null, text: 'قصفت ميليشيات الحوثي ميناء المعلا في عدن' }, { documentId: 'port', source: 'aawsat' }),
  ];
  store.putDocuments(mentions.map(document));
  clusterEvents(store, mentions.map((m) => m.documentId));
  store.close();
  return db;
}

async function run(db: string, args: string[]): Promise<string> {
  const program = new Command().exitOverride().option('--db <path>');
  registerExplain(program);
  registerSplit(program);
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  await program.parseAsync(['--db', db, ...args], { from: 'user' });
  vi.restoreAllMocks();
  return stdout;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('marsad explain and split', () => {
  it('explains a merge from any member id: sources, disagreements and the reasons of each merge', async () => {
    const db = database();
    const out = await run(db, ['explain', 'm2']);
    expect(out).toContain('ce-m1  ASSAULT/explosives  2015-08-20  Aden');
    expect(out).toContain('3 mentions in 3 reports from 3 independent sources (aawsat, alriyadh, okaz)');
    expect(out).toMatch(/disagree on dead: 12 \(2\) vs 15 \(1\)/);
    expect(out).toMatch(/merged with m1: .*same place \(Aden\).*support/);
    const json = JSON.parse(await run(db, ['explain', 'ce-m1', '--json'])) as { event: { mentions: string[] } };
    expect(json.event.mentions.sort()).toEqual(['m1', 'm2', 'm3']);
    await expect(run(db, ['explain', 'nothing'])).rejects.toThrow(/no canonical event or clustered event mention "nothing"/);
  });

  it('splits a mention out, keeps it out on re-clustering, and undoes the split', async () => {
    const db = database();
    expect(await run(db, ['split', 'ce-m1', 'm3'])).toMatch(/^split: m3 is now in ce-m3/);
    const store = openStore(db);
    clusterEvents(store, ['alriyadh', 'aawsat']);
    expect(store.canonicalIdOf('m3')).toBe('ce-m3');
    expect(store.getCanonicalEvent('ce-m1')?.mentions.sort()).toEqual(['m1', 'm2']);
    store.close();
    expect(await run(db, ['split', '--undo', 'ce-m1', 'm3'])).toMatch(/^undid the split: m3 is now in ce-m1/);
    await expect(run(db, ['split', 'ce-m1', 'm4'])).rejects.toThrow(/m4 is not part of ce-m1/);
  });
});
