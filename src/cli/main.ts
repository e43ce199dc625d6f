#!/usr/bin/env node
import { Command } from 'commander';
import { runCli } from './run.js';

const program = new Command();
await runCli(program, process.argv);
