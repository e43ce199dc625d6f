import type { Command } from 'commander';

/** Each command module adds one subcommand (with its own --help) to the program. Listed in the order `--help` shows them. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
