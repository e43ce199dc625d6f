import type { Command } from 'commander';
import { InputError } from '../../core/index.js';
import { buildGazetteer, defaultGazetteerPath, loadGazetteer, lookupName, type Gazetteer, type NameMatch } from '../../lexicon/gazetteer/index.js';
import { printJson } from '../context.js';

interface LookupFlags {
  index?: string;
  json?: boolean;
}

export function registerGazetteer(program: Command): void {
  const gazetteer = program.command('gazetteer').description('build the place gazetteer index, or look a name up in it');

  gazetteer
    .command('build')
    .description('compile GeoNames cities500, the ISO country names and data/gazetteer into one index file')
    .option('--out <path>', 'where to write the index', defaultGazetteerPath())
    .action((flags: { out: string }) => {
      const report = buildGazetteer(flags.out);
      const mb = (report.bytes / 1024 / 1024).toFixed(1);
      process.stdout.write(
        `${report.path}: ${report.places} places, ${report.names} names, ${mb} MB, built in ${report.seconds.toFixed(1)} s\n` +
          Object.entries(report.counts)
            .filter(([k]) => k.includes(':'))
            .map(([k, v]) => `  ${k.padEnd(16)} ${v}\n`)
            .join(''),
      );
    });

  gazetteer
    .command('lookup')
    .description('every place a name can mean (Arabic or English; clitics are read: بمصراتة finds مصراتة)')
    .argument('<name...>', 'the name, as written')
    .option('--index <path>', 'read this index instead of the default one')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  marsad gazetteer lookup طرابلس\n  marsad gazetteer lookup "قاعدة الجفرة"\n  marsad gazetteer lookup Misrata')
    .action((words: string[], flags: LookupFlags) => {
      const g = loadGazetteer(flags.index);
      const matches = lookupName(words.join(' '), g);
      if (flags.json) return printJson(matches);
      if (matches.length === 0) {
        throw new InputError(`no place is named "${words.join(' ')}"`, 'check the spelling, or try the name without clitics or with the article');
      }
      process.stdout.write(matches.map((m) => describe(m, g)).join('\n'));
    });
}

function describe(m: NameMatch, g: Gazetteer): string {
  const lines = [`${m.key}${m.ordinary ? '  (also an ordinary word: read as a place only after a cue such as مدينة)' : ''}`];
  for (const { place: p, kind } of m.refs) {
    const region = p.admin1 ? g.region(p.admin1) : undefined;
    const admin1 = p.admin1 ? ` ${p.admin1}${region ? ` ${region.nameAr ?? region.nameEn}` : ''}` : '';
    lines.push(
      `  ${kind.padEnd(9)} ${p.id.padEnd(14)} ${p.nameEn} | ${p.nameAr ?? '-'} | ${p.countryCode ?? '--'}${admin1} | ` +
        `${p.featureClass}.${p.featureCode} | ${p.lat},${p.lon}${p.near ? ' (near)' : ''} | pop ${p.population} | ${p.layer}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
