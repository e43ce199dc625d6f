import { basename } from 'node:path';
import type { Command } from 'commander';
import { DEV_PERCENT, defaultAnercorpPath, readConllFile, splitAnercorp } from '../../../eval/ner/index.js';
import { defaultModelPath, defaultNerResources, saveNerModel, trainNer } from '../../extract/ner/index.js';
import { positiveInt } from '../context.js';
import { devSlicePercent } from './ner-options.js';

interface TrainFlags {
  data?: string;
  epochs: number;
  seed: number;
  devSlice: number;
  all?: boolean;
  out?: string;
}

export function registerTrainNer(program: Command): void {
  program
    .command('train-ner')
    .description('train the Arabic named-entity tagger (averaged perceptron) and save the model')
    .option('--data <path>', 'CoNLL training data (token TAG a line)', defaultAnercorpPath())
    .option('--epochs <n>', 'passes over the data', positiveInt, 12)
    .option('--seed <n>', 'seed for shuffling the sentences; the same data and seed give the same model', positiveInt, 1)
    .option('--dev-slice <percent>', 'hold out the last N% of tokens for `marsad eval ner`', devSlicePercent, DEV_PERCENT)
    .option('--all', 'train on all of the data, holding nothing out (the model can then no longer be scored on it)')
    .option('--out <path>', 'where to write the model (.json.gz)', defaultModelPath())
    .addHelpText('after', '\nExample: marsad train-ner --epochs 12   # writes models/ner-ar.json.gz from ../shared ANERcorp')
    .action((flags: TrainFlags) => {
      const path = flags.data ?? defaultAnercorpPath();
      const out = flags.out ?? defaultModelPath();
      const sentences = readConllFile(path);
      const heldOutPercent = flags.all ? 0 : flags.devSlice;
      const train = flags.all ? sentences : splitAnercorp(sentences, heldOutPercent).train;
      const log = (line: string) => process.stderr.write(`${line}\n`);
      log(`training on ${train.length} of ${sentences.length} sentences of ${path}${flags.all ? '' : ` (last ${heldOutPercent}% of tokens held out)`}`);
      const started = performance.now();
      const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
      const model = trainNer(train, {
        resources: defaultNerResources(),
        epochs: flags.epochs,
        seed: flags.seed,
        data: basename(path),
        heldOutPercent,
        trainedAt: new Date().toISOString(),
        onEpoch: ({ epoch, epochs, tokenErrors, tokens }) =>
          log(`epoch ${epoch}/${epochs}: ${tokenErrors} tokens mistagged (${((100 * tokenErrors) / tokens).toFixed(2)}%), ${seconds()} s`),
      });
      const bytes = saveNerModel(model, out);
      log(`wrote ${out}: ${model.features.size} features, ${(bytes / 1024 / 1024).toFixed(2)} MB, trained in ${seconds()} s`);
    });
}
