import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/core/index.js';
import { DEFAULT_CORPUS_NAME, defaultCorpusPath, goldJsonSchema, resolveDocuments } from '../documents/index.js';
import { defaultEventsGoldPath, eventsGoldLineSchema, readEventsGold } from '../events-doc/index.js';
import { defaultPlacesGoldPath, goldToponyms, placesGoldLineSchema, readPlacesGold } from '../places/index.js';

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

  it('is documented with the JSON Schema the reader validates with', () => {
    const page = readFileSync(join(packageRoot(), 'docs/EVALUATION.md'), 'utf8');
    for (const schema of [placesGoldLineSchema, eventsGoldLineSchema]) expect(page).toContain(JSON.stringify(goldJsonSchema(schema), null, 2));
  });
});
