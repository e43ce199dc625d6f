import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { goldJsonSchema, parseCorpusOption, withDefaultCorpus } from '../../../eval/documents/index.js';
import { defaultPlacesGoldPath, evaluatePlaces, formatPlacesScore, placesGoldLineSchema, type Geoparser } from '../../../eval/places/index.js';
import { InputError } from '../../core/index.js';
import { analyze, defaultContext } from '../../pipeline/index.js';
import { printJson } from '../context.js';

export interface EvalDocumentFlags {
  corpus?: Map<string, string>;
  json?: boolean;
  verbose?: boolean;
  schema?: boolean;
}

/** The geoparser under evaluation is the pipeline through its places stage, exactly as `marsad analyze` runs it. */
export function buildGeoparser(): Geoparser {
  const context = defaultContext();
  return (text, publishedAt, documentId) => analyze({ text, publishedAt, documentId }, context, { through: 'places' }).analysis.places;
}

/** The options both document-level evaluations take: corpora for references, JSON, per-document detail. */
export function documentGoldOptions(command: Command): Command {
  return command
    .option('--corpus <name=path>', 'a JSON Lines corpus (.gz allowed) that gold references name; repeatable (default saudinewsnet=../shared/data/news/saudinewsnet-2015.jsonl.gz)', parseCorpusOption)
    .option('--json', 'print the scores (and every document result) as JSON')
    .option('--verbose', 'list each document: misses, false finds, wrong readings')
    .option('--schema', 'print the JSON Schema of a gold line and exit');
}

export function requireGold(file: string): void {
  if (!existsSync(file)) throw new InputError(`no gold file at ${file}`, 'pass the path of a gold JSON Lines file (docs/EVALUATION.md describes the format)');
}

/** `marsad eval places [file]`: a subcommand of the `eval` group (see eval.ts). */
export function registerEvalPlaces(evalCommand: Command): void {
  documentGoldOptions(
    evalCommand
      .command('places')
      .description('score the geoparser on document-level gold: toponyms found, resolved (exact, 25 km, 161 km), false places')
      .argument('[file]', 'places gold, one JSON object a line (docs/EVALUATION.md)', defaultPlacesGoldPath()),
  )
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  marsad eval places                                   # eval/gold/places-dev.jsonl over SaudiNewsNet',
        '  marsad eval places my-gold.jsonl --corpus news=articles.jsonl.gz --verbose',
      ].join('\n'),
    )
    .action(async (file: string, flags: EvalDocumentFlags) => {
      if (flags.schema) return printJson(goldJsonSchema(placesGoldLineSchema));
      requireGold(file);
      const score = await evaluatePlaces(file, withDefaultCorpus(flags.corpus ?? new Map()), buildGeoparser());
      if (flags.json) return printJson({ file, ...score });
      process.stdout.write(`Places on ${file}\n\n${formatPlacesScore(score, flags.verbose)}\n`);
    });
}
