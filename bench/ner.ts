/**
 * NER speed: news articles through the shipped tagger, timed apart from the text layer that tokenizes them.
 * The first pass starts with an empty word cache (every new word's features are computed once), the second
 * runs warm, as a long ingest does after its first few thousand articles.
 * Usage: node dist/bench/ner.js [--corpus FILE.jsonl.gz] [--limit N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { PerceptronTagger, defaultNerResources, loadNerModel, packageRoot, tagEntities } from '../src/extract/ner/index.js';
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

const seconds = (started: number) => (performance.now() - started) / 1000;

let started = performance.now();
const model = loadNerModel();
const resources = defaultNerResources();
process.stdout.write(`model and word lists loaded in ${seconds(started).toFixed(2)} s (${model.features.size} features)\n`);

const lexicon = loadDefaultLexicon();
started = performance.now();
const documents: Token[][] = texts.map((text) => analyzeText(text, lexicon).tokens);
const textSeconds = seconds(started);
const tokens = documents.reduce((sum, doc) => sum + doc.length, 0);
const line = (name: string, s: number) =>
  `${name.padEnd(38)} ${(documents.length / s).toFixed(0).padStart(7)} docs/s ${(tokens / s).toFixed(0).padStart(9)} tokens/s\n`;
process.stdout.write(`${documents.length} articles, ${tokens} tokens (${(tokens / documents.length).toFixed(0)} a document)\n`);
process.stdout.write(line('text layer (analyzeText), for scale', textSeconds));

const tagger = new PerceptronTagger(model, resources);
let mentions = 0;
for (const pass of ['cold', 'warm']) {
  started = performance.now();
  mentions = 0;
  for (const doc of documents) mentions += tagEntities(doc, tagger).length;
  process.stdout.write(line(`tagEntities, ${pass} word cache`, seconds(started)));
}
started = performance.now();
for (const doc of documents) tagger.tag(doc.map((token) => token.surface));
process.stdout.write(line('tag (best tags only, no confidences)', seconds(started)));
process.stdout.write(`${mentions} entities (${(mentions / documents.length).toFixed(1)} a document)\n`);
