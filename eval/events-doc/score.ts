import type { EventEntity, EventRecord } from '../../src/core/index.js';
import { distanceKm } from '../../src/resolve/places.js';
import { sharesWord } from '../events/score.js';
import type { GoldEvent } from './gold.js';

/** The events coded for one document, beside its gold. */
export interface EventsDocument {
  id: string;
  gold: readonly GoldEvent[];
  predicted: readonly EventRecord[];
}

/** How a gold event fared against the predicted event it was paired with (null when none was). */
export interface EventMatch {
  gold: GoldEvent;
  predicted: string | null;
  type: boolean;
  /** null when the gold leaves the argument open. */
  actor: boolean | null;
  recipient: boolean | null;
  place: boolean | null;
  modality: boolean | null;
  date: boolean | null;
}

export interface DocumentEvents {
  id: string;
  matches: EventMatch[];
  /** Predicted events paired with no gold event, and those of them that repeat the type of a paired one (the same event coded twice). */
  unmatched: string[];
  duplicates: number;
}

export interface EventsDocScore {
  documents: number;
  gold: number;
  predicted: number;
  /** Gold events whose paired prediction has the type (or an alternative type), and with it the actor, the place, both. */
  typeOnly: number;
  typeActor: number;
  typePlace: number;
  all: number;
  /** Unpaired predictions repeating the type of a paired prediction in their document: mostly one event coded twice. */
  duplicates: number;
  /** Recall, precision and F1 of full (type, actor, place) matches; and of the type alone. */
  recall: number;
  precision: number;
  f1: number;
  typeRecall: number;
  typePrecision: number;
  /** Precision of full matches with the duplicates set aside. */
  precisionWithoutDuplicates: number;
  /** Among type-matched gold events that state it: the recipient, the modality and the date right. */
  withRecipient: number;
  recipientAccuracy: number;
  modalityAccuracy: number;
  withDate: number;
  dateAccuracy: number;
  byDocument: DocumentEvents[];
}

const PLACE_TOLERANCE_KM = 25;
const CODE = /^[A-Z]{3}/;

function anyOf(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/** A gold party is a code (a prefix of the predicted code: IRQ matches IRQMIL) or text sharing a word. */
function partyMatches(entities: readonly EventEntity[], gold: string | string[] | undefined): boolean | null {
  if (gold === undefined) return null;
  return anyOf(gold).some((g) =>
    CODE.test(g) ? entities.some((e) => e.code?.startsWith(g) ?? false) : entities.some((e) => sharesWord(e.entity_text, g)),
  );
}

function placeMatches(event: EventRecord, gold: GoldEvent['place']): boolean | null {
  if (gold === undefined) return null;
  const loc = event.event_loc;
  if (loc === null) return false;
  if (typeof gold === 'string') return sharesWord(loc.extracted_place, gold) || (loc.resolved_place !== null && sharesWord(loc.resolved_place, gold));
  if ('country' in gold) return loc.country_code === gold.country;
  if (loc.lat === null || loc.lon === null) return false;
  return distanceKm(gold, { lat: loc.lat, lon: loc.lon }) <= (gold.tolerance_km ?? PLACE_TOLERANCE_KM);
}

/** Compared at the gold's precision: a day must be that day, a month any day of it. */
function dateMatches(event: EventRecord, gold: GoldEvent['date']): boolean | null {
  if (gold === undefined) return null;
  return event.date !== null && event.date.startsWith(gold.value);
}

export function judgeEvent(gold: GoldEvent, event: EventRecord): EventMatch {
  const type = event.event_type === gold.type || (gold.alt_types ?? []).includes(event.event_type);
  return {
    gold,
    predicted: `${event.event_type}:${event.modality}«${event.event_text}»`,
    type,
    actor: partyMatches(event.actor, gold.actor),
    recipient: partyMatches(event.recipient, gold.recipient),
    place: placeMatches(event, gold.place),
    modality: event.modality === (gold.modality ?? 'asserted'),
    date: dateMatches(event, gold.date),
  };
}

/** How good a pairing is: nothing without the type; then actor and place, recipient and modality breaking ties. */
function merit(m: EventMatch): number {
  if (!m.type) return 0;
  return 100 + 10 * Number(m.actor !== false) + 10 * Number(m.place !== false) + Number(m.recipient === true) + Number(m.modality === true);
}

const MISSED = (gold: GoldEvent): EventMatch => ({ gold, predicted: null, type: false, actor: null, recipient: null, place: null, modality: null, date: null });

/** Pairs gold and predicted events one to one, best pairs first (greedy on merit). */
export function matchDocument(doc: EventsDocument): DocumentEvents {
  const pairs = doc.gold.flatMap((g, gi) => doc.predicted.map((p, pi) => ({ gi, pi, match: judgeEvent(g, p) })));
  pairs.sort((a, b) => merit(b.match) - merit(a.match) || a.gi - b.gi || a.pi - b.pi);
  const matches: (EventMatch | undefined)[] = doc.gold.map(() => undefined);
  const used = new Set<number>();
  for (const { gi, pi, match } of pairs) {
    if (merit(match) === 0 || matches[gi] || used.has(pi)) continue;
    matches[gi] = match;
    used.add(pi);
  }
  const pairedTypes = new Set(doc.predicted.filter((_, pi) => used.has(pi)).map((p) => p.event_type));
  const unpaired = doc.predicted.filter((_, pi) => !used.has(pi));
  return {
    id: doc.id,
    matches: doc.gold.map((g, gi) => matches[gi] ?? MISSED(g)),
    unmatched: unpaired.map((p) => `${p.event_type}«${p.event_text}»`),
    duplicates: unpaired.filter((p) => pairedTypes.has(p.event_type)).length,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** An argument the gold leaves open counts as matched: only what the annotator stated is checked. */
const holds = (x: boolean | null) => x !== false;

export function scoreEventsDoc(documents: readonly EventsDocument[]): EventsDocScore {
  const byDocument = documents.map(matchDocument);
  const typed = byDocument.flatMap((d) => d.matches).filter((m) => m.type);
  const gold = documents.reduce((n, d) => n + d.gold.length, 0);
  const predicted = documents.reduce((n, d) => n + d.predicted.length, 0);
  const count = (f: (m: EventMatch) => boolean) => typed.filter(f).length;
  const all = count((m) => holds(m.actor) && holds(m.place));
  const recall = ratio(all, gold);
  const precision = ratio(all, predicted);
  const stated = (f: (m: EventMatch) => boolean | null) => typed.filter((m) => f(m) !== null);
  const withRecipient = stated((m) => m.recipient);
  const withDate = stated((m) => m.date);
  const duplicates = byDocument.reduce((n, d) => n + d.duplicates, 0);
  return {
    documents: documents.length,
    gold,
    predicted,
    typeOnly: typed.length,
    typeActor: count((m) => holds(m.actor)),
    typePlace: count((m) => holds(m.place)),
    all,
    duplicates,
    recall,
    precision,
    f1: ratio(2 * precision * recall, precision + recall),
    typeRecall: ratio(typed.length, gold),
    typePrecision: ratio(typed.length, predicted),
    precisionWithoutDuplicates: ratio(all, predicted - duplicates),
    withRecipient: withRecipient.length,
    recipientAccuracy: ratio(withRecipient.filter((m) => m.recipient).length, withRecipient.length),
    modalityAccuracy: ratio(count((m) => m.modality === true), typed.length),
    withDate: withDate.length,
    dateAccuracy: ratio(withDate.filter((m) => m.date).length, withDate.length),
    byDocument,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The report `marsad eval events-doc` prints; `verbose` adds each document's pairings and unpaired predictions. */
export function formatEventsDocScore(score: EventsDocScore, verbose = false): string {
  const lines = [
    `documents                 ${score.documents}`,
    `gold events               ${score.gold}`,
    `predicted events          ${score.predicted}`,
    `full match (type, actor, place)   recall ${pct(score.recall)}  precision ${pct(score.precision)}  F1 ${pct(score.f1)}`,
    `type alone                        recall ${pct(score.typeRecall)}  precision ${pct(score.typePrecision)}`,
    `duplicates                ${score.duplicates} (unpaired, of a type already paired in their document); full-match precision without them ${pct(score.precisionWithoutDuplicates)}`,
    'partial credit (gold events paired with a prediction of the right type)',
    `  type                    ${score.typeOnly}`,
    `  type + actor            ${score.typeActor}`,
    `  type + place            ${score.typePlace}`,
    `  type + actor + place    ${score.all}`,
    `recipient                 ${pct(score.recipientAccuracy)} (of ${score.withRecipient} with a gold recipient)`,
    `modality                  ${pct(score.modalityAccuracy)} (of ${score.typeOnly})`,
    `date                      ${pct(score.dateAccuracy)} (of ${score.withDate} with a gold date)`,
  ];
  if (verbose) {
    const mark = (x: boolean | null) => (x === null ? '·' : x ? '✓' : '✗');
    for (const d of score.byDocument) {
      lines.push('', d.id);
      for (const m of d.matches) {
        const parts = `type ${mark(m.type)} actor ${mark(m.actor)} place ${mark(m.place)} modality ${mark(m.modality)} date ${mark(m.date)}`;
        lines.push(`  ${m.gold.type}: ${m.predicted ?? '(no prediction of that type)'}  ${m.predicted ? parts : ''}`.trimEnd());
      }
      if (d.unmatched.length > 0) lines.push(`  unpaired predictions: ${d.unmatched.join(' ')}`);
    }
  }
  return lines.join('\n');
}
