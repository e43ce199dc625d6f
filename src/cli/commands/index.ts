import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerList, registerStats } from './stats.js';

/** Each command module adds one subcommand (with its own --help) to the program. Listed in the order `--help` shows them. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerIngest, registerSearch, registerShow, registerList, registerStats, registerAnalyze];
