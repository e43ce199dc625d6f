import { Option, type Command } from 'commander';
import { EVENT_TYPES, InputError, MODALITIES } from '../../core/index.js';
import { EXPORT_FORMATS, formatEvents, type ExportFormat } from '../../pipeline/index.js';
import { positiveInt, withStore } from '../context.js';

interface EventsFlags {
  format: ExportFormat;
  type?: string;
  modality?: string;
  country?: string;
  from?: string;
  to?: string;
  doc?: string;
  minConfidence?: number;
  limit: number;
  offset?: number;
  view: 'mentions' | 'canonical';
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('export the coded events: PLOVER JSON Lines, CSV or GeoJSON')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .option('--type <types>', `event types, comma-separated (${EVENT_TYPES.join(', ')})`)
    .option('--modality <modalities>', `modalities, comma-separated (${MODALITIES.join(', ')})`)
    .option('--country <code>', 'ISO 3166-1 alpha-2 codes of the event place, e.g. LY or LY,SD')
    .option('--from <date>', 'events dated on or after (YYYY-MM-DD)')
    .option('--to <date>', 'events dated on or before (YYYY-MM-DD)')
    .option('--doc <id>', 'events of one document')
    .option('--min-confidence <x>', 'only events at least this confident (0–1)', parseFloat)
    .option('-n, --limit <n>', 'how many events at most', positiveInt, 10_000)
    .option('--offset <n>', 'skip this many events (paging)', positiveInt)
    .addOption(
      new Option('--view <view>', 'canonical: one merged record per event, with its sources and reports; mentions: one per report')
        .choices(['canonical', 'mentions'])
        .default('mentions'),
    )
    .addHelpText('after', '\nExample: marsad events --type ASSAULT --country SD --format geojson > sudan.geojson')
    .action(async (flags: EventsFlags, command: Command) => {
      const types = listOf(flags.type, EVENT_TYPES, '--type');
      const modalities = listOf(flags.modality, MODALITIES, '--modality');
      const events = await withStore(
        command,
        (store) =>
          store.listEvents({
            limit: flags.limit,
            offset: flags.offset,
            types,
            modalities,
            countries: flags.country?.toUpperCase().split(','),
            from: flags.from,
            to: flags.to,
            documentId: flags.doc,
            minConfidence: flags.minConfidence,
            view: flags.view,
          }),
        { readonly: true },
      );
      process.stdout.write(formatEvents(events, flags.format));
    });
}

/** A comma-separated flag value checked against the allowed words (case-insensitive), so a typo fails loudly. */
function listOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T[] | undefined {
  if (value === undefined) return undefined;
  const byLowerCase = new Map(allowed.map((word) => [word.toLowerCase(), word]));
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  const wrong = items.filter((item) => !byLowerCase.has(item.toLowerCase()));
  if (wrong.length > 0) throw new InputError(`${flag} does not know ${wrong.join(', ')}`, `use any of: ${allowed.join(', ')}`);
  return items.map((item) => byLowerCase.get(item.toLowerCase()) as T);
}
