import type { Command } from 'commander';
import { DEV_PERCENT, defaultAnercorpPath, formatScore, readConllFile, scoreNer, splitAnercorp } from '../../../eval/ner/index.js';
import { PerceptronTagger, defaultNerResources, loadNerModel } from '../../extract/ner/index.js';
import { printJson } from '../context.js';
import { devSlicePercent } from './ner-options.js';
import { registerEvalEvents } from './eval-events.js';
import { registerEvalEventsDoc } from './eval-events-doc.js';
import { registerEvalPlaces } from './eval-places.js';

interface EvalNerFlags {
  devSlice: number;
  whole?: boolean;
  model?: string;
  json?: boolean;
}

/** `marsad eval <what>`: one subcommand per thing Marsad measures against gold data. */
export function registerEval(program: Command): void {
  const evaluate = program.command('eval').description('measure Marsad against gold data and print the scores');
  evaluate
    .command('ner')
    .description('score the named-entity tagger, entity by entity (CoNLL-2003: exact span and type)')
    .argument('[file]', 'CoNLL gold data (token TAG a line)', defaultAnercorpPath())
    .option('--dev-slice <percent>', 'score the last N% of tokens: the slice `marsad train-ner` holds out', devSlicePercent, DEV_PERCENT)
    .option('--whole', 'score every sentence of FILE (a test set the model never saw)')
    .option('--model <path>', 'a model written by `marsad train-ner` (default: the one Marsad ships)')
    .option('--json', 'print the scores as JSON')
    .addHelpText('after', '\nExample: marsad eval ner                       # the ANERcorp dev slice, shipped model')
    .action((file: string, flags: EvalNerFlags) => {
      const sentences = readConllFile(file);
      const gold = flags.whole ? sentences : splitAnercorp(sentences, flags.devSlice).dev;
      const model = loadNerModel(flags.model);
      const tagger = new PerceptronTagger(model, defaultNerResources());
      const predicted = gold.map((sentence) => tagger.tag(sentence.tokens));
      const score = scoreNer(gold, predicted);
      const slice = flags.whole ? 'every sentence' : `the last ${flags.devSlice}% of tokens`;
      const overlap = !flags.whole && model.info.heldOutPercent < flags.devSlice;
      const warning = overlap
        ? `warning: the model held out only ${model.info.heldOutPercent}% of its data, so it has seen part of this slice; the score is optimistic.`
        : null;
      if (flags.json) {
        return printJson({ file, slice, model: model.info, warning, score });
      }
      const trained = `${model.info.data}, ${model.info.heldOutPercent}% held out, ${model.info.shuffles} × ${model.info.epochs} epochs, ${model.info.trainedAt ?? 'date unknown'}`;
      const lines = [
        `NER on ${file}, ${slice}`,
        `model: ${flags.model ?? 'shipped'} (${trained})`,
        ...(warning ? [warning] : []),
        '',
        formatScore(score),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
  registerEvalEvents(evaluate);
  registerEvalPlaces(evaluate);
  registerEvalEventsDoc(evaluate);
}
