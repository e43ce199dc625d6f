import type { ClusterMention, CountRange, EventEntity, EventRecord, MergeDecision, Modality } from '../core/index.js';
import { tokenize } from '../text/index.js';
import { dayRange, rangesMeet, type DayRange } from './dates.js';
import { comparePlaces } from './places.js';

/**
 * Are two event mentions the same event? A pure, explainable decision (docs/DEDUP.md): hard constraints (type,
 * mode, modality, date, place, actors, targets, tolls) each either pass or keep the two apart; what passes adds
 * support, and the two merge only when the support reaches MIN_SUPPORT, so two bare «air strikes in Yemen» on
 * one day never merge on the absence of contradictions alone, and two independent signals must agree.
 */

export const MIN_SUPPORT = 0.45;
/**
 * Signals: same day, same town (or one nearby), same coded actor, same coded target, tolls (close or equal), the same article,
 * similar sentences. One alone is a coincidence on a busy day (King Salman receives several delegations a day in
 * Riyadh), and one must be about what happened rather than who, where and when: similar sentences, a toll, a
 * bombing (explosives, suicide attack) on both sides, the same article, or the same actor and target (hand-checked on SaudiNewsNet: «the same actor in the same city on
 * nearby days» and «the same city on the same day» merged different statements; docs/QUALITY.md).
 */
export const MIN_SIGNALS = 2;
/** Modes that name a single incident, so that two reports sharing one describe the same thing happening. */
const INCIDENT_MODES: ReadonlySet<string> = new Set(['explosives', 'suicide-attack']);
/** Sentences sharing this share of their character trigrams say much the same thing. */
const SIMILAR_SENTENCES = 0.3;

interface Features {
  days: DayRange | null;
  trigrams: Set<string>;
}

// Mentions are compared many times each; what is derived from one is computed once per record.
const cache = new WeakMap<EventRecord, Features>();

function features(record: EventRecord): Features {
  let f = cache.get(record);
  if (!f) {
    f = { days: dayRange(record), trigrams: trigramsOf(record.text) };
    cache.set(record, f);
  }
  return f;
}

/** Character trigrams inside the normalized words of a sentence: clitics (و، ال، ب) change few of a word's trigrams. */
function trigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    const w = ` ${token.norm} `;
    for (let i = 0; i + 3 <= w.length; i++) grams.add(w.slice(i, i + 3));
  }
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Modalities that can describe one happening: an asserted event may also be reported from unnamed sources. */
function modalityGroup(modality: Modality): string {
  return modality === 'reported' ? 'asserted' : modality;
}

function entityLabel(e: EventEntity): string {
  return e.name ?? e.entity_text;
}

/** Coded actors relate when one code is the other or contains it (`ir` and `ir/hassan-rouhani`). */
function codesRelate(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

function namesOf(list: EventEntity[]): Set<string> {
  return new Set(list.map((e) => (e.name ?? e.entity_text).trim()).filter((n) => n.length > 0));
}

interface EntityRelation {
  compatible: boolean;
  support: number;
  reason: string;
  /** The code both sides share, when they share a coded actor: the only kind of match that counts as a signal. */
  code?: string;
}

/**
 * Actors (or targets) agree when they share a code or a name, or one side has none. Two sides that both name a
 * coded actor and share none are different events (الحوثيون vs تنظيم داعش); uncoded words alone never separate,
 * as the argument rules can pick a stray noun.
 */
function compareEntities(role: string, a: EventEntity[], b: EventEntity[]): EntityRelation {
  if (a.length === 0 || b.length === 0) return { compatible: true, support: 0, reason: `${role} unknown on one side` };
  const codedA = a.filter((e) => e.code !== null);
  const codedB = b.filter((e) => e.code !== null);
  // A country and one of its officials relate (no conflict) but are not the same actor: only equal codes are a signal.
  const exact = codedA.find((x) => codedB.some((y) => y.code === x.code));
  const shared = exact ?? codedA.find((x) => codedB.some((y) => codesRelate(x.code!, y.code!)));
  if (shared) return { compatible: true, support: 1, reason: `same ${role} (${entityLabel(shared)})`, ...(exact ? { code: exact.code! } : {}) };
  const names = namesOf(b);
  const sharedName = [...namesOf(a)].find((n) => names.has(n));
  if (codedA.length > 0 && codedB.length > 0) {
    return {
      compatible: false,
      support: 0,
      reason: `different ${role}s (${codedA.map(entityLabel).join(', ')} / ${codedB.map(entityLabel).join(', ')})`,
    };
  }
  if (sharedName) return { compatible: true, support: 0.5, reason: `same ${role} name (${sharedName})` };
  return { compatible: true, support: 0, reason: `${role}s differ but are not both coded` };
}

/** Tolls agree when neither is more than twice the other plus three: 12 vs 15 is one event, 3 vs 40 is not. */
function countsClose(a: CountRange, b: CountRange): boolean {
  const aMax = a.max ?? Infinity;
  const bMax = b.max ?? Infinity;
  return a.min <= 2 * bMax + 3 && b.min <= 2 * aMax + 3;
}

function countText(c: CountRange): string {
  return c.max === c.min ? String(c.min) : c.max === null ? `${c.min}+` : `${c.min}–${c.max}`;
}

function dateText(r: EventRecord): string {
  return `${r.date ?? 'undated'} (${r.date_precision ?? 'none'})`;
}

const WEIGHTS = { place: 0.35, actor: 0.2, recipient: 0.25, date: 0.1, toll: 0.15, mode: 0.05, text: 0.5, article: 0.3 };

/**
 * `explain: false` skips writing the reasons (the clustering compares many pairs and keeps the words only for the
 * merges it makes); the decision is the same.
 */
export function compareMentions(a: ClusterMention, b: ClusterMention, explain = true): MergeDecision {
  const ra = a.record;
  const rb = b.record;
  const apart = (reason: string): MergeDecision => ({ same: false, compatible: false, score: 0, reasons: explain ? [reason] : [] });
  if (ra.event_type !== rb.event_type) return apart(`different types (${ra.event_type} / ${rb.event_type})`);
  if (ra.mode !== null && rb.mode !== null && ra.mode !== rb.mode) return apart(`different modes (${ra.mode} / ${rb.mode})`);
  if (modalityGroup(ra.modality) !== modalityGroup(rb.modality)) {
    return apart(`incompatible modalities (${ra.modality} / ${rb.modality})`);
  }
  const fa = features(ra);
  const fb = features(rb);
  if (!fa.days || !fb.days) return apart(`a date too vague to compare (${dateText(ra)} / ${dateText(rb)})`);
  if (!rangesMeet(fa.days, fb.days)) return apart(`dates apart (${dateText(ra)} / ${dateText(rb)})`);

  const reasons: string[] = [];
  const say = (reason: string) => {
    if (explain) reasons.push(reason);
  };
  say(`same type ${ra.event_type}`);
  let score = 0;
  // Independent signals that point at one event; a merge needs two of them (MIN_SIGNALS), one about its content.
  let signals = 0;
  let content = 0;
  if (ra.mode !== null && ra.mode === rb.mode) {
    score += WEIGHTS.mode;
    // A bombing is one incident; air strikes, gunfire, sieges and arrests go on for days in one place.
    content += INCIDENT_MODES.has(ra.mode) ? 1 : 0;
    say(`same mode ${ra.mode}`);
  }
  const sameDay = ra.date_precision === 'day' && rb.date_precision === 'day' && ra.date === rb.date;
  score += sameDay ? WEIGHTS.date : 0;
  signals += sameDay ? 1 : 0;
  say(sameDay ? `same day ${ra.date}` : `dates compatible (${dateText(ra)} / ${dateText(rb)})`);

  const place = comparePlaces(ra.event_loc, rb.event_loc);
  if (!place.compatible) return apart(place.reason);
  score += WEIGHTS.place * place.support;
  signals += place.support >= 0.35 ? 1 : 0;
  say(place.reason);

  const codes: string[] = [];
  for (const [role, weight, x, y] of [
    ['actor', WEIGHTS.actor, ra.actor, rb.actor],
    ['target', WEIGHTS.recipient, ra.recipient, rb.recipient],
  ] as const) {
    const relation = compareEntities(role, x, y);
    if (!relation.compatible) return apart(relation.reason);
    score += weight * relation.support;
    // A shared uncoded name is often the place again (a target «عدن»); one actor in both roles counts once.
    if (relation.code !== undefined && !codes.includes(relation.code)) codes.push(relation.code);
    say(relation.reason);
  }
  signals += codes.length;
  // Who did it to whom, both coded and both shared, says what happened as much as the words do.
  content += codes.length === 2 ? 1 : 0;

  for (const field of ['dead', 'injured', 'arrested'] as const) {
    const x = ra[field];
    const y = rb[field];
    if (!x || !y) continue;
    if (!countsClose(x, y)) return apart(`${field} far apart (${countText(x)} / ${countText(y)})`);
    const equal = x.min === y.min && x.max === y.max;
    score += WEIGHTS.toll * (equal ? 1 : 0.4);
    signals += 1;
    content += 1;
    say(`${field} ${equal ? 'equal' : 'close'} (${countText(x)} / ${countText(y)})`);
  }

  // One article (or its copies) rarely reports two events of one type that nothing tells apart.
  if (a.copyOf === b.copyOf) {
    score += WEIGHTS.article;
    signals += 1;
    content += 1;
    say(a.documentId === b.documentId ? 'same article' : 'copies of one article');
  }
  const similarity = jaccard(fa.trigrams, fb.trigrams);
  score += WEIGHTS.text * similarity;
  signals += similarity >= SIMILAR_SENTENCES ? 1 : 0;
  content += similarity >= SIMILAR_SENTENCES ? 1 : 0;
  say(`sentence similarity ${similarity.toFixed(2)}`);
  score = Math.min(1, score);
  const same = score >= MIN_SUPPORT && signals >= MIN_SIGNALS && content > 0;
  say(
    `support ${score.toFixed(2)} ${score >= MIN_SUPPORT ? '≥' : '<'} ${MIN_SUPPORT}, ${signals} signals${signals < MIN_SIGNALS ? ` < ${MIN_SIGNALS}` : ''}` +
      (content > 0 ? '' : ', none about what happened (similar sentences, a toll, a bombing, same actor and target, same article)'),
  );
  return { same, compatible: true, score, reasons };
}
