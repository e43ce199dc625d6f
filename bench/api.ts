/**
 * API latency benchmark: a synthetic database of N events (default 1,000,000; built once and reused), a
 * `marsad serve` child process on loopback, and timed requests for what the web app asks for — map places,
 * timeline facets and the event list — unfiltered and with typical filters. Prints p50/p95/p99 per query kind.
 * Usage: npm run bench:api [-- --events N] [-- --requests N] [-- --db FILE]
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultContext } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';
import { SYNTHETIC_VERSION, fillSynthetic } from './synthetic.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '60' },
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('npm run bench:api [-- --events N] [-- --requests N] [-- --db FILE]\nPrints API latency percentiles; see docs/PERFORMANCE.md.\n');
  process.exit(0);
}
const eventCount = Number(values.events);
const requests = Number(values.requests);
if (!Number.isSafeInteger(eventCount) || eventCount < 1 || !Number.isSafeInteger(requests) || requests < 1) {
  process.stderr.write('--events and --requests take whole numbers ≥ 1, e.g. --events 100000\n');
  process.exit(2);
}
const dbPath = values.db ?? join(tmpdir(), `marsad-bench-api-v${SYNTHETIC_VERSION}-${eventCount}.db`);

function buildDatabase(): void {
  const store = openStore(dbPath);
  if (store.countEvents() === eventCount) {
    process.stdout.write(`reusing ${dbPath} (${eventCount} events)\n`);
    store.close();
    return;
  }
  store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  const writer = openStore(dbPath);
  const started = performance.now();
  fillSynthetic(writer, defaultContext(), eventCount, (done) => {
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`\rbuilding ${dbPath}: ${done} / ${eventCount} events (${Math.round(done / Math.max(seconds, 0.001))}/s)   `);
  });
  writer.close();
  process.stdout.write('\n');
}

function startServer(): Promise<{ url: string; stop: () => void }> {
  const main = resolve(import.meta.dirname, '../src/cli/main.js');
  const child = spawn(process.execPath, [main, 'serve', '--db', dbPath, '--port', '0', '--no-web', '--rate-limit', '100000000'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolvePromise({ url, stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`marsad serve exited with ${code}`)));
  });
}

const TYPES = ['ASSAULT', 'PROTEST', 'CONSULT', 'COERCE', 'AID', 'THREATEN'];
const COUNTRIES = ['LY', 'SY', 'YE', 'IQ', 'SD', 'EG', 'LB', 'PS'];
const YEARS = ['2023', '2024', '2025'];

/** Filters as an analyst sets them: one or two at a time, varied so that no single answer is cached. */
function typicalFilter(i: number): string {
  const type = TYPES[i % TYPES.length]!;
  const country = COUNTRIES[i % COUNTRIES.length]!;
  const year = YEARS[i % YEARS.length]!;
  switch (i % 4) {
    case 0:
      return `country=${country}`;
    case 1:
      return `type=${type}&country=${country}`;
    case 2:
      return `type=${type}&from=${year}-03-01&to=${year}-05-31`;
    default:
      return `country=${country}&from=${year}-01-01&to=${year}-12-31`;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

buildDatabase();
const server = await startServer();
// The requests the web app makes on every filter change (web/src/main.ts), in its default view (canonical events);
// the list is also measured over the raw report mentions.
const kinds: [string, (filter: string) => string][] = [
  ['map (places)', (f) => `api/places?${f}`],
  ['timeline (day facet)', (f) => `api/facets?facet=day&${f}`],
  ['panel (type, country, actor)', (f) => `api/facets?facet=type,country,actor&${f}`],
  ['list (50 events)', (f) => `api/events?limit=50&${f}`],
  ['list (50 reports, view=mentions)', (f) => `api/events?limit=50&view=mentions&${f}`],
];
process.stdout.write(`\n${eventCount.toLocaleString('en')} events, ${requests} requests per line, one at a time on loopback\n\n`);
process.stdout.write(`${'query'.padEnd(42)} p50 ms   p95 ms   p99 ms\n`);
try {
  for (const [name, path] of kinds) {
    for (const [label, filterAt] of [
      ['filtered', typicalFilter],
      ['unfiltered', () => ''],
    ] as const) {
      await time(`${server.url}${path(filterAt(0))}`); // warm the statement cache and the page cache
      const samples: number[] = [];
      for (let i = 0; i < requests; i++) samples.push(await time(`${server.url}${path(filterAt(i))}`));
      samples.sort((a, b) => a - b);
      const cells = [50, 95, 99].map((p) => percentile(samples, p).toFixed(1).padStart(8));
      process.stdout.write(`${`${name}, ${label}`.padEnd(42)}${cells.join(' ')}\n`);
    }
  }
} finally {
  server.stop();
}
if (!existsSync(dbPath)) process.exit(1);
