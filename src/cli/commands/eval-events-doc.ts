import type { Command } from 'commander';
import { goldJsonSchema, withDefaultCorpus } from '../../../eval/documents/index.js';
import { defaultEventsGoldPath, evaluateEventsDoc, eventsGoldLineSchema, formatEventsDocScore } from '../../../eval/events-doc/index.js';
import { printJson } from '../context.js';
import { buildEventCoder } from './eval-events.js';
import { documentGoldOptions, requireGold, type EvalDocumentFlags } from './eval-places.js';

/** `marsad eval events-doc [file]`: a subcommand of the `eval` group (see eval.ts). */
export function registerEvalEventsDoc(evalCommand: Command): void {
  documentGoldOptions(
    evalCommand
      .command('events-doc')
      .description('score the event coder on document-level gold: (type, actor, place) recall and precision, modality, date')
      .argument('[file]', 'events gold, one JSON object a line (docs/EVALUATION.md)', defaultEventsGoldPath()),
  )
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  marsad eval events-doc                               # eval/gold/events-dev.jsonl over SaudiNewsNet',
        '  marsad eval events-doc my-gold.jsonl --corpus news=articles.jsonl --json',
      ].join('\n'),
    )
    .action(async (file: string, flags: EvalDocumentFlags) => {
      if (flags.schema) return printJson(goldJsonSchema(eventsGoldLineSchema));
      requireGold(file);
      const score = await evaluateEventsDoc(file, withDefaultCorpus(flags.corpus ?? new Map()), buildEventCoder());
      if (flags.json) return printJson({ file, ...score });
      process.stdout.write(`Document events on ${file}\n\n${formatEventsDocScore(score, flags.verbose)}\n`);
    });
}
