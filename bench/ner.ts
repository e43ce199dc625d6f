/**
 * NER speed: news articles through the shipped tagger, timed apart from the text layer that tokenizes them.
 * The first pass starts with an empty word cache (every new word's features are computed once), the second
 * runs warm, as a long ingest does after its first few thousand articles. Rates are given per second of wall
 * time and per second of CPU time: on a shared machine the second is the one to compare.
 * Usage: node dist/bench/ner.js [--corpus FILE.jsonl.gz] [--limit N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../src/core/index.js';
import { PerceptronTagger, defaultNerResources, loadNerModel, tagEntities } from '../src/extract/ner/index.js';
import { loadDefaultLexicon } from '../src/lexicon/index.js';
import { analyzeText, type Token } from '../src/text/index.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(packageRoot(), '../shared/data/news/saudinewsnet-2015.jsonl.gz') },
    limit: { type: 'string', default: '5000' },
  },
});
const corpus = values.corpus ?? '';
if (!existsSync(corpus)) {
  process.stdout.write(`bench skipped: ${corpus} is absent (put ../shared beside the repository, or pass --corpus FILE)\n`);
  process.exit(0);
}
const limit = Number(values.limit);
const texts = gunzipSync(readFileSync(corpus))
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, limit)
  .map((line) => (JSON.parse(line) as { text?: string }).text ?? '');

/** Wall and CPU seconds since a start taken with `clock()`. */
const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
const since = (start: ReturnType<typeof clock>) => {
  const cpu = process.cpuUsage(start.cpu);
  return { wall: (performance.now() - start.wall) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
};

let started = clock();
const model = loadNerModel();
const resources = defaultNerResources();
const loading = since(started);
process.stdout.write(`model and word lists loaded in ${loading.wall.toFixed(2)} s (${loading.cpu.toFixed(2)} s CPU), ${model.features.size} features\n`);

const lexicon = loadDefaultLexicon();
started = clock();
const documents: Token[][] = texts.map((text) => analyzeText(text, lexicon).tokens);
const textSeconds = since(started);
const tokens = documents.reduce((sum, doc) => sum + doc.length, 0);
const rate = (count: number, s: number) => (count / s).toFixed(0).padStart(8);
const line = (name: string, s: { wall: number; cpu: number }) =>
  `${name.padEnd(38)} ${rate(documents.length, s.wall)} docs/s ${rate(tokens, s.wall)} tokens/s | per CPU second: ${rate(documents.length, s.cpu)} docs ${rate(tokens, s.cpu)} tokens\n`;
process.stdout.write(`${documents.length} articles, ${tokens} tokens (${(tokens / documents.length).toFixed(0)} a document)\n`);
process.stdout.write(line('text layer (analyzeText), for scale', textSeconds));

const tagger = new PerceptronTagger(model, resources);
/** The fastest of a few runs: on a shared machine the slower ones measure the neighbours. */
function best(runs: number, run: () => void): { wall: number; cpu: number } {
  let fastest = { wall: Infinity, cpu: Infinity };
  for (let r = 0; r < runs; r++) {
    const start = clock();
    run();
    const took = since(start);
    if (took.cpu < fastest.cpu) fastest = took;
  }
  return fastest;
}
let mentions = 0;
const tagAll = () => {
  mentions = 0;
  for (const doc of documents) mentions += tagEntities(doc, tagger).length;
};
process.stdout.write(line('tagEntities, cold word cache', best(1, tagAll)));
process.stdout.write(line('tagEntities, warm (best of 3)', best(3, tagAll)));
const bySentence = documents.flatMap((doc) => {
  const sentences = new Map<number, string[]>();
  for (const token of doc) sentences.set(token.sentence, [...(sentences.get(token.sentence) ?? []), token.surface]);
  return [...sentences.values()];
});
process.stdout.write(line('tag, no confidences, warm (best of 3)', best(3, () => bySentence.forEach((sentence) => tagger.tag(sentence)))));
process.stdout.write(`${mentions} entities (${(mentions / documents.length).toFixed(1)} a document)\n`);
