import { appendFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, type Reject } from '../../core/index.js';
import { defaultContext, ingestPaths } from '../../pipeline/index.js';
import { databasePath, positiveInt, rejectsPath, withStore } from '../context.js';
import { progressView } from '../progress.js';

interface IngestFlags {
  extract: boolean;
  cluster: boolean;
  strict?: boolean;
  maxDocChars?: number;
  batch?: number;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read documents into the database: text files, folders (recursive), .jsonl/.jsonl.gz, HTML pages, or - for stdin')
    .argument('<paths...>', 'files or folders to read; - reads stdin (JSON Lines if it starts with {, else one text)')
    .option('--no-extract', 'store and index the text only, without coding entities, places, dates, actors and events')
    .option('--no-cluster', 'skip near-duplicate detection and event merging (run it later by ingesting the same files again)')
    .option('--strict', 'exit with a failure status when any record is rejected')
    .option('--max-doc-chars <n>', 'reject documents longer than this many characters', positiveInt, 10_000_000)
    .option('--batch <n>', 'documents per database transaction', positiveInt, 500)
    .addHelpText(
      'after',
      '\nIngesting the same documents again adds nothing. Rejected records (malformed JSON, no text, invalid UTF-8,\n' +
        'binary or oversized files) are listed with file and line in <db>.rejects.jsonl; the rest is ingested.',
    )
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      const dbPath = databasePath(command);
      const rejectFile = rejectsPath(dbPath);
      const context = defaultContext();
      const progress = progressView('input');
      let position = { bytesRead: 0, bytesTotal: null as number | null };
      const summary = await withStore(command, (store) =>
        ingestPaths(paths, store, context, {
          stdin: process.stdin,
          maxDocumentChars: flags.maxDocChars,
          batchSize: flags.batch,
          extract: flags.extract,
          cluster: flags.extract && flags.cluster,
          onProgress: (p) => {
            position = p;
            progress.update(p.bytesRead, p.bytesTotal, `${p.file} · ${p.documents} documents, ${p.rejected} rejected`);
          },
          onReject: (reject) => recordReject(rejectFile, reject),
          onCluster: (step) =>
            progress.update(position.bytesRead, position.bytesTotal, `clustering step ${step.step}: ${step.mentions} mentions into ${step.canonicalEvents} events, ${step.copies} new copies (${step.seconds.toFixed(1)} s)`),
        }),
      );
      progress.stop();
      const rate = summary.seconds > 0 ? Math.round(summary.documents / summary.seconds) : summary.documents;
      process.stdout.write(
        `ingested ${summary.documents} documents: ${summary.inserted} new, ${summary.existing} already stored, ` +
          `${summary.rejected} rejected (${rate} documents/s, ${summary.seconds.toFixed(1)} s, of which clustering ${summary.clusterSeconds.toFixed(1)} s)\n`,
      );
      if (summary.rejected > 0) process.stdout.write(`rejected records are listed in ${rejectFile}\n`);
      if (flags.strict && summary.rejected > 0) {
        throw new InputError(
          `${summary.rejected} record(s) were rejected and --strict is set`,
          `fix the records listed in ${rejectFile} and ingest again (already stored documents are skipped)`,
        );
      }
    });
}

function recordReject(file: string, reject: Reject): void {
  const where = reject.origin.line === null ? reject.origin.file : `${reject.origin.file}:${reject.origin.line}`;
  process.stderr.write(`rejected ${where}: ${reject.reason}\n`);
  appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...reject })}\n`);
}
