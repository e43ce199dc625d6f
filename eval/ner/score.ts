import { ENTITY_TYPES, chunks, type Chunk, type EntityType, type TaggedSentence } from '../../src/extract/ner/index.js';

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export type ConfusionKind = 'type' | 'boundary' | 'missed' | 'spurious';

/**
 * One way the system went wrong, counted over the data, with a few examples.
 * type: same tokens, wrong type; boundary: overlapping but not the same tokens; missed: no prediction touches
 * the gold entity; spurious: the prediction touches no gold entity.
 */
export interface Confusion {
  kind: ConfusionKind;
  gold: EntityType | null;
  predicted: EntityType | null;
  count: number;
  /** "gold text → predicted text" for the first few cases. */
  examples: string[];
}

export interface NerScore {
  sentences: number;
  tokens: number;
  tokenAccuracy: number;
  byType: Record<EntityType, Counts>;
  /** Pooled over all entities: the CoNLL-2003 headline figure. */
  micro: Counts;
  /** The unweighted mean over the types that occur (in gold or prediction), so rare types weigh as much as frequent ones. */
  macro: { precision: number; recall: number; f1: number };
  /** Most frequent first. */
  confusions: Confusion[];
}

const EXAMPLES = 3;

function counts(gold: number, predicted: number, correct: number): Counts {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}

function overlaps(a: Chunk, b: Chunk): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Entity-level scores in the CoNLL-2003 convention: an entity counts as found only when the prediction has exactly
 * its tokens and its type. `predicted[i]` holds the system's tags for `gold[i].tokens`.
 */
export function scoreNer(gold: readonly TaggedSentence[], predicted: readonly (readonly string[])[]): NerScore {
  if (predicted.length !== gold.length) throw new RangeError(`${gold.length} gold sentences but ${predicted.length} predicted`);
  const tally = Object.fromEntries(ENTITY_TYPES.map((type) => [type, { gold: 0, predicted: 0, correct: 0 }])) as Record<
    EntityType,
    { gold: number; predicted: number; correct: number }
  >;
  const confusions = new Map<string, Confusion>();
  const confuse = (kind: ConfusionKind, g: Chunk | null, p: Chunk | null, tokens: readonly string[]) => {
    const key = `${kind} ${g?.type} ${p?.type}`;
    const entry = confusions.get(key) ?? { kind, gold: g?.type ?? null, predicted: p?.type ?? null, count: 0, examples: [] };
    entry.count++;
    const text = (c: Chunk | null) => (c === null ? '∅' : tokens.slice(c.start, c.end).join(' '));
    if (entry.examples.length < EXAMPLES) entry.examples.push(`${text(g)} → ${text(p)}`);
    confusions.set(key, entry);
  };
  let tokens = 0;
  let tokensRight = 0;

  gold.forEach((sentence, s) => {
    const system = predicted[s] ?? [];
    if (system.length !== sentence.tags.length) {
      throw new RangeError(`sentence ${s + 1}: ${sentence.tags.length} gold tags but ${system.length} predicted`);
    }
    tokens += system.length;
    system.forEach((tag, i) => (tokensRight += tag === sentence.tags[i] ? 1 : 0));
    const wanted = chunks(sentence.tags);
    const found = chunks(system);
    for (const g of wanted) tally[g.type].gold++;
    for (const p of found) tally[p.type].predicted++;
    for (const g of wanted) {
      const touching = found.filter((p) => overlaps(g, p));
      const same = touching.find((p) => p.start === g.start && p.end === g.end);
      if (same?.type === g.type) tally[g.type].correct++;
      else if (same !== undefined) confuse('type', g, same, sentence.tokens);
      else if (touching.length === 0) confuse('missed', g, null, sentence.tokens);
      else for (const p of touching) confuse('boundary', g, p, sentence.tokens);
    }
    for (const p of found) if (!wanted.some((g) => overlaps(g, p))) confuse('spurious', null, p, sentence.tokens);
  });

  const byType = Object.fromEntries(
    ENTITY_TYPES.map((type) => [type, counts(tally[type].gold, tally[type].predicted, tally[type].correct)]),
  ) as Record<EntityType, Counts>;
  const sum = (field: 'gold' | 'predicted' | 'correct') => ENTITY_TYPES.reduce((total, type) => total + tally[type][field], 0);
  const present = ENTITY_TYPES.filter((type) => byType[type].gold + byType[type].predicted > 0);
  const mean = (field: 'precision' | 'recall' | 'f1') =>
    present.length === 0 ? 0 : present.reduce((total, type) => total + byType[type][field], 0) / present.length;
  return {
    sentences: gold.length,
    tokens,
    tokenAccuracy: tokens === 0 ? 0 : tokensRight / tokens,
    byType,
    micro: counts(sum('gold'), sum('predicted'), sum('correct')),
    macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count),
  };
}
