import { analyzeText, type Repair, type SentenceSpan, type Token } from '../text/index.js';
import type { PipelineContext } from './context.js';

/**
 * Everything the pipeline finds in one text. Each stage adds its layers under stable keys; spans are offsets into `text`
 * exactly as given. Later stages (entities, places, dates, events) add their keys here.
 */
export interface Analysis {
  text: string;
  sentences: SentenceSpan[];
  tokens: Token[];
  repairs: Repair[];
}

type Layers = Omit<Analysis, 'text'>;

interface Stage {
  name: string;
  /** Reads what earlier stages produced and returns only the layers it adds; it never edits earlier layers. */
  run(analysis: Readonly<Partial<Analysis>> & { text: string }, context: PipelineContext): Partial<Layers>;
}

// The stages, in the order data flows through them.
const stages: readonly Stage[] = [
  // Arabic text layer: sentences, tokens with offsets, glued-word repairs.
  { name: 'text', run: ({ text }, context) => analyzeText(text, context.lexicon) },
];

export interface StageTrace {
  stage: string;
  ms: number;
  /** How many items each layer the stage produced holds. */
  added: Record<string, number>;
}

export interface AnalyzeResult {
  analysis: Analysis;
  trace: StageTrace[];
}

export function analyze(text: string, context: PipelineContext): AnalyzeResult {
  let analysis: Partial<Analysis> & { text: string } = { text };
  const trace: StageTrace[] = [];
  for (const stage of stages) {
    const started = performance.now();
    const layers = stage.run(analysis, context);
    const ms = performance.now() - started;
    analysis = { ...analysis, ...layers };
    trace.push({ stage: stage.name, ms, added: countItems(layers) });
  }
  return { analysis: analysis as Analysis, trace };
}

function countItems(layers: Partial<Layers>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(layers)) counts[key] = Array.isArray(value) ? value.length : 1;
  return counts;
}
