import type { Command } from 'commander';
import { defaultContext, searchDocuments, type Snippet } from '../../pipeline/index.js';
import { positiveInt, printJson, withStore } from '../context.js';

interface SearchFlags {
  limit: number;
  offset?: number;
  source?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search that ignores hamza forms, diacritics, tatweel and attached clitics')
    .argument('<query...>', 'words that must all occur, e.g. مصراتة or "قوات الدعم السريع"')
    .option('-n, --limit <n>', 'how many documents to show', positiveInt, 20)
    .option('--offset <n>', 'skip this many results (paging)', positiveInt)
    .option('--source <name>', 'only documents from this source')
    .option('--from <date>', 'only documents published on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'only documents published on or before this date (YYYY-MM-DD)')
    .option('--json', 'print the results as JSON')
    .addHelpText('after', '\nExample: marsad search مصراتة   (also finds بمصراتة, ومصراتة, مِصراتة)')
    .action(async (words: string[], flags: SearchFlags, command: Command) => {
      const context = defaultContext();
      const results = await withStore(command, (store) => searchDocuments(store, words.join(' '), context, flags), { readonly: true });
      if (flags.json) return printJson(results);
      if (results.length === 0) {
        process.stdout.write(`no document matches "${words.join(' ')}"\n`);
        return;
      }
      for (const hit of results) {
        process.stdout.write(`${hit.id}  ${hit.publishedAt ?? '(no date)'}  ${hit.source ?? ''}\n  ${hit.title ?? '(no title)'}\n`);
        if (hit.snippet) process.stdout.write(`  …${renderSnippet(hit.snippet)}…\n`);
      }
      process.stdout.write(`${results.length} document(s)\n`);
    });
}

/** Marks matches with ⟦ ⟧ rather than colour, so highlights survive pipes and right-to-left terminals. */
function renderSnippet(snippet: Snippet): string {
  let out = '';
  let at = 0;
  for (const h of snippet.highlights) {
    out += `${snippet.text.slice(at, h.start)}⟦${snippet.text.slice(h.start, h.end)}⟧`;
    at = h.end;
  }
  return (out + snippet.text.slice(at)).replace(/\s+/g, ' ');
}
