import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..');
const main = join(repoRoot, 'dist/src/cli/main.js');

/** End-to-end tests run the real `marsad` binary, so the current sources are compiled first (in a beforeAll). */
export function buildCli(): void {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled `marsad` CLI as a user would, with its own database in a temp folder. */
export function marsad(args: string[], options: { db?: string; input?: string | Buffer; cwd?: string } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  delete env.MARSAD_DB;
  const dbArgs = options.db ? ['--db', options.db] : [];
  const run = spawnSync(process.execPath, [main, ...dbArgs, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(prefix = 'marsad-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
