/**
 * `npm run eval`: every evaluation whose gold data is present, then the figures table in docs/QUALITY.md rewritten
 * (between the `figures` markers) with the date, the commit and each score. Absent data is skipped with a message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildEventCoder } from '../src/cli/commands/eval-events.js';
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
