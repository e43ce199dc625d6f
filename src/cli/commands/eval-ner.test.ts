import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseConll } from '../../../eval/ner/index.js';
import { InputError } from '../../core/index.js';
import { defaultNerResources, saveNerModel, trainNer } from '../../extract/ner/index.js';
import { registerEval } from './eval.js';

const GOLD = [
  'قال O\nالرئيس O\nمحمد B-PERS\nعباس I-PERS\nفي O\nرام B-LOC\nالله I-LOC\n. O',
  'وأعلنت O\nالأمم B-ORG\nالمتحدة I-ORG\nفي O\nجنيف B-LOC\n. O',
  'والتقى O\nعباس B-PERS\nوفدا O\nمن O\nالأمم B-ORG\nالمتحدة I-ORG\n. O',
].join('\n\n');

function run(args: string[]): string {
  const output: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => output.push(chunk) > 0) as typeof process.stdout.write;
  try {
    const program = new Command().exitOverride();
    registerEval(program);
    program.parse(['eval', 'ner', ...args], { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return output.join('');
}

describe('marsad eval ner', () => {
  const folder = mkdtempSync(join(tmpdir(), 'marsad-eval-ner-'));
  const gold = join(folder, 'gold.conll');
  writeFileSync(gold, GOLD);
  const model = join(folder, 'model.json.gz');
  saveNerModel(trainNer(parseConll(GOLD, gold), { resources: defaultNerResources(), epochs: 10, data: 'gold.conll' }), model);

  it('scores a whole CoNLL file with a given model, as JSON', () => {
    const result = JSON.parse(run([gold, '--whole', '--model', model, '--json'])) as { score: { micro: { gold: number; f1: number } }; warning: null };
    expect(result.score.micro).toMatchObject({ gold: 6, f1: 1 });
    expect(result.warning).toBeNull();
  });

  it('prints a table, and warns when the model was trained on the slice it scores', () => {
    const table = run([gold, '--model', model, '--dev-slice', '40']);
    expect(table).toMatch(/the last 40% of tokens/);
    expect(table).toMatch(/warning: the model held out only 0%/);
    expect(table).toMatch(/^micro .+100\.00/m);
  });

  it('says where the data is expected when the file is absent', () => {
    expect(() => run([join(folder, 'absent.conll')])).toThrow(InputError);
    expect(() => run([join(folder, 'absent.conll')])).toThrow(/cannot read the NER data .*absent\.conll/);
  });
});
