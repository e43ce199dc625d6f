import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { defaultEventGoldPath, evaluateEvents, formatEventScore, type EventCoder } from '../../../eval/events/index.js';
import { InputError, type TimeInput } from '../../core/index.js';
import { analyzeText } from '../../text/index.js';
import { loadDefaultLexicon } from '../../lexicon/index.js';
import { loadDefaultActors } from '../../lexicon/actors.js';
import { PerceptronTagger, defaultNerResources, loadNerModel, tagEntities } from '../../extract/ner/index.js';
import { extractTimeExpressions } from '../../extract/dates.js';
import { resolveTime } from '../../resolve/dates.js';
import { codeActors } from '../../resolve/actors.js';
import { codeEvents } from '../../resolve/events.js';
import { printJson } from '../context.js';

interface EvalEventsFlags {
  json?: boolean;
  misses?: boolean;
}

/**
 * The stages the event coder reads, run on one text: the text layer, named entities coded as actors, time
 * expressions resolved against the publication date. (The pipeline's own event stage will replace this.)
 */
export function buildEventCoder(): EventCoder {
  const lexicon = loadDefaultLexicon();
  const tagger = new PerceptronTagger(loadNerModel(), defaultNerResources());
  const dictionary = loadDefaultActors();
  return (text, publishedAt, docId) => {
    const { tokens, sentences } = analyzeText(text, lexicon);
    const actors = codeActors({ text, tokens, entities: tagEntities(tokens, tagger), date: publishedAt }, dictionary);
    const times: TimeInput[] = extractTimeExpressions(tokens, text).map((m) => {
      const resolved = resolveTime(m, publishedAt);
      return resolved.value === null
        ? { start: m.start, end: m.end, surface: m.surface, value: null, precision: null }
        : {
            start: m.start,
            end: m.end,
            surface: m.surface,
            value: resolved.value,
            firstDay: resolved.start,
            precision: resolved.precision === 'reported' ? null : resolved.precision,
          };
    });
    return codeEvents({ docId, text, publishedAt, tokens, sentences, actors, places: [], times });
  };
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
