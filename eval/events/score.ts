import type { EventEntity, EventRecord } from '../../src/core/index.js';
import { stemVariants, tokenize, type WordLookup } from '../../src/text/index.js';
import type { GoldEventSentence } from './gold.js';

/** Codes one text: what `marsad eval events` measures. */
export type EventCoder = (text: string, publishedAt: string | null, docId: string) => EventRecord[];

export interface TypeScore {
  type: string;
  gold: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SentenceResult {
  id: string;
  type: string;
  typeFound: boolean;
  /** Some event of the other gold type (PROTEST for an ASSAULT sentence…) was reported too. */
  otherType: boolean;
  /** null when the gold has no source (or target) text. */
  actorMatched: boolean | null;
  targetMatched: boolean | null;
  predicted: string[];
}

export interface EventScore {
  sentences: number;
  /** Sentences with an event of the gold type. */
  typeFound: number;
  /** Sentences with a gold source text, and those whose gold-type event has an actor overlapping it. */
  withActor: number;
  actorMatched: number;
  withTarget: number;
  targetMatched: number;
  /** Sentences where an event of another gold type was reported. */
  otherType: number;
  types: TypeScore[];
  results: SentenceResult[];
}

const NO_WORDS: WordLookup = { has: () => false };
/** Particles that make two phrases overlap without naming the same actor. */
const STOP = new Set(['من', 'في', 'علي', 'الي', 'عن', 'و', 'ان', 'مع']);

/** A word without its case ending of the sound plural or dual: المتظاهرون and المتظاهرين are one word. */
function caseless(s: string): string {
  return s.length > 4 ? s.replace(/(ون|ين|ان)$/, '') : s;
}

/** The stems of a phrase's words (clitics, article and case ending cut), for token-overlap matching. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    for (const s of stemVariants(token.norm, NO_WORDS)) {
      if (s.length > 1 && !STOP.has(s)) out.add(caseless(s.startsWith('ال') && s.length > 3 ? s.slice(2) : s));
    }
  }
  return out;
}

/** True when a text shares a word (by stem) with the gold text. */
export function sharesWord(text: string, gold: string): boolean {
  const want = stems(gold);
  return [...stems(text)].some((s) => want.has(s));
}

/** True when an entity's text shares a word (by stem) with the gold text. */
export function overlaps(entities: readonly EventEntity[], gold: string): boolean {
  return entities.some((e) => sharesWord(e.entity_text, gold));
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Scores predicted events sentence by sentence against the gold. `predicted[i]` are the events of `gold[i]`. */
export function scoreEvents(gold: readonly GoldEventSentence[], predicted: readonly (readonly EventRecord[])[]): EventScore {
  const goldTypes = [...new Set(gold.map((g) => g.type))].sort();
  const results = gold.map((g, i): SentenceResult => {
    const events = predicted[i] ?? [];
    const ofType = events.filter((e) => e.event_type === g.type);
    const actors = ofType.flatMap((e) => e.actor);
    const recipients = ofType.flatMap((e) => e.recipient);
    return {
      id: g.id,
      type: g.type,
      typeFound: ofType.length > 0,
      otherType: events.some((e) => e.event_type !== g.type && goldTypes.includes(e.event_type)),
      actorMatched: g.sourceText.trim() ? overlaps(actors, g.sourceText) : null,
      targetMatched: g.targetText.trim() ? overlaps(recipients, g.targetText) : null,
      predicted: events.map((e) => `${e.event_type}${e.mode ? '/' + e.mode : ''}:${e.modality}«${e.event_text}»`),
    };
  });
  const types = goldTypes.map((type): TypeScore => {
    const tp = results.filter((r) => r.type === type && r.typeFound).length;
    const fn = results.filter((r) => r.type === type && !r.typeFound).length;
    const fp = results.filter((r, i) => r.type !== type && (predicted[i] ?? []).some((e) => e.event_type === type)).length;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { type, gold: tp + fn, tp, fp, fn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  });
  return {
    sentences: gold.length,
    typeFound: results.filter((r) => r.typeFound).length,
    withActor: results.filter((r) => r.actorMatched !== null).length,
    actorMatched: results.filter((r) => r.actorMatched === true).length,
    withTarget: results.filter((r) => r.targetMatched !== null).length,
    targetMatched: results.filter((r) => r.targetMatched === true).length,
    otherType: results.filter((r) => r.otherType).length,
    types,
    results,
  };
}

function pct(a: number, b: number): string {
  return `${(100 * ratio(a, b)).toFixed(1)}%`;
}

export function formatEventScore(score: EventScore): string {
  const lines = [
    `sentences                 ${score.sentences}`,
    `right type found          ${score.typeFound} (${pct(score.typeFound, score.sentences)})`,
    `right actor (of ${score.withActor} with a gold source)   ${score.actorMatched} (${pct(score.actorMatched, score.withActor)})`,
    `right target (of ${score.withTarget} with a gold target) ${score.targetMatched} (${pct(score.targetMatched, score.withTarget)})`,
    `other gold type reported  ${score.otherType} (${pct(score.otherType, score.sentences)})`,
    '',
    'type        gold    tp    fp    fn   precision  recall     F1',
    ...score.types.map(
      (t) =>
        `${t.type.padEnd(10)} ${String(t.gold).padStart(5)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}   ${(100 * t.precision).toFixed(1).padStart(8)}% ${(100 * t.recall).toFixed(1).padStart(6)}% ${(100 * t.f1).toFixed(1).padStart(6)}%`,
    ),
  ];
  return lines.join('\n');
}
