import {
  CODER_VERSION,
  QUAD_CLASS,
  contentId,
  type ActorInput,
  type EventContext,
  type EventEntity,
  type EventLocation,
  type EventRecord,
  type EventTimeText,
  type LocationPrecision,
  type Modality,
  type PlaceInput,
  type TimeInput,
  type TriggerMention,
} from '../core/index.js';
import type { SentenceSpan, Token } from '../text/index.js';
import { contextSection, loadDefaultEventLexicon, modeCueSection, type EventLexicon } from '../lexicon/events.js';
import { clauseIndex } from '../extract/clauses.js';
import { assignModality, type ModalityReading } from '../extract/modality.js';
import { tokenForms } from '../extract/patterns.js';
import { matchLexicon, matchesOf, type LexiconMatches } from '../extract/lexicon-matches.js';
import { defaultTimeWords } from '../extract/time-words.js';
import { findTriggers } from '../extract/triggers.js';
import { findArguments, placeActors, type ArgumentMention } from './event-arguments.js';
import { readCounts } from './event-counts.js';
import { mergeEchoes, type ModeRelation } from './event-merge.js';
import { publicationDate } from './dates.js';
import { wordSet } from '../text/wordset.js';

/**
 * The event coder: trigger mentions become PLOVER records, with modality, arguments, place, date, tolls,
 * contexts and the evidence sentence. Pure: the other stages' outputs come in as parameters.
 */

export interface EventCoderInput {
  docId: string;
  /** The text exactly as given; every offset below points into it. */
  text: string;
  /** ISO publication date (or date-time) of the document, null when unknown. */
  publishedAt: string | null;
  tokens: readonly Token[];
  sentences: readonly SentenceSpan[];
  actors: readonly ActorInput[];
  places: readonly PlaceInput[];
  times: readonly TimeInput[];
  /** The document's focus place (the geoparser's documentFocus), for events whose sentence names none. */
  focus?: PlaceInput | null;
}

const DAY_MS = 86_400_000;
/** An event dated more than a year before its report is history being recalled, not news. */
const HISTORICAL_DAYS = 365;

/** Facility nouns before a place name that belong to the target (قصفت مطار بورتسودان). */
const FACILITIES = wordSet(['مطار', 'ميناء', 'قاعده', 'معبر', 'مستشفي', 'سجن', 'مصفاه', 'محطه', 'جسر', 'سوق', 'مسجد', 'كنيسه', 'مدرسه', 'جامعه', 'مقر', 'قصر']);

function entityOf(a: ArgumentMention): EventEntity {
  return {
    entity_text: a.actor.surface,
    start: a.actor.start,
    end: a.actor.end,
    code: a.actor.actorId ?? null,
    sector: a.actor.sector ?? null,
    country: a.actor.country ?? null,
    name: a.actor.nameEn ?? a.actor.nameAr ?? null,
    name_ar: a.actor.nameAr ?? null,
    name_en: a.actor.nameEn ?? null,
    rule: a.rule,
  };
}

interface PlacedSpan<T> {
  item: T;
  tokenStart: number;
  sentence: number;
  clause: number;
}

function place<T extends { start: number; end: number }>(items: readonly T[], tokens: readonly Token[], clauses: readonly number[]): PlacedSpan<T>[] {
  const out: PlacedSpan<T>[] = [];
  for (const item of items) {
    const t = tokens.findIndex((tok) => tok.end > item.start);
    if (t < 0 || (tokens[t] as Token).start >= item.end) continue;
    out.push({ item, tokenStart: t, sentence: (tokens[t] as Token).sentence, clause: clauses[t] as number });
  }
  return out;
}

function inside(p: { start: number; end: number }, actors: readonly ActorInput[]): boolean {
  return actors.some((a) => a.start <= p.start && p.end <= a.end);
}

function locationOf(p: PlaceInput, precision: LocationPrecision): EventLocation {
  return {
    extracted_place: p.surface,
    resolved_place: p.nameEn ?? p.nameAr ?? null,
    geonameid: p.geonameid ?? null,
    lat: p.lat ?? null,
    lon: p.lon ?? null,
    country_code: p.countryCode ?? null,
    admin1: p.admin1 ?? null,
    feature_class: p.featureClass ?? null,
    feature_code: p.featureCode ?? null,
    precision,
    resolution: p.precision ?? null,
    start: precision === 'document' ? null : p.start,
    end: precision === 'document' ? null : p.end,
  };
}

function nearest<T>(list: readonly PlacedSpan<T>[], t: TriggerMention): PlacedSpan<T> | undefined {
  const d = (p: PlacedSpan<T>) => (p.tokenStart > t.tokenEnd ? p.tokenStart - t.tokenEnd : t.tokenStart - p.tokenStart + 0.5);
  return [...list].sort((a, b) => d(a) - d(b))[0];
}

/** The place in the trigger's clause, else its sentence, else the document's focus. */
function eventLocation(t: TriggerMention, clause: number, places: readonly PlacedSpan<PlaceInput>[], focus: PlaceInput | null): EventLocation | null {
  const inClause = places.filter((p) => p.clause === clause);
  const c = nearest(inClause, t);
  if (c) return locationOf(c.item, 'clause');
  const s = nearest(places.filter((p) => p.sentence === t.sentence), t);
  if (s) return locationOf(s.item, 'sentence');
  return focus ? locationOf(focus, 'document') : null;
}

/**
 * The time expression of the trigger's clause, else of its sentence, else the publication date (`reported`).
 * A future or hypothetical event takes only its own clause's time: «قصفت أمس…، فيما تستعد لشن هجوم» does not
 * date the coming attack to yesterday.
 */
function eventDate(
  t: TriggerMention,
  clause: number,
  modality: Modality,
  times: readonly PlacedSpan<TimeInput>[],
  publishedAt: string | null,
): { date: string | null; precision: EventRecord['date_precision']; stated: EventTimeText | null } {
  const usable = times.filter((x) => x.item.value !== null);
  const sentenceWide = modality !== 'future' && modality !== 'hypothetical';
  const found =
    nearest(usable.filter((x) => x.clause === clause), t) ?? (sentenceWide ? nearest(usable.filter((x) => x.sentence === t.sentence), t) : undefined);
  if (found) {
    const { surface, start, end } = found.item;
    return { date: found.item.firstDay ?? found.item.value, precision: found.item.precision, stated: { text: surface, start, end } };
  }
  const published = publicationDate(publishedAt);
  return published.value === null ? { date: null, precision: null, stated: null } : { date: published.start, precision: 'reported', stated: null };
}

/** The first day of an ISO date at any precision (2011 → 2011-01-01, 2015-07 → 2015-07-01). */
function firstDayOf(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : null;
}

function yearsBefore(date: string | null, publishedAt: string | null): boolean {
  const first = date ? firstDayOf(date) : null;
  const d = first ? Date.parse(first) : NaN;
  const p = publishedAt ? Date.parse(publishedAt.slice(0, 10)) : NaN;
  return Number.isFinite(d) && Number.isFinite(p) && (p - d) / DAY_MS > HISTORICAL_DAYS;
}

function sentenceContexts(tokens: readonly Token[], matches: LexiconMatches): Map<number, EventContext[]> {
  const out = new Map<number, EventContext[]>();
  for (const m of matchesOf(matches, 'contexts')) {
    const sentence = (tokens[m.tokenStart] as Token).sentence;
    const list = out.get(sentence) ?? [];
    const context = contextSection(m.pattern);
    if (!list.includes(context)) list.push(context);
    out.set(sentence, list);
  }
  return out;
}

/**
 * Casualty nouns beside another ASSAULT of their sentence are its toll (هجوم أسفر عن مقتل 12), not a second event.
 * A casualty verb stays: «قوات أجنبية قتلت تسعة جنود في ضربة جوية» says who killed; it joins the strike's event.
 */
function dropTolls(triggers: TriggerMention[]): TriggerMention[] {
  return triggers.filter(
    (t) => !t.casualty || t.pos === 'verb' || !triggers.some((o) => o !== t && o.type === 'ASSAULT' && !o.casualty && o.sentence === t.sentence),
  );
}

/**
 * Several triggers of one type and modality in a clause (خرج المتظاهرون … احتجاجا … ورددوا هتافات) name one
 * event: its first verb trigger speaks for it, else its first trigger.
 */
function groupSameEvent(
  triggers: readonly TriggerMention[],
  modality: readonly ModalityReading[],
  clauses: readonly number[],
): { lead: number; members: number[] }[] {
  const groups = new Map<string, number[]>();
  triggers.forEach((t, i) => {
    const key = `${clauses[t.tokenStart]}|${t.type}|${modality[i]?.modality}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()].map((members) => ({
    lead: members.find((i) => triggers[i]?.pos === 'verb') ?? (members[0] as number),
    members,
  }));
}

function evidenceSpan(t: TriggerMention, sentences: readonly SentenceSpan[]): { start: number; end: number } {
  const s = sentences[t.sentence];
  // The sentence always holds its trigger; widen defensively so the evidence can never cut it off.
  return { start: Math.min(s?.start ?? t.start, t.start), end: Math.max(s?.end ?? t.end, t.end) };
}

function targetEntityFromPlace(t: TriggerMention, clause: number, places: readonly PlacedSpan<PlaceInput>[], tokens: readonly Token[], text: string): EventEntity | null {
  const object = places.find((p) => p.clause === clause && p.tokenStart > t.tokenEnd && p.tokenStart - t.tokenEnd <= 3);
  if (!object) return null;
  const before = tokens[object.tokenStart - 1];
  const facility = before && before.kind === 'word' && FACILITIES.has(before.norm.replace(/^[وف]?(ب|ل)?(ال)?/, '')) ? before : null;
  const start = facility ? facility.start : object.item.start;
  return {
    entity_text: text.slice(start, object.item.end),
    start,
    end: object.item.end,
    code: null,
    sector: null,
    country: object.item.countryCode ?? null,
    name: object.item.nameEn ?? object.item.nameAr ?? null,
    name_ar: object.item.nameAr ?? null,
    name_en: object.item.nameEn ?? null,
    rule: 'object-place',
  };
}

/** Codes the events of one document. */
export function codeEvents(input: EventCoderInput, lexicon: EventLexicon = loadDefaultEventLexicon()): EventRecord[] {
  const { text, tokens } = input;
  const forms = tokenForms(tokens, lexicon.vocabulary, lexicon.known ?? undefined);
  const clauses = clauseIndex(tokens);
  const matches = matchLexicon(tokens, forms, lexicon);
  const found = findTriggers(text, tokens, clauses, matches, lexicon);
  if (found.length === 0) return [];
  const triggers = dropTolls(found);
  const modality = assignModality(triggers, tokens, clauses, matches);

  const actors = placeActors(input.actors, tokens, clauses);
  const places = place(
    input.places.filter((p) => p.kind === 'place' && !inside(p, input.actors)),
    tokens,
    clauses,
  );
  const times = place(input.times, tokens, clauses);
  const counts = readCounts(text, tokens, matches, defaultTimeWords());
  const contexts = sentenceContexts(tokens, matches);

  const records: EventRecord[] = [];
  let carried: { sentence: number; actor: ArgumentMention[] } | null = null;
  for (const group of groupSameEvent(triggers, modality, clauses).sort((a, b) => a.lead - b.lead)) {
    const t = triggers[group.lead] as TriggerMention;
    const clause = clauses[t.tokenStart] as number;
    const carry = carried && carried.sentence === t.sentence ? carried.actor : [];
    let args = findArguments(text, t, actors, tokens, forms, clauses, carry);
    for (const i of group.members) {
      if (args.actor.length > 0 && args.actor[0]?.rule !== 'nearest') break;
      const other = findArguments(text, triggers[i] as TriggerMention, actors, tokens, forms, clauses, carry);
      if (other.actor.length > 0 && other.confidence > args.confidence) args = other;
    }
    if (args.actor.length > 0 && args.actor[0]?.rule !== 'nearest') carried = { sentence: t.sentence, actor: args.actor };

    const recipient = args.recipient.map(entityOf);
    if (recipient.length === 0) {
      // The first of a place attacked or seized (قصفت مطار بورتسودان) and the trigger's object in words
      // (اعتقلت الشرطة تونسيا في بريشيا); on the same words the place, which the geoparser located.
      const place = t.type === 'ASSAULT' || t.type === 'COERCE' ? targetEntityFromPlace(t, clause, places, tokens, text) : null;
      const phrase = args.objectPhrase ? entityOf(args.objectPhrase) : null;
      const first = place && phrase ? (phrase.start < place.start ? phrase : place) : (place ?? phrase);
      if (first) recipient.push(first);
    }
    const reading = modality[group.lead] as ModalityReading;
    const date = eventDate(t, clause, reading.modality, times, input.publishedAt);
    let mod: Modality = reading.modality;
    if ((mod === 'asserted' || mod === 'reported') && date.stated && yearsBefore(date.date, input.publishedAt)) mod = 'historical';
    const toll = counts.get(t.sentence);
    const evidence = evidenceSpan(t, input.sentences);
    records.push({
      id: contentId(`${input.docId}|${t.start}|${t.type}`),
      date: date.date,
      date_precision: date.precision,
      date_text: date.stated,
      event_type: t.type,
      quad_code: QUAD_CLASS[t.type],
      mode: t.mode,
      context: contexts.get(t.sentence) ?? [],
      modality: mod,
      actor: args.actor.map(entityOf),
      recipient,
      event_loc: eventLocation(t, clause, places, input.focus ?? null),
      event_text: t.surface,
      text: text.slice(evidence.start, evidence.end),
      evidence: { doc_id: input.docId, sentence: t.sentence, start: evidence.start, end: evidence.end, trigger_start: t.start, trigger_end: t.end },
      dead: t.type === 'ASSAULT' ? (toll?.dead ?? null) : null,
      injured: t.type === 'ASSAULT' ? (toll?.injured ?? null) : null,
      arrested: t.type === 'COERCE' || t.type === 'PROTEST' ? (toll?.arrested ?? null) : null,
      confidence: round(t.confidence * args.confidence),
      coder: CODER_VERSION,
    });
  }
  return mergeEchoes(records, modeRelation(lexicon));
}

const relations = new WeakMap<EventLexicon, ModeRelation>();

/** `specific` refines `general` when a mode cue of `specific` replaces `general` (drone replaces aerial). */
function modeRelation(lexicon: EventLexicon): ModeRelation {
  const cached = relations.get(lexicon);
  if (cached) return cached;
  const replaces = new Map<string, Set<string>>();
  for (const p of lexicon.modeCues.patterns) {
    const { mode, replaces: general } = modeCueSection(p);
    replaces.set(mode, new Set([...(replaces.get(mode) ?? []), ...general]));
  }
  const relation: ModeRelation = (specific, general) => replaces.get(specific)?.has(general) ?? false;
  relations.set(lexicon, relation);
  return relation;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

