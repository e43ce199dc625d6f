/**
 * Cutting a text into pieces for highlighting. Annotation spans overlap (an actor inside a named entity, a place
 * inside an actor's name), so the text is cut at every span edge and each piece carries every layer that covers it;
 * the renderer turns a piece with layers into one <mark> with a class per layer. Nothing here touches the DOM.
 */
import type { EventRecord } from '../../src/core/events.js';

const LAYERS = ['entity', 'actor', 'recipient', 'place', 'date', 'trigger'] as const;
export type Layer = (typeof LAYERS)[number];

export interface LayerSpan {
  start: number;
  end: number;
  layer: Layer;
}

export interface Piece {
  text: string;
  /** Offset of the piece in the text. */
  start: number;
  /** Layers covering the piece, in LAYERS order; empty for plain text. */
  layers: Layer[];
}

/**
 * Cuts `text` at the edges of `spans` (clipped to the text; empty, inverted or non-numeric spans are ignored).
 * Joining the pieces' text gives `text` back.
 */
export function pieces(text: string, spans: readonly LayerSpan[]): Piece[] {
  const clipped: LayerSpan[] = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    const start = Math.max(0, Math.min(text.length, Math.trunc(span.start)));
    const end = Math.max(0, Math.min(text.length, Math.trunc(span.end)));
    if (end > start) clipped.push({ start, end, layer: span.layer });
  }
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const result: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = new Set(clipped.filter((s) => s.start <= start && s.end >= end).map((s) => s.layer));
    result.push({ text: text.slice(start, end), start, layers: LAYERS.filter((layer) => covering.has(layer)) });
  }
  return result;
}

type EvidenceFields = Pick<EventRecord, 'evidence' | 'actor' | 'recipient' | 'event_loc' | 'date_text'>;

/**
 * The spans of an event inside its evidence sentence: the trigger, actors, recipients, place and dating words.
 * Record offsets are into the article; the sentence starts at `evidence.start`.
 */
export function evidenceSpans(event: EvidenceFields): LayerSpan[] {
  const base = event.evidence.start;
  const at = (start: number, end: number, layer: Layer): LayerSpan => ({ start: start - base, end: end - base, layer });
  const spans = [at(event.evidence.trigger_start, event.evidence.trigger_end, 'trigger')];
  for (const actor of event.actor) spans.push(at(actor.start, actor.end, 'actor'));
  for (const recipient of event.recipient) spans.push(at(recipient.start, recipient.end, 'recipient'));
  const loc = event.event_loc;
  if (loc && loc.start !== null && loc.end !== null) spans.push(at(loc.start, loc.end, 'place'));
  if (event.date_text) spans.push(at(event.date_text.start, event.date_text.end, 'date'));
  return spans;
}

export interface Annotations {
  entities?: readonly { start: number; end: number }[];
  places?: readonly { start: number; end: number }[];
  dates?: readonly { start: number; end: number }[];
  actors?: readonly { start: number; end: number }[];
  triggers?: readonly { start: number; end: number }[];
}

const ANNOTATION_LAYERS: readonly [keyof Annotations, Layer][] = [
  ['entities', 'entity'],
  ['places', 'place'],
  ['dates', 'date'],
  ['actors', 'actor'],
  ['triggers', 'trigger'],
];

/** The spans of a document's annotations, of the layers in `shown` only. */
export function annotationSpans(annotations: Annotations, shown: ReadonlySet<Layer>): LayerSpan[] {
  return ANNOTATION_LAYERS.filter(([, layer]) => shown.has(layer)).flatMap(([field, layer]) =>
    (annotations[field] ?? []).map((a) => ({ start: a.start, end: a.end, layer })),
  );
}

/** The layers a document reader offers a switch for, in order. */
export const DOCUMENT_LAYERS: readonly Layer[] = ANNOTATION_LAYERS.map(([, layer]) => layer);
