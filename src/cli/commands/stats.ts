import type { Command } from 'commander';
import { positiveInt, printJson, withStore } from '../context.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('summarize the database: documents, sources, date range, schema version, size')
    .option('--json', 'print as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const stats = await withStore(command, (store) => store.stats(), { readonly: true });
      if (flags.json) return printJson(stats);
      const lines = [
        `documents:      ${stats.documents}`,
        `events:         ${stats.events}${stats.eventTypes.length ? ` (${stats.eventTypes.map((t) => `${t.eventType} ${t.count}`).join(', ')})` : ''}`,
        `published:      ${stats.earliestPublishedAt ?? '?'} → ${stats.latestPublishedAt ?? '?'}`,
        `schema version: ${stats.schemaVersion}`,
        `database size:  ${(stats.sizeBytes / 1024 / 1024).toFixed(1)} MB`,
        'sources:',
        ...stats.sources.map((s) => `  ${String(s.count).padStart(7)}  ${s.source ?? '(unknown)'}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list stored documents, newest first')
    .option('-n, --limit <n>', 'how many documents to show', positiveInt, 20)
    .option('--offset <n>', 'skip this many documents (paging)', positiveInt)
    .option('--source <name>', 'only documents from this source')
    .option('--json', 'print as JSON')
    .action(async (flags: { limit: number; offset?: number; source?: string; json?: boolean }, command: Command) => {
      const rows = await withStore(command, (store) => store.listDocuments(flags), { readonly: true });
      if (flags.json) return printJson(rows);
      for (const row of rows) {
        process.stdout.write(`${row.id}  ${row.publishedAt ?? '(no date)'}  ${row.source ?? ''}  ${row.title ?? '(no title)'}\n`);
      }
    });
}
