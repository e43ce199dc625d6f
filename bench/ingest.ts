/**
 * Ingest benchmark: the SaudiNewsNet corpus through readers, the Arabic text layer and the SQLite store,
 * compared with a plain scan of the same file (read, gunzip, JSON.parse, regex word split) timed in the same run.
 * Usage: npm run bench [-- --corpus PATH] [-- --limit N]
 */
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { analyze, defaultContext, ingestPaths } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';

const DEFAULT_CORPUS = resolve(process.cwd(), '../shared/data/news/saudinewsnet-2015.jsonl.gz');

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: DEFAULT_CORPUS }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write('npm run bench [-- --corpus FILE.jsonl.gz]\nIngests the corpus into a fresh temporary database and prints throughput.\n');
  process.exit(0);
}
const corpus = values.corpus ?? DEFAULT_CORPUS;
if (!existsSync(corpus)) {
  process.stdout.write(`bench skipped: ${corpus} is absent (put ../shared beside the repository, or pass --corpus FILE)\n`);
  process.exit(0);
}

/** Streams the corpus and hands each text to `visit`; with a no-op visitor this is the plain-scan baseline. */
async function scan(visit: (text: string) => void): Promise<{ documents: number; words: number; seconds: number }> {
  const started = performance.now();
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  let documents = 0;
  let words = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: string }).text ?? '';
    words += text.split(/\s+/u).filter(Boolean).length;
    documents += 1;
    visit(text);
  }
  return { documents, words, seconds: (performance.now() - started) / 1000 };
}

function row(name: string, documents: number, seconds: number, words: number): string {
  const dps = Math.round(documents / seconds);
  const wps = Math.round(words / seconds);
  return `${name.padEnd(34)} ${String(documents).padStart(7)} docs  ${seconds.toFixed(2).padStart(7)} s  ${String(dps).padStart(7)} docs/s  ${String(wps).padStart(9)} words/s`;
}

const context = defaultContext();
process.stdout.write(`corpus: ${corpus}\n`);
process.stdout.write('1/4 plain scan (read, gunzip, JSON.parse, regex word split)…\n');
const plain = await scan(() => {});

const folder = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
try {
  const store = openStore(join(folder, 'bench.db'));
  let lastReport = 0;
  const onProgress = (p: { documents: number }) => {
    if (p.documents - lastReport >= 5000) {
      lastReport = p.documents;
      process.stdout.write(`    … ${p.documents} documents\n`);
    }
  };
  process.stdout.write('2/4 full ingest into a fresh SQLite database (read, index terms, store, full-text index)…\n');
  const first = await ingestPaths([corpus], store, context, { onProgress });
  const ingestRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write('3/4 ingest again (must add nothing)…\n');
  lastReport = 0;
  const again = await ingestPaths([corpus], store, context, { onProgress });
  const count = store.countDocuments();
  store.close();

  process.stdout.write('4/4 scan + text pipeline on every document (analyze: sentences, tokens, clitics, repairs)…\n');
  let tokens = 0;
  const analyzed = await scan((text) => {
    tokens += analyze({ text, publishedAt: '2015-08-01', documentId: 'bench' }, context).analysis.tokens.length;
  });

  process.stdout.write('\n');
  process.stdout.write(`${row('plain scan', plain.documents, plain.seconds, plain.words)}\n`);
  process.stdout.write(`${row('ingest (text layer + store)', first.documents, first.seconds, plain.words)}\n`);
  process.stdout.write(`${row('re-ingest (all already stored)', again.documents, again.seconds, plain.words)}\n`);
  process.stdout.write(`${row('scan + analyze pipeline', analyzed.documents, analyzed.seconds, plain.words)}  ${Math.round(tokens / analyzed.seconds)} tokens/s\n`);
  process.stdout.write(`\ningest speed / plain scan speed: ${(first.documents / first.seconds / (plain.documents / plain.seconds)).toFixed(2)}\n`);
  process.stdout.write(`documents stored: ${count} (first run inserted ${first.inserted}, rejected ${first.rejected}; second run inserted ${again.inserted})\n`);
  process.stdout.write(`peak RSS after ingest: ${ingestRssMb.toFixed(0)} MB\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
