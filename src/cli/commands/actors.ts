import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError, type Actor } from '../../core/index.js';
import { analyzeText } from '../../text/index.js';
import { lexiconFolder, loadDefaultLexicon, loadLexicon } from '../../lexicon/index.js';
import { defaultActorPaths, loadActorDictionary, loadDefaultActors, type ActorDictionary } from '../../lexicon/actors.js';
import { formatImport, importPetrarch } from '../../lexicon/petrarch-import.js';
import { codeActors } from '../../resolve/actors.js';
import { printJson } from '../context.js';

/** `marsad actors import` and `marsad actors lookup`: bring in a PETRARCH dictionary, and see how a name is coded. */
export function registerActors(program: Command): void {
  const actors = program.command('actors').description('the actor dictionary: import PETRARCH dictionaries, look names up');

  actors
    .command('import')
    .description('convert a PETRARCH-style actor or agent dictionary into an actor list (see docs/ACTORS.md)')
    .argument('<petrarch-file>', 'e.g. actor_dict_ar_v4.txt or agents.all.ar.txt from UniversalPetrarch')
    .requiredOption('--out <file>', 'where to write the actor list')
    .action((file: string, flags: { out: string }) => {
      const content = readInput(file);
      const givenNames = loadLexicon([join(lexiconFolder(), 'given-names.txt')]);
      const result = importPetrarch(content, file, givenNames);
      writeFileSync(flags.out, formatImport(result, file));
      const reasons = new Map<string, number>();
      for (const { reason } of result.skipped) {
        const kind = reason.replace(/"[^"]*"/, '"…"');
        reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
      }
      const lines = [`wrote ${result.entries.length} entries to ${flags.out}`, ...[...reasons].map(([reason, n]) => `  skipped ${n}: ${reason}`)];
      process.stderr.write(`${lines.join('\n')}\nuse it with: marsad actors lookup NAME --list ${flags.out}\n`);
    });

  actors
    .command('lookup')
    .description('show the actors a name stands for, or how actor coding reads it')
    .argument('<name>', 'an Arabic name or phrase, e.g. "قوات الدعم السريع" or "وزير الخارجية التركي"')
    .option('--date <YYYY-MM-DD>', 'the date to code for: codings then valid, office holders then in office')
    .option('--list <file...>', 'actor lists to add after the shipped ones (e.g. a file written by `actors import`)')
    .option('--json', 'print JSON')
    .action((name: string, flags: { date?: string; list?: string[]; json?: boolean }) => {
      if (flags.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(flags.date)) {
        throw new InputError(`"${flags.date}" is not a date`, 'write it as YYYY-MM-DD (or YYYY-MM, YYYY)');
      }
      const dictionary = flags.list?.length ? loadActorDictionary([...defaultActorPaths(), ...flags.list]) : loadDefaultActors();
      const exact = dictionary.byName(name);
      const { tokens } = analyzeText(name, loadDefaultLexicon());
      const coded = codeActors({ text: name, tokens, date: flags.date ?? null }, dictionary);
      if (flags.json) return printJson({ actors: exact, coded });
      const out = [
        ...(exact.length ? ['dictionary:', ...exact.flatMap((a) => describeActor(a, dictionary))] : [`no actor is named exactly "${name}"`]),
        '',
        coded.length ? 'coded as:' : 'actor coding finds nothing in it',
        ...coded.map((m) => `  ${m.surface} → ${[m.actorId ?? '(no dictionary actor)', m.nameEn, m.country ?? '-', m.sector, m.role, m.basis, m.confidence.toFixed(2)].filter((x) => x !== null).join(' | ')}`),
      ];
      process.stdout.write(`${out.join('\n')}\n`);
    });
}

function describeActor(actor: Actor, dictionary: ActorDictionary): string[] {
  const codings = actor.codings.map((c) => {
    const office = dictionary.officeOf(c);
    const role = c.role ? ` ${c.role}${office ? ` of ${office.nameEn}` : ''}` : '';
    const when = c.from || c.to ? ` ${c.from ?? '…'}..${c.to ?? '…'}` : '';
    return `    ${c.country ?? '-'} ${c.sector}${role}${when}`;
  });
  return [`  ${actor.id}  ${actor.nameEn} / ${actor.nameAr}  (${actor.kind}${actor.wikidata ? `, ${actor.wikidata}` : ''}; ${actor.source}:${actor.line})`, ...codings];
}


function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}`, 'check the path of the PETRARCH dictionary', { cause: error });
  }
}
