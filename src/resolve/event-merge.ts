import type { CountRange, EventEntity, EventLocation, EventRecord, Modality } from '../core/index.js';
import { normalizeWord, stemVariants, tokenize, type WordLookup } from '../text/index.js';
import { wordSet } from '../text/wordset.js';
import { distanceKm } from './places.js';

/**
 * One event told several times in a document — a lead sentence and its elaboration, a verb and its masdar
 * (قصفت … القصف), the headline repeated at the foot, casualty words a sentence after the attack — becomes one
 * record. Two records are one event when they share the type and nothing tells them apart: no two different
 * stated places, dates, modes, actors or targets. Nearby sentences need only that; far apart, they must also
 * share something positive (the same stated place, actor or target), or two attacks of one article would fold.
 */

/** How many sentences apart two mentions of one event may stand on compatibility alone. */
export const NEAR_SENTENCES = 1;
/** Two points closer than this are one place (a district and its town). */
const SAME_PLACE_KM = 30;

/** Whether one mode may name the other's event: the same, or one more specific than the other (drone ⊂ aerial). */
export type ModeRelation = (a: string, b: string) => boolean;

type Verdict = 'same' | 'compatible' | 'distinct';

/** Realis readings tell of one happening; a planned or denied event is another claim about it. */
function modalityGroup(m: Modality): string {
  return m === 'asserted' || m === 'reported' || m === 'historical' ? 'realis' : m;
}

/** Heads any armed group or force shares: «عناصر التنظيم» and «قادة التنظيم» need not be the same people. */
const GENERIC = wordSet(['قوات', 'عناصر', 'تنظيم', 'جماعه', 'مسلحين', 'مسلحون', 'افراد', 'قاده', 'ارهابي', 'ارهابيه', 'ارهابيين', 'مجموعه']);

/** Guessed stems only: an argument's words are compared as written, whatever the lexicon holds. */
const ANY_WORD: WordLookup = { has: () => false };

/** The stems of an argument's words (clitics and article cut by the text layer); generic heads are left out. */
function words(e: EventEntity): Set<string> {
  const out = new Set<string>();
  for (const token of tokenize(e.entity_text)) {
    if (token.kind !== 'word') continue;
    const stems = stemVariants(token.norm, ANY_WORD);
    if (stems.some((w) => GENERIC.has(w))) continue;
    for (const w of stems) if (w.length > 2) out.add(w);
  }
  return out;
}

function entitiesMeet(a: EventEntity, b: EventEntity): boolean {
  if (a.code && b.code && (a.code.startsWith(b.code) || b.code.startsWith(a.code))) return true;
  const wb = words(b);
  return [...words(a)].some((w) => wb.has(w));
}

/**
 * Guesses: the sentence's nearest actor, and the uncoded words taken for a subject or an object. They neither
 * join nor part two mentions (خطفوا … خطفهم read «البناء» and «الإيطاليين» as subjects: one kidnapping).
 */
const GUESSES = new Set(['nearest', 'subject-np', 'object-np']);

/**
 * Within one sentence the reading changes. An actor carried from the clause before is borrowed, not stated
 * (الجنود قُتلوا عندما سقطت قذائف lends «الجنود» to the shelling). Everything else is the clause's own: the
 * object in words (one subject with two objects is two acts: قصفت سفينة … وهاجمت سفينة أخرى), and the guessed
 * subject, which two clauses of one happening share (the sentence's nearest actor) and two happenings do not.
 */
const SENTENCE_GUESSES = new Set(['carried']);

/** Participants: `same` when one is shared, `distinct` when both sides state them and none is shared. */
function participants(a: readonly EventEntity[], b: readonly EventEntity[], guesses: ReadonlySet<string>): Verdict {
  const stated = (list: readonly EventEntity[]) => list.filter((e) => !guesses.has(e.rule));
  const sa = stated(a);
  const sb = stated(b);
  if (sa.length === 0 || sb.length === 0) return 'compatible';
  return sa.some((x) => sb.some((y) => entitiesMeet(x, y))) ? 'same' : 'distinct';
}

/** Arguments a mention only guessed, or lacks: another mention's are better. */
function weak(list: readonly EventEntity[]): boolean {
  return list.length === 0 || GUESSES.has(list[0]?.rule ?? '');
}

function places(a: EventLocation | null, b: EventLocation | null): Verdict {
  if (!a || !b || a.precision === 'document' || b.precision === 'document') return 'compatible';
  // A shared country says little: two attacks of one war share it.
  const named = a.geonameid !== null ? a.geonameid === b.geonameid : normalizeWord(a.extracted_place) === normalizeWord(b.extracted_place);
  if (named) return a.resolution === 'country' ? 'compatible' : 'same';
  if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null && distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) <= SAME_PLACE_KM) return 'same';
  // A country holds any place of its own; a province only the places of that province.
  const holds = (wide: EventLocation, narrow: EventLocation) =>
    wide.country_code !== null &&
    wide.country_code === narrow.country_code &&
    (wide.resolution === 'country' || (wide.feature_code === 'ADM1' && wide.admin1 !== null && wide.admin1 === narrow.admin1));
  return holds(a, b) || holds(b, a) ? 'compatible' : 'distinct';
}

function dates(a: EventRecord, b: EventRecord): Verdict {
  if (!a.date_text || !b.date_text || !a.date || !b.date) return 'compatible';
  return a.date.startsWith(b.date) || b.date.startsWith(a.date) ? 'same' : 'distinct';
}

function modes(a: string | null, b: string | null, related: ModeRelation): boolean {
  return a === null || b === null || a === b || related(a, b) || related(b, a);
}

/** Whether `b` tells of the event `a` (a merged record) tells of. */
export function sameEvent(a: EventRecord, b: EventRecord, related: ModeRelation): boolean {
  if (a.event_type !== b.event_type || modalityGroup(a.modality) !== modalityGroup(b.modality)) return false;
  if (!modes(a.mode, b.mode, related)) return false;
  // Two clauses of one sentence naming a type (the coder groups a clause's own) are one happening told twice —
  // a verb and its masdar, a trigger and its elaboration — unless their own actors, objects, places or days
  // differ (قصفت الطائرات المطار، فيما قتل مسلحون جنديين في سوق المدينة).
  const guesses = a.evidence.sentence === b.evidence.sentence ? SENTENCE_GUESSES : GUESSES;
  const verdicts = [participants(a.actor, b.actor, guesses), participants(a.recipient, b.recipient, guesses), places(a.event_loc, b.event_loc), dates(a, b)];
  if (verdicts.includes('distinct')) return false;
  const near = Math.abs(a.evidence.sentence - b.evidence.sentence) <= NEAR_SENTENCES;
  return near || verdicts.includes('same');
}

const LOCATION_RANK: Record<string, number> = { clause: 3, sentence: 2, document: 1 };

/** Nearer the trigger first; at the same reach a town over the province or country that holds it. */
function locationRank(l: EventLocation | null): number {
  if (!l) return 0;
  const wide = l.resolution === 'country' || l.feature_code === 'ADM1';
  return (LOCATION_RANK[l.precision] ?? 0) * 2 + (wide ? 0 : 1);
}

function moreSpecific(a: string | null, b: string | null, related: ModeRelation): string | null {
  if (a === null) return b;
  return b !== null && related(b, a) ? b : a;
}

/** The larger of two tolls of one event (the later sentence often gives the final count). */
function maxOf(a: CountRange | null, b: CountRange | null): CountRange | null {
  return a === null ? b : b === null ? a : b.min > a.min ? b : a;
}

/**
 * One record of two mentions: the earlier `a` keeps what it found by structure; what it lacks or only guessed
 * comes from `b` (its actor, target, a nearer or narrower place, a stated date). The first mention's trigger and
 * sentence stay the evidence: a report names its event first where it states it best (the lead sentence).
 */
function fuse(a: EventRecord, b: EventRecord, related: ModeRelation): EventRecord {
  const actor = weak(a.actor) && !weak(b.actor) ? b.actor : a.actor;
  const recipient = weak(a.recipient) && !weak(b.recipient) ? b.recipient : a.recipient.length === 0 ? b.recipient : a.recipient;
  const place = locationRank(b.event_loc) > locationRank(a.event_loc) ? b.event_loc : a.event_loc;
  const dated = !a.date_text && b.date_text !== null ? b : a;
  return {
    ...a,
    mode: moreSpecific(a.mode, b.mode, related),
    context: [...new Set([...a.context, ...b.context])],
    actor,
    recipient,
    event_loc: place,
    date: dated.date,
    date_precision: dated.date_precision,
    date_text: dated.date_text,
    dead: maxOf(a.dead, b.dead),
    injured: maxOf(a.injured, b.injured),
    arrested: maxOf(a.arrested, b.arrested),
  };
}

/**
 * Folds the repeated mentions of each event into one record, in document order of first mention. Each record
 * joins the first earlier event it fits.
 */
export function mergeEchoes(records: readonly EventRecord[], related: ModeRelation): EventRecord[] {
  const events: EventRecord[] = [];
  for (const r of records) {
    const i = events.findIndex((e) => sameEvent(e, r, related));
    const e = events[i];
    if (!e) {
      events.push(r);
      continue;
    }
    events[i] = fuse(e, r, related);
  }
  return events;
}
