import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/index.js';
import { analyze, defaultContext, eventLine, type AnalyzeResult } from '../../pipeline/index.js';
import { printJson } from '../context.js';

interface AnalyzeFlags {
  text?: string;
  published?: string;
  id: string;
  json?: boolean;
  trace?: boolean;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description("run the pipeline on one text and print every stage's output (nothing is stored)")
    .argument('[file]', 'a UTF-8 text file, or - for stdin (the default)', '-')
    .option('-t, --text <text>', 'analyze this text instead of a file')
    .option('--published <date>', 'publication date (YYYY-MM-DD): relative dates such as أمس resolve against it')
    .option('--id <id>', 'document id that evidence spans point back to', 'input')
    .option('--json', 'print the full result as JSON (stable keys: sentences, tokens, repairs, …; offsets into the input)')
    .option('--trace', 'add the per-stage debug trace (time and item counts) to the output')
    .addHelpText('after', '\nExample: echo "وصل وفد الولاياتالمتحدة إلى بمصراتة أمس" | marsad analyze --json')
    .action(async (file: string, flags: AnalyzeFlags) => {
      const text = flags.text ?? (await readInput(file));
      const published = flags.published ? checkedDate(flags.published) : null;
      const result = analyze({ text, publishedAt: published, documentId: flags.id }, defaultContext());
      if (flags.json) return printJson(flags.trace ? { ...result.analysis, trace: result.trace } : result.analysis);
      process.stdout.write(describe(result, flags.trace ?? false));
    });
}

function checkedDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InputError(`--published "${value}" is not a date`, 'give it as YYYY-MM-DD, e.g. --published 2025-05-05');
  }
  return value;
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
  const { text } = analysis;
  const cut = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  const out: string[] = [];
  out.push(
    `${analysis.sentences.length} sentence(s), ${analysis.tokens.length} token(s), ${analysis.repairs.length} repair(s), ` +
      `${analysis.entities.length} entit(ies), ${analysis.places.length} place(s), ${analysis.dates.length} date(s), ` +
      `${analysis.actors.length} actor(s), ${analysis.events.length} event(s)`,
  );
  for (const sentence of analysis.sentences) {
    out.push(`\n[${sentence.index}] ${cut(sentence)}`);
  }
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`\n${title}:`, ...lines.map((line) => `  ${line}`));
  };
  section('repairs', analysis.repairs.map((r) => `${r.surface} [${r.start}-${r.end}] → ${r.parts.join(' + ')}  (${r.reason})`));
  section('entities', analysis.entities.map((e) => `${e.type.padEnd(5)} ${cut(e)} [${e.start}-${e.end}]`));
  section(
    'places',
    analysis.places.map((p) => `${cut(p)} → ${p.nameEn ?? '?'} ${p.countryCode ?? ''} ${p.lat ?? ''},${p.lon ?? ''} (${p.kind}, ${p.precision ?? 'unresolved'})`),
  );
  section('dates', analysis.dates.map((d) => `${d.surface} → ${d.value ?? 'unresolved'} (${d.precision ?? '-'})`));
  section('actors', analysis.actors.map((a) => `${a.surface} → ${a.nameEn ?? a.nameAr ?? '?'} ${a.country ?? ''} ${a.sector ?? ''}`));
  section('events', analysis.events.map(eventLine));
  if (withTrace) section('trace', trace.map((t) => `${t.stage.padEnd(10)} ${t.ms.toFixed(2)} ms  ${JSON.stringify(t.added)}`));
  return `${out.join('\n')}\n`;
}
