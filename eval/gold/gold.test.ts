import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { DEFAULT_CORPUS_NAME, defaultCorpusPath, resolveDocuments } from '../documents/index.js';
import { defaultEventsGoldPath, readEventsGold } from '../events-doc/index.js';
import { defaultPlacesGoldPath, goldToponyms, readPlacesGold } from '../places/index.js';

const places = readPlacesGold(defaultPlacesGoldPath());
const events = readEventsGold(defaultEventsGoldPath());
const referenced = (lines: typeof places | typeof events) => lines.flatMap((l) => ('corpus' in l.value ? [l.value.id] : []));

describe('the development gold', () => {
  it('covers at least 40 SaudiNewsNet articles, by id only, in both files', () => {
    expect(new Set(referenced(places)).size).toBeGreaterThanOrEqual(40);
    expect(referenced(events)).toEqual(referenced(places));
    expect(places.every((l) => !('corpus' in l.value) || !('text' in l.value))).toBe(true);
  });

  it.skipIf(!existsSync(defaultCorpusPath()))('finds every referenced article and every annotated surface in it', async () => {
    const documents = await resolveDocuments(places, new Map([[DEFAULT_CORPUS_NAME, defaultCorpusPath()]]));
    const toponyms = documents.flatMap((d, i) => goldToponyms(d, places[i]!.value.toponyms));
    expect(toponyms.length).toBeGreaterThan(200);
  });
});
