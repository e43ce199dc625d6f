import type { Command } from 'commander';
import { defaultEventsGoldPath, evaluateEventsDoc, eventsGoldLineSchema, formatEventsDocScore } from '../../../eval/events-doc/index.js';
import { registerDocumentEval } from './eval-documents.js';
import { buildEventCoder } from './eval-events.js';

/** `marsad eval events-doc [file]`: a subcommand of the `eval` group (see eval.ts). */
export function registerEvalEventsDoc(evalCommand: Command): void {
  registerDocumentEval(evalCommand, {
    name: 'events-doc',
    description: 'score the event coder on document-level gold: (type, actor, place) recall and precision, modality, date',
    title: 'Document events',
    defaultGold: defaultEventsGoldPath(),
    schema: eventsGoldLineSchema,
    examples: [
      'marsad eval events-doc                               # eval/gold/events-dev.jsonl over SaudiNewsNet',
      'marsad eval events-doc my-gold.jsonl --corpus news=articles.jsonl --json',
    ],
    evaluate: (file, corpora) => evaluateEventsDoc(file, corpora, buildEventCoder()),
    format: formatEventsDocScore,
  });
}
