import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { defaultEventGoldPath, evaluateEvents, formatEventScore, type EventCoder } from '../../../eval/events/index.js';
import { InputError } from '../../core/index.js';
import { analyze, defaultContext } from '../../pipeline/index.js';
import { printJson } from '../context.js';

interface EvalEventsFlags {
  json?: boolean;
  misses?: boolean;
}

/** The coder under evaluation is the whole pipeline, exactly as `marsad ingest` and `marsad analyze` run it. */
export function buildEventCoder(): EventCoder {
  const context = defaultContext();
  return (text, publishedAt, documentId) => analyze({ text, publishedAt, documentId }, context).analysis.events;
}

/** `marsad eval events [file]`: a subcommand of the `eval` group (see eval.ts). */
export function registerEvalEvents(evalCommand: Command): void {
  evalCommand
    .command('events')
    .description('score the event coder on PETRARCH-style gold sentences: type found, actor and target matched')
    .argument('[file]', 'gold XML (<Sentence category> with <EventText> and <Text>)', defaultEventGoldPath())
    .option('--misses', 'list the sentences whose gold type was not found')
    .option('--json', 'print the scores (and every sentence result) as JSON')
    .addHelpText('after', '\nExample: marsad eval events                 # ../shared/data/events/petrarch-ar-gold-dev.xml')
    .action((file: string, flags: EvalEventsFlags) => {
      if (!existsSync(file)) {
        throw new InputError(`no event gold file at ${file}`, 'pass the path of a PETRARCH validation XML file (the development gold lives in ../shared/data/events/)');
      }
      const score = evaluateEvents(file, buildEventCoder());
      if (flags.json) return printJson({ file, sentencesPerSecond: Math.round(score.sentences / score.seconds), ...score });
      const lines = [`Events on ${file}`, '', formatEventScore(score), '', `coded ${Math.round(score.sentences / score.seconds)} sentences/s`];
      if (flags.misses) {
        lines.push('', 'missed:', ...score.results.filter((r) => !r.typeFound).map((r) => `  ${r.id} ${r.type}: ${r.predicted.join(' ') || '(nothing)'}`));
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
