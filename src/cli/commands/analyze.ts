import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/index.js';
import { analyze, defaultContext, type AnalyzeResult } from '../../pipeline/index.js';
import { printJson } from '../context.js';

interface AnalyzeFlags {
  text?: string;
  json?: boolean;
  trace?: boolean;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description("run the pipeline on one text and print every stage's output (nothing is stored)")
    .argument('[file]', 'a UTF-8 text file, or - for stdin (the default)', '-')
    .option('-t, --text <text>', 'analyze this text instead of a file')
    .option('--json', 'print the full result as JSON (stable keys: sentences, tokens, repairs, …; offsets into the input)')
    .option('--trace', 'add the per-stage debug trace (time and item counts) to the output')
    .addHelpText('after', '\nExample: echo "وصل وفد الولاياتالمتحدة إلى بمصراتة أمس" | marsad analyze --json')
    .action(async (file: string, flags: AnalyzeFlags) => {
      const text = flags.text ?? (await readInput(file));
      const result = analyze(text, defaultContext());
      if (flags.json) return printJson(flags.trace ? { ...result.analysis, trace: result.trace } : result.analysis);
      process.stdout.write(describe(result, flags.trace ?? false));
    });
}

async function readInput(file: string): Promise<string> {
  const bytes = file === '-' ? await readStdin() : readFileOrFail(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(`${file === '-' ? 'stdin' : file} is not valid UTF-8 text`, 'convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)', { cause });
  }
}

function readFileOrFail(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new InputError(`cannot read ${file}`, 'check the path, or pass the text with --text or on stdin', { cause });
  }
}

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) {
    throw new InputError('no text given', 'pass a file, pipe text on stdin, or use --text "…"');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describe({ analysis, trace }: AnalyzeResult, withTrace: boolean): string {
  const out: string[] = [];
  out.push(`${analysis.sentences.length} sentence(s), ${analysis.tokens.length} token(s), ${analysis.repairs.length} repair(s)`);
  for (const sentence of analysis.sentences) {
    out.push(`\n[${sentence.index}] ${analysis.text.slice(sentence.start, sentence.end)}`);
    const words = analysis.tokens.filter((t) => t.sentence === sentence.index).map((t) => `${t.surface}@${t.start}`);
    out.push(`    tokens: ${words.join(' · ')}`);
  }
  if (analysis.repairs.length > 0) {
    out.push('\nrepairs:');
    for (const r of analysis.repairs) out.push(`  ${r.surface} [${r.start}-${r.end}] → ${r.parts.join(' + ')}  (${r.reason})`);
  }
  if (withTrace) {
    out.push('\ntrace:');
    for (const t of trace) out.push(`  ${t.stage.padEnd(10)} ${t.ms.toFixed(2)} ms  ${JSON.stringify(t.added)}`);
  }
  return `${out.join('\n')}\n`;
}
