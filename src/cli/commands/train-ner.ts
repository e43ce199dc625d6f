import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { DEV_PERCENT, defaultAnercorpPath, readConllFile, splitAnercorp } from '../../../eval/ner/index.js';
import { InputError, packageRoot } from '../../core/index.js';
import {
  buildWordClusters,
  defaultModelPath,
  defaultNerResources,
  fitTemperature,
  loadNerModel,
  saveNerModel,
  trainNer,
  type TrainOptions,
  type WordClusters,
} from '../../extract/ner/index.js';
import { tokenize } from '../../text/index.js';
import { positiveInt } from '../context.js';
import { devSlicePercent } from './ner-options.js';

interface TrainFlags {
  data: string;
  epochs: number;
  shuffles: number;
  seed: number;
  devSlice: number;
  all?: boolean;
  news: string;
  clusters: boolean;
  clustersFrom?: string;
  out: string;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Share of the training part's tokens used to calibrate the confidences. */
const CALIBRATION_PERCENT = 10;

export function registerTrainNer(program: Command): void {
  program
    .command('train-ner')
    .description('train the Arabic named-entity tagger (averaged perceptron over word, list and cluster features) and save it')
    .option('--data <path>', 'CoNLL training data (token TAG a line)', defaultAnercorpPath())
    .option('--epochs <n>', 'passes over the data', positiveInt, 15)
    .option('--shuffles <n>', 'average this many perceptrons trained on differently shuffled data (steadier)', positiveInt, 4)
    .option('--seed <n>', 'seed for shuffling sentences and clustering words: same data and seed, same model', positiveInt, 1)
    .option('--dev-slice <percent>', 'hold out the last N% of tokens for `marsad eval ner`', devSlicePercent, DEV_PERCENT)
    .option('--all', 'train on all of the data, holding nothing out (the model can then no longer be scored on it)')
    .option('--news <path>', 'unlabelled news (JSON lines with a `text` field, .gz or not) to learn word clusters from', defaultNewsPath())
    .option('--clusters-from <model>', 'reuse the word clusters of this model instead of learning them (much faster)')
    .option('--no-clusters', 'train without word clusters')
    .option('--out <path>', 'where to write the model (.json.gz)', defaultModelPath())
    .addHelpText('after', '\nExample: marsad train-ner --clusters-from models/ner-ar.json.gz   # same clusters, retrain in about 30 s')
    .action((flags: TrainFlags) => {
      const started = performance.now();
      const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
      const sentences = readConllFile(flags.data);
      const heldOutPercent = flags.all ? 0 : flags.devSlice;
      const train = flags.all ? sentences : splitAnercorp(sentences, heldOutPercent).train;
      const clusters = wordClusters(flags, seconds);
      const options: TrainOptions = {
        resources: defaultNerResources(),
        clusters,
        epochs: flags.epochs,
        shuffles: flags.shuffles,
        seed: flags.seed,
        data: basename(flags.data),
        heldOutPercent,
        trainedAt: new Date().toISOString(),
        onEpoch: ({ run, runs, epoch, epochs, tokenErrors, tokens }) =>
          log(`  run ${run}/${runs}, epoch ${epoch}/${epochs}: ${tokenErrors} tokens mistagged (${((100 * tokenErrors) / tokens).toFixed(2)}%), ${seconds()} s`),
      };
      // Confidences are calibrated on the tail of the training part, with a model that did not see it.
      const { train: fit, dev: check } = splitAnercorp(train, CALIBRATION_PERCENT);
      log(`calibrating confidences: training on ${fit.length} sentences, checking on the next ${check.length}`);
      const temperature = fitTemperature(trainNer(fit, options), check, options.resources);
      log(`temperature ${temperature}; training on all ${train.length} of ${sentences.length} sentences of ${flags.data}${flags.all ? '' : ` (last ${heldOutPercent}% of tokens held out)`}`);
      const model = { ...trainNer(train, options), temperature };
      const bytes = saveNerModel(model, flags.out);
      log(`wrote ${flags.out}: ${model.features.size} features, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${seconds()} s in all`);
    });
}

function defaultNewsPath(): string {
  return join(packageRoot(), '../shared/data/news/saudinewsnet-2015.jsonl.gz');
}

function wordClusters(flags: TrainFlags, seconds: () => string): WordClusters | null {
  if (!flags.clusters) return null;
  if (flags.clustersFrom) {
    const clusters = loadNerModel(flags.clustersFrom).clusters;
    if (!clusters) throw new InputError(`${flags.clustersFrom} holds no word clusters`, 'learn them from news with --news FILE, or pass --no-clusters');
    return clusters;
  }
  if (!existsSync(flags.news)) {
    throw new InputError(
      `no news corpus at ${flags.news} to learn word clusters from`,
      'pass --news FILE (JSON lines with a `text` field), --clusters-from MODEL to reuse a model’s clusters, or --no-clusters',
    );
  }
  log(`reading ${flags.news}…`);
  const documents = readNews(flags.news);
  log(`${documents.length} documents read and tokenized, ${seconds()} s; clustering words…`);
  return buildWordClusters(documents, { seed: flags.seed, onProgress: (step) => log(`  ${step}, ${seconds()} s`) });
}

/** Each document as its normalized tokens; equal words share one string, which keeps ten million tokens in memory. */
function readNews(path: string): string[][] {
  const bytes = readFileSync(path);
  const content = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const shared = new Map<string, string>();
  const documents: string[][] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch (cause) {
      throw new InputError(`${path}:${index + 1}: not a JSON object`, 'the news file must hold one JSON object a line, with a `text` field', { cause });
    }
    if (typeof text !== 'string') return;
    documents.push(
      tokenize(text).map((token) => {
        const known = shared.get(token.norm);
        if (known !== undefined) return known;
        shared.set(token.norm, token.norm);
        return token.norm;
      }),
    );
  });
  return documents;
}
