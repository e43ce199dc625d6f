import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { z } from 'zod';
import { goldJsonSchema, parseCorpusOption, withDefaultCorpus } from '../../../eval/documents/index.js';
import { InputError } from '../../core/index.js';
import { printJson } from '../context.js';

interface EvalDocumentFlags {
  corpus?: Map<string, string>;
  json?: boolean;
  verbose?: boolean;
  schema?: boolean;
}

/** What sets one document-level evaluation apart: its gold, how it runs and how it reports. */
export interface DocumentEval<Score> {
  name: string;
  description: string;
  /** What the report's first line calls the evaluation. */
  title: string;
  defaultGold: string;
  schema: z.ZodType;
  examples: string[];
  evaluate(file: string, corpora: ReadonlyMap<string, string>): Promise<Score>;
  format(score: Score, verbose: boolean): string;
}

/** `marsad eval <name> [file]` for a document-level gold: the corpus, JSON, verbose and schema options they share. */
export function registerDocumentEval<Score>(evalCommand: Command, spec: DocumentEval<Score>): void {
  evalCommand
    .command(spec.name)
    .description(spec.description)
    .argument('[file]', 'gold, one JSON object a line (docs/EVALUATION.md)', spec.defaultGold)
    .option('--corpus <name=path>', 'a JSON Lines corpus (.gz allowed) that gold references name; repeatable (default saudinewsnet=../shared/data/news/saudinewsnet-2015.jsonl.gz)', parseCorpusOption)
    .option('--json', 'print the scores (and every document result) as JSON')
    .option('--verbose', 'list each document: misses, false finds, wrong readings')
    .option('--schema', 'print the JSON Schema of a gold line and exit')
    .addHelpText('after', ['', 'Examples:', ...spec.examples.map((e) => `  ${e}`)].join('\n'))
    .action(async (file: string, flags: EvalDocumentFlags) => {
      if (flags.schema) return printJson(goldJsonSchema(spec.schema));
      if (!existsSync(file)) throw new InputError(`no gold file at ${file}`, 'pass the path of a gold JSON Lines file (docs/EVALUATION.md describes the format)');
      const score = await spec.evaluate(file, withDefaultCorpus(flags.corpus ?? new Map()));
      if (flags.json) return printJson({ file, ...score });
      process.stdout.write(`${spec.title} on ${file}\n\n${spec.format(score, flags.verbose ?? false)}\n`);
    });
}
