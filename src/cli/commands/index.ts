import type { Command } from 'commander';
import { registerActors } from './actors.js';
import { registerAnalyze } from './analyze.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerExplain } from './explain.js';
import { registerGazetteer } from './gazetteer.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerShow } from './show.js';
import { registerSplit } from './split.js';
import { registerList, registerStats } from './stats.js';
import { registerTrainNer } from './train-ner.js';

/** Each command module adds one subcommand (with its own --help) to the program. Listed in the order `--help` shows them. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerIngest,
  registerSearch,
  registerShow,
  registerList,
  registerStats,
  registerEvents,
  registerExplain,
  registerSplit,
  registerServe,
  registerAnalyze,
  registerActors,
  registerGazetteer,
  registerEval,
  registerTrainNer,
];
