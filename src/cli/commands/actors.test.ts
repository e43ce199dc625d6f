import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerActors } from './actors.js';

async function run(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const program = new Command().exitOverride();
  registerActors(program);
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  await program.parseAsync(args, { from: 'user' });
  return { stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('marsad actors', () => {
  it('lookup prints the dictionary actor and how coding reads the name', async () => {
    const { stdout } = await run(['actors', 'lookup', 'قوات الدعم السريع', '--date', '2020-01-01']);
    expect(stdout).toContain('sd/rapid-support-forces  Rapid Support Forces / قوات الدعم السريع');
    expect(stdout).toContain('SD PRM 2013-08..2023-04-15');
    expect(stdout).toMatch(/قوات الدعم السريع → sd\/rapid-support-forces \| Rapid Support Forces \| SD \| PRM \| dictionary/);
  });

  it('lookup --json codes a title with the office holder of the date', async () => {
    const { stdout } = await run(['actors', 'lookup', 'خادم الحرمين الشريفين', '--date', '2016-03-01', '--json']);
    const { coded } = JSON.parse(stdout) as { coded: { actorId: string; role: string }[] };
    expect(coded).toMatchObject([{ actorId: 'sa/king-salman', role: 'king' }]);
  });

  it('import writes a list that lookup --list then uses', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'marsad-actors-cli-'));
    const source = join(folder, 'dict.txt');
    const out = join(folder, 'actors.txt');
    writeFileSync(source, 'كتيبة_شهيد_أحمد_  [SYRREB]\nدمشق  [SYR]\n');
    const { stderr } = await run(['actors', 'import', source, '--out', out]);
    expect(stderr).toContain(`wrote 1 entries to ${out}`);
    expect(stderr).toContain('skipped 1: a place or nationality, not an actor');
    expect(readFileSync(out, 'utf8')).toContain('كتيبة شهيد أحمد | كتيبة الشهيد الأحمد = كتيبة_شهيد_أحمد_ ; org ; SY REB');
    const { stdout } = await run(['actors', 'lookup', 'كتيبة الشهيد الأحمد', '--list', out]);
    expect(stdout).toMatch(/SY REB/);
  });

  it('rejects a malformed date with what to write instead', async () => {
    await expect(run(['actors', 'lookup', 'حماس', '--date', 'yesterday'])).rejects.toThrow(/not a date/);
  });
});
