/**
 * Ingest benchmark on the SaudiNewsNet corpus, compared with a plain scan of the same file (read, gunzip,
 * JSON.parse, regex word split) timed in the same run:
 *   1. the plain scan;
 *   2. the whole corpus through readers, the Arabic text layer and the SQLite store (`ingest --no-extract`);
 *   3. the same again, which must add nothing;
 *   4. the full pipeline (entities, dates, places, actors, events) on a sample, stage by stage.
 * Rates are given per wall-clock second and per CPU second (the second is steadier on a shared machine).
 * Usage: npm run bench [-- --corpus FILE.jsonl.gz] [-- --sample N]
 */
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { STAGE_NAMES, analyze, defaultContext, ingestPaths } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';

const DEFAULT_CORPUS = resolve(process.cwd(), '../shared/data/news/saudinewsnet-2015.jsonl.gz');

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    sample: { type: 'string', default: '2000' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('npm run bench [-- --corpus FILE.jsonl.gz] [-- --sample N]\nPrints ingest throughput; see docs/PERFORMANCE.md.\n');
  process.exit(0);
}
const corpus = values.corpus ?? DEFAULT_CORPUS;
const sampleSize = Number(values.sample);
if (!existsSync(corpus)) {
  process.stdout.write(`bench skipped: ${corpus} is absent (put ../shared beside the repository, or pass --corpus FILE)\n`);
  process.exit(0);
}

interface Timing {
  wall: number;
  cpu: number;
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, Timing]> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return [result, { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 }];
}

/** Streams the corpus and hands each record to `visit`; with a no-op visitor this is the plain-scan baseline. */
async function scan(visit: (record: { id: string; text: string; published?: string }) => boolean | void): Promise<{ documents: number; words: number }> {
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  let documents = 0;
  let words = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; text: string; published?: string };
    words += record.text.split(/\s+/u).filter(Boolean).length;
    documents += 1;
    if (visit(record) === false) break;
  }
  return { documents, words };
}

function row(name: string, documents: number, t: Timing): string {
  return `${name.padEnd(40)} ${String(documents).padStart(6)} docs ${t.wall.toFixed(1).padStart(7)} s  ${String(Math.round(documents / t.wall)).padStart(6)} docs/s  ${String(Math.round(documents / t.cpu)).padStart(6)} docs/CPU-s`;
}

const context = defaultContext();
const out = (line: string) => process.stdout.write(`${line}\n`);
out(`corpus: ${corpus}`);

out('1/4 plain scan (read, gunzip, JSON.parse, regex word split)…');
const [plain, plainTime] = await timed(() => scan(() => {}));

const folder = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
try {
  const store = openStore(join(folder, 'bench.db'));
  let shown = 0;
  const onProgress = (p: { documents: number }) => {
    if (p.documents - shown >= 5000) {
      shown = p.documents;
      out(`    … ${p.documents} documents`);
    }
  };
  out('2/4 ingest: read, text layer, index terms, store, full-text index (--no-extract)…');
  const [first, firstTime] = await timed(() => ingestPaths([corpus], store, context, { onProgress, extract: false }));
  const rssMb = process.resourceUsage().maxRSS / 1024;
  out('3/4 ingest again (must add nothing)…');
  shown = 0;
  const [again, againTime] = await timed(() => ingestPaths([corpus], store, context, { onProgress, extract: false }));
  const count = store.countDocuments();
  store.close();

  out(`4/4 full pipeline on the first ${sampleSize} documents…`);
  const sample: { id: string; text: string; published?: string }[] = [];
  await scan((record) => {
    sample.push(record);
    return sample.length < sampleSize;
  });
  analyze({ text: sample[0]?.text ?? '', publishedAt: null, documentId: 'warm-up' }, context);
  const perStage = new Map<string, number>(STAGE_NAMES.map((name) => [name, 0]));
  let events = 0;
  const [, fullTime] = await timed(() => {
    for (const record of sample) {
      const { analysis, trace } = analyze({ text: record.text, publishedAt: record.published?.slice(0, 10) ?? null, documentId: record.id }, context);
      events += analysis.events.length;
      for (const t of trace) perStage.set(t.stage, (perStage.get(t.stage) ?? 0) + t.ms);
    }
  });

  out('');
  out(row('plain scan', plain.documents, plainTime));
  out(row('ingest, text layer + store', first.documents, firstTime));
  out(row('re-ingest (all already stored)', again.documents, againTime));
  out(row(`full pipeline, in memory (sample)`, sample.length, fullTime));
  out('');
  out(`ingest / plain scan speed: ${(first.documents / firstTime.wall / (plain.documents / plainTime.wall)).toFixed(2)} (wall)`);
  out(`documents stored: ${count} (first run ${first.inserted} new, ${first.rejected} rejected; second run ${again.inserted} new)`);
  out(`words in corpus: ${plain.words}; ingest ${Math.round(plain.words / firstTime.cpu)} words/CPU-s`);
  out(`peak RSS after ingest: ${rssMb.toFixed(0)} MB`);
  out(`full pipeline: ${events} events in ${sample.length} documents; wall ms per document by stage:`);
  for (const [stage, ms] of perStage) out(`  ${stage.padEnd(10)} ${(ms / sample.length).toFixed(2)} ms`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
