/**
 * `npm run eval`: every evaluation whose gold data is present, then the figures table in docs/QUALITY.md rewritten
 * (between the `figures` markers) with the date, the commit and each score. Absent data is skipped with a message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildEventCoder } from '../src/cli/commands/eval-events.js';
import { buildGeoparser } from '../src/cli/commands/eval-places.js';
import { DEFAULT_CORPUS_RELATIVE_PATH, defaultCorpusPath, withDefaultCorpus } from './documents/index.js';
import { defaultEventsGoldPath, evaluateEventsDoc, formatEventsDocScore } from './events-doc/index.js';
import { defaultPlacesGoldPath, evaluatePlaces, formatPlacesScore } from './places/index.js';
import { PerceptronTagger, defaultNerResources, loadNerModel } from '../src/extract/ner/index.js';
import { defaultEventGoldPath, evaluateEvents, formatEventScore } from './events/index.js';
import { DEV_PERCENT, defaultAnercorpPath, formatScore, readConllFile, scoreNer, splitAnercorp } from './ner/index.js';

const root = resolve(import.meta.dirname, '../..');
const qualityPath = join(root, 'docs/QUALITY.md');
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const rows: string[] = [];

const nerPath = defaultAnercorpPath();
if (existsSync(nerPath)) {
  process.stdout.write(`NER: ANERcorp dev slice (last ${DEV_PERCENT}% of tokens) of ${nerPath}…\n`);
  const dev = splitAnercorp(readConllFile(nerPath)).dev;
  const tagger = new PerceptronTagger(loadNerModel(), defaultNerResources());
  const score = scoreNer(dev, dev.map((sentence) => tagger.tag(sentence.tokens)));
  process.stdout.write(`${formatScore(score, 5)}\n\n`);
  rows.push(`| NER, ANERcorp dev slice (${score.tokens} tokens) | micro-F1 | ${pct(score.micro.f1)} | CAMeL Tools ≈ 83 F1; AraBERT fine-tunes 81–89 |`);
  for (const [type, counts] of Object.entries(score.byType)) {
    rows.push(`| NER ${type} | F1 (P / R) | ${pct(counts.f1)} (${pct(counts.precision)} / ${pct(counts.recall)}) | |`);
  }
} else {
  process.stdout.write(`NER skipped: ${nerPath} is absent\n`);
}

const eventsPath = defaultEventGoldPath();
if (existsSync(eventsPath)) {
  process.stdout.write(`Events: PETRARCH Arabic gold ${eventsPath}…\n`);
  const score = evaluateEvents(eventsPath, buildEventCoder());
  process.stdout.write(`${formatEventScore(score)}\n\n`);
  rows.push(`| Events, PETRARCH gold (${score.sentences} sentences) | right type found | ${pct(score.typeFound / score.sentences)} | target ≥ 90 %; GDELT ≈ 81 % event-code accuracy (audit) |`);
  rows.push(`| Events, PETRARCH gold | right actor (of ${score.withActor}) | ${pct(score.actorMatched / score.withActor)} | target ≥ 75 % |`);
  rows.push(`| Events, PETRARCH gold | right target (of ${score.withTarget}) | ${pct(score.targetMatched / score.withTarget)} | |`);
  for (const t of score.types) rows.push(`| Events ${t.type} | F1 (P / R) | ${pct(t.f1)} (${pct(t.precision)} / ${pct(t.recall)}) | |`);
} else {
  process.stdout.write(`Events skipped: ${eventsPath} is absent\n`);
}

// The document-level gold ships with the repository; the articles it references are in ../shared.
if (existsSync(defaultCorpusPath())) {
  const corpora = withDefaultCorpus(new Map());
  process.stdout.write(`Places: ${defaultPlacesGoldPath()}…\n`);
  const places = await evaluatePlaces(defaultPlacesGoldPath(), corpora, buildGeoparser());
  process.stdout.write(`${formatPlacesScore(places)}\n\n`);
  const km = places.meanErrorKm === null ? '–' : `${places.meanErrorKm.toFixed(1)} km`;
  rows.push(`| Places, dev gold (${places.documents} documents, ${places.gold} toponyms) | toponyms found (recall) | ${pct(places.recall)} | target ≥ 95 % |`);
  rows.push(`| Places, dev gold | precision; false places | ${pct(places.precision)}; ${pct(places.falsePlaceRate)} (${places.notPlaceAsPlace} of ${places.notPlaceGold} gold not-places read as places) | target ≤ 3 % false places |`);
  rows.push(`| Places, dev gold (of ${places.found} found) | resolved exactly (GeoNames id, or ≤ 1 km beyond the gold tolerance) | ${pct(places.exact)} | Mordecai3 (English) 79–90 % |`);
  rows.push(`| Places, dev gold | resolved within 25 km (countries: right country) | ${pct(places.within25)} | target ≥ 90 % |`);
  rows.push(`| Places, dev gold | resolved within 161 km; mean error | ${pct(places.within161)}; ${km} | Mordecai3 (English) 83–98 % within 161 km |`);
  rows.push(`| Places, dev gold | right country | ${pct(places.countryAccuracy)} | |`);
  process.stdout.write(`Document events: ${defaultEventsGoldPath()}…\n`);
  const events = await evaluateEventsDoc(defaultEventsGoldPath(), corpora, buildEventCoder());
  process.stdout.write(`${formatEventsDocScore(events)}\n\n`);
  rows.push(`| Events, document gold (${events.documents} documents, ${events.gold} events) | (type, actor, place) F1 (P / R) | ${pct(events.f1)} (${pct(events.precision)} / ${pct(events.recall)}) | |`);
  rows.push(`| Events, document gold | right type found (recall; precision) | ${pct(events.typeRecall)}; ${pct(events.typePrecision)} | GDELT ≈ 81 % event-code accuracy (audit) |`);
  rows.push(`| Events, document gold | type + actor; type + place (of ${events.gold}) | ${pct(events.typeActor / events.gold)}; ${pct(events.typePlace / events.gold)} | |`);
  rows.push(`| Events, document gold | modality; date (of ${events.withDate} dated) | ${pct(events.modalityAccuracy)}; ${pct(events.dateAccuracy)} | |`);
} else {
  process.stdout.write(`Places and document events skipped: the corpus ${DEFAULT_CORPUS_RELATIVE_PATH} is absent\n`);
}

if (rows.length === 0) {
  process.stdout.write('no gold data found: docs/QUALITY.md left as it is (put ../shared beside the repository)\n');
} else {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const table = [
    START,
    `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} by \`npm run eval\`.`,
    '',
    '| evaluation | measure | Marsad | published anchor / target |',
    '|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
  const current = existsSync(qualityPath) ? readFileSync(qualityPath, 'utf8') : '# Quality\n';
  const updated = current.includes(START)
    ? current.replace(new RegExp(`${START}[\\s\\S]*?${END}`), table)
    : current.replace(/^(# .*\n)/, `$1\n${table}\n`);
  writeFileSync(qualityPath, updated);
  process.stdout.write(`figures written to ${qualityPath}\n`);
}
