import type { Command } from 'commander';
import { InputError } from '../../core/index.js';
import { printJson, withStore } from '../context.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print one stored document: its metadata and full text')
    .argument('<id>', 'document id, as printed by ingest, search or list')
    .option('--json', 'print the document as JSON')
    .action(async (id: string, flags: { json?: boolean }, command: Command) => {
      const document = await withStore(command, (store) => store.getDocument(id), { readonly: true });
      if (!document) throw new InputError(`no document with id "${id}"`, 'find ids with `marsad search QUERY` or `marsad list`');
      if (flags.json) return printJson(document);
      const lines = [
        `id:        ${document.id}`,
        `title:     ${document.title ?? '(none)'}`,
        `source:    ${document.source ?? '(none)'}`,
        `url:       ${document.url ?? '(none)'}`,
        `published: ${document.publishedAt ?? '(unknown)'}`,
        `ingested:  ${document.ingestedAt}`,
        `language:  ${document.language}`,
        '',
        document.text,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
