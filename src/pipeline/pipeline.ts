import { InputError, type ActorMention, type DocumentFocus, type EventRecord, type PlaceMention, type TimeInput } from '../core/index.js';
import { tagEntities, type EntityMention } from '../extract/ner/index.js';
import { extractTimeExpressions } from '../extract/dates.js';
import { codeActors } from '../resolve/actors.js';
import { resolveTime } from '../resolve/dates.js';
import { codeEvents } from '../resolve/events.js';
import { documentFocus, extractPlaces } from '../resolve/places.js';
import { analyzeText, type Repair, type SentenceSpan, type Token } from '../text/index.js';
import type { PipelineContext } from './context.js';

/** One text to analyze, with what the stages need to know about it. */
export interface AnalysisInput {
  text: string;
  /** The publication date (ISO): relative dates (أمس, الخميس الماضي) resolve against it. */
  publishedAt: string | null;
  /** The id evidence spans point back to. */
  documentId: string;
}

/** A time expression with its resolution against the publication date (value null when it cannot be resolved). */
export type ResolvedTime = TimeInput;

/**
 * Everything the pipeline finds in one text. Each stage adds its layers under stable keys; every start/end is an
 * offset into `text` exactly as given.
 */
export interface Analysis extends AnalysisInput {
  sentences: SentenceSpan[];
  tokens: Token[];
  repairs: Repair[];
  entities: EntityMention[];
  places: PlaceMention[];
  /** The countries and places the document is about (CLIFF's "focus"): the fallback country and place of its events. */
  focus: DocumentFocus | null;
  dates: ResolvedTime[];
  actors: ActorMention[];
  events: EventRecord[];
}

type Layers = Omit<Analysis, keyof AnalysisInput>;
type SoFar = AnalysisInput & Partial<Layers>;

interface Stage {
  name: string;
  /** Reads what earlier stages produced and returns only the layers it adds; it never edits earlier layers. */
  run(analysis: Readonly<SoFar>, context: PipelineContext): Partial<Layers>;
}

// The stages, in the order data flows through them.
const stages: readonly Stage[] = [
  // Arabic text layer: sentences, tokens with offsets, glued-word repairs.
  { name: 'text', run: ({ text }, context) => analyzeText(text, context.lexicon) },
  // Named entities (PERS, LOC, ORG, MISC) from our perceptron tagger.
  { name: 'entities', run: ({ tokens = [] }, context) => ({ entities: tagEntities(tokens, context.tagger) }) },
  // Time expressions, resolved against the publication date.
  { name: 'dates', run: ({ tokens = [], text, publishedAt }) => ({ dates: resolveTimes(tokens, text, publishedAt) }) },
  // Place names and nationality adjectives, resolved against the gazetteer (coordinates, GeoNames id, precision).
  {
    name: 'places',
    run: ({ text, tokens = [] }, context) => {
      const places = extractPlaces(tokens, text, context.gazetteer);
      return { places, focus: documentFocus(places) };
    },
  },
  // Actors coded from entities, generic agents, titles and nationality adjectives.
  {
    name: 'actors',
    run: ({ text, tokens = [], entities = [], places = [], focus, publishedAt }, context) => ({
      actors: codeActors(
        { text, tokens, entities, places, date: publishedAt, focusCountry: focus?.countries[0]?.countryCode ?? null },
        context.actors,
      ),
    }),
  },
  // PLOVER events: triggers, modality, arguments, place, date, evidence.
  {
    name: 'events',
    run: (a, context) => ({
      events: codeEvents(
        {
          docId: a.documentId,
          text: a.text,
          publishedAt: a.publishedAt,
          tokens: a.tokens ?? [],
          sentences: a.sentences ?? [],
          actors: a.actors ?? [],
          places: a.places ?? [],
          times: a.dates ?? [],
          focus: a.focus?.place ?? null,
        },
        context.events,
      ),
    }),
  },
];

function resolveTimes(tokens: readonly Token[], text: string, publishedAt: string | null): ResolvedTime[] {
  return extractTimeExpressions(tokens, text).map((mention) => {
    const resolved = resolveTime(mention, publishedAt);
    const { start, end, surface } = mention;
    if (resolved.value === null) return { start, end, surface, value: null, precision: null };
    // `reported` means "no date of its own"; a written expression always has one or none.
    const precision = resolved.precision === 'reported' ? null : resolved.precision;
    return { start, end, surface, value: resolved.value, firstDay: resolved.start, precision };
  });
}

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

const EMPTY_LAYERS: Layers = {
  sentences: [],
  tokens: [],
  repairs: [],
  entities: [],
  places: [],
  focus: null,
  dates: [],
  actors: [],
  events: [],
};

export const STAGE_NAMES = stages.map((stage) => stage.name);

export interface AnalyzeOptions {
  /** Stop after this stage (e.g. `text` to index a document without coding its events); later layers stay empty. */
  through?: string;
}

export function analyze(input: AnalysisInput, context: PipelineContext, options: AnalyzeOptions = {}): AnalyzeResult {
  let analysis: SoFar = { ...input };
  const trace: StageTrace[] = [];
  const last = options.through === undefined ? stages.length - 1 : STAGE_NAMES.indexOf(options.through);
  if (last < 0) throw new InputError(`there is no pipeline stage "${options.through}"`, `use one of: ${STAGE_NAMES.join(', ')}`);
  for (const stage of stages.slice(0, last + 1)) {
    const started = performance.now();
    const layers = stage.run(analysis, context);
    const ms = performance.now() - started;
    analysis = { ...analysis, ...layers };
    trace.push({ stage: stage.name, ms, added: countItems(layers) });
  }
  return { analysis: { ...EMPTY_LAYERS, ...analysis }, trace };
}

function countItems(layers: Partial<Layers>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(layers)) counts[key] = Array.isArray(value) ? value.length : 1;
  return counts;
}
