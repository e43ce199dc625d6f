import type { Command } from 'commander';
import { MarsadError } from '../core/index.js';
import { commands } from './commands/index.js';

/** Builds the `marsad` program from the command modules and runs it; errors become a message plus what to do next. */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  program
    .name('marsad')
    .description('Marsad (مرصد): Arabic news → structured, geolocated, dated, source-linked event data')
    .option('--db <path>', 'SQLite database file (env MARSAD_DB)', process.env.MARSAD_DB ?? './marsad.db')
    .showHelpAfterError('(run with --help for usage)');
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof MarsadError) {
    process.stderr.write(`marsad: ${error.message}\n  → ${error.hint}\n`);
    return 2;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`marsad: unexpected error: ${message}\n  → please report it with the command you ran.\n`);
  return 1;
}
