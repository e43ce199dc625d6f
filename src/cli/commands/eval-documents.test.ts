import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerEvalEventsDoc } from './eval-events-doc.js';
import { registerEvalPlaces } from './eval-places.js';

const TEXT = 'قصفت طائرات الجيش الليبي مواقع المتشددين في مدينة درنة أمس، فيما عاد الهدوء إلى بنغازي.';

/** Runs `marsad eval …` on its own program and returns what it printed. */
async function run(args: string[]): Promise<string> {
  const output: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => output.push(chunk) > 0) as typeof process.stdout.write;
  try {
    const program = new Command().exitOverride();
    const evaluate = program.command('eval');
    registerEvalPlaces(evaluate);
    registerEvalEventsDoc(evaluate);
    await program.parseAsync(['eval', ...args], { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return output.join('');
}

function gold(line: object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-eval-doc-')), 'gold.jsonl');
  writeFileSync(path, `${JSON.stringify({ text: TEXT, published_at: '2015-07-21', ...line })}\n`);
  return path;
}

describe('marsad eval places / events-doc', () => {
  it('scores the pipeline\'s places on an inline gold document', async () => {
    const path = gold({
      toponyms: [
        { surface: 'درنة', lat: 32.767, lon: 22.637, tolerance_km: 3, country: 'LY' },
        { surface: 'بنغازي', lat: 32.1167, lon: 20.0667, tolerance_km: 3, country: 'LY' },
      ],
    });
    const score = JSON.parse(await run(['places', path, '--json'])) as { gold: number; found: number; within25: number };
    expect(score).toMatchObject({ gold: 2, found: 2, within25: 1 });
    expect(await run(['places', path, '--verbose'])).toContain('recognition  recall       100.0% (2 of 2)');
  });

  it('scores the pipeline\'s events on an inline gold document', async () => {
    const path = gold({ events: [{ type: 'ASSAULT', actor: 'طائرات الجيش', place: 'درنة', date: { value: '2015-07-20', precision: 'day' } }] });
    const score = JSON.parse(await run(['events-doc', path, '--json'])) as { gold: number; typeOnly: number; dateAccuracy: number };
    expect(score).toMatchObject({ gold: 1, typeOnly: 1, dateAccuracy: 1 });
  });

  it('prints the JSON Schema of a gold line', async () => {
    const schema = JSON.parse(await run(['places', '--schema'])) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toEqual(['GoldToponym']);
  });
});
