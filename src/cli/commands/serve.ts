import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { StoreError, packageRoot } from '../../core/index.js';
import { defaultContext } from '../../pipeline/index.js';
import { createApp, startServer } from '../../serve/index.js';
import { openStore } from '../../store/index.js';
import { databasePath, positiveInt } from '../context.js';

interface ServeFlags {
  host: string;
  port: number;
  web?: boolean;
  rateLimit: number;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port 0–65535, got "${value}".`);
  return n;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app (map, timeline, filters, evidence) and the HTTP API over the database')
    .option('--host <address>', 'address to listen on (loopback by default: other machines cannot connect)', '127.0.0.1')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', port, 8787)
    .option('--no-web', 'serve the API only')
    .option('--rate-limit <n>', 'requests a minute one address may make', positiveInt, 600)
    .addHelpText('after', '\nExamples:\n  marsad serve                      # http://127.0.0.1:8787/\n  marsad serve --db news.db --port 9000\n\nAPI: docs/API.md, or /api/openapi.json on the running server.')
    .action(async (flags: ServeFlags, command: Command) => {
      const path = databasePath(command);
      const store = openStore(path, { readonly: true });
      if (store.countDocuments() === 0) {
        store.close();
        throw new StoreError(`${path} holds no documents`, 'ingest some first: marsad ingest examples');
      }
      const context = defaultContext();
      // Load the language data and models now, not on the first document a reader opens (a few seconds).
      void [context.lexicon, context.tagger, context.actors, context.events, context.gazetteer];
      const app = createApp({ store, context }, { webRoot: flags.web === false ? null : undefined, version: packageVersion(), requestsPerMinute: flags.rateLimit });
      const server = await startServer(app, flags.host, flags.port);
      process.stdout.write(`Marsad is serving ${path} at ${server.url} (Ctrl-C to stop)\n`);
      const stop = () => {
        void server.close().finally(() => {
          store.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
