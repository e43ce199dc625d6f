import {
  CONTEXTS,
  type CanonicalEvent,
  type ClusterMention,
  type CountRange,
  type Disagreement,
  type EventRecord,
} from '../core/index.js';
import { mentionOrder, type EventCluster } from './cluster.js';

/** The canonical event id: derived from the earliest member (by date, then id), so it is stable. */
export function canonicalId(founder: ClusterMention): string {
  return `ce-${founder.record.id}`;
}

interface Vote<T> {
  key: string;
  value: T;
  mentions: number;
  confidence: number;
}

/**
 * The best-supported value of a field: most members, ties by summed confidence, then by key (deterministic).
 * Members without a value abstain. Returns the winner and, when members disagree, every value with its count.
 */
function vote<T>(field: string, members: ClusterMention[], read: (r: EventRecord) => { key: string; value: T } | null) {
  const votes = new Map<string, Vote<T>>();
  for (const { record } of members) {
    const v = read(record);
    if (!v) continue;
    const entry = votes.get(v.key) ?? { key: v.key, value: v.value, mentions: 0, confidence: 0 };
    entry.mentions += 1;
    entry.confidence += record.confidence;
    votes.set(v.key, entry);
  }
  const ranked = [...votes.values()].sort(
    (a, b) => b.mentions - a.mentions || b.confidence - a.confidence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const disagreement: Disagreement | null =
    ranked.length > 1 ? { field, values: ranked.map((v) => ({ value: v.key, mentions: v.mentions })) } : null;
  return { winner: ranked[0] ?? null, disagreement };
}

function countKey(c: CountRange | null) {
  if (!c) return null;
  return { key: c.max === c.min ? String(c.min) : `${c.min}–${c.max ?? ''}`, value: c };
}

const entitiesKey = (list: EventRecord['actor']) =>
  list.length === 0 ? null : { key: list.map((e) => e.code ?? e.name ?? e.entity_text).join(' + '), value: list };

/** A date written in the text (day, week, month) is better evidence than a publication date: it votes first. */
const STATED = new Set(['day', 'week', 'month']);

/** The merged record, the disagreements, and for each field the key that won (to pick the representative). */
function mergeRecord(id: string, members: ClusterMention[]) {
  const disagreements: Disagreement[] = [];
  const keep = <T>(result: { winner: Vote<T> | null; disagreement: Disagreement | null }) => {
    if (result.disagreement) disagreements.push(result.disagreement);
    return result.winner;
  };
  const stated = members.filter((m) => STATED.has(m.record.date_precision ?? ''));
  const date = keep(
    vote('date', stated.length > 0 ? stated : members, (r) =>
      r.date === null ? null : { key: `${r.date} (${r.date_precision})`, value: [r.date, r.date_precision, r.date_text] as const },
    ),
  );
  const own = members.filter((m) => m.record.event_loc && m.record.event_loc.precision !== 'document');
  const place = keep(
    vote('place', own.length > 0 ? own : members, (r) =>
      r.event_loc ? { key: r.event_loc.resolved_place ?? r.event_loc.extracted_place, value: r.event_loc } : null,
    ),
  );
  const mode = keep(vote('mode', members, (r) => (r.mode === null ? null : { key: r.mode, value: r.mode })));
  const modality = keep(vote('modality', members, (r) => ({ key: r.modality, value: r.modality })));
  const actor = keep(vote('actor', members, (r) => entitiesKey(r.actor)));
  const recipient = keep(vote('recipient', members, (r) => entitiesKey(r.recipient)));
  const dead = keep(vote('dead', members, (r) => countKey(r.dead)));
  const injured = keep(vote('injured', members, (r) => countKey(r.injured)));
  const arrested = keep(vote('arrested', members, (r) => countKey(r.arrested)));
  const winners = { date, place, mode, modality, actor, recipient, dead, injured, arrested };
  const contexts = new Set(members.flatMap((m) => m.record.context));
  const first = members[0]!.record;
  const record: Omit<EventRecord, 'event_text' | 'text' | 'evidence'> = {
    id,
    date: date?.value[0] ?? null,
    date_precision: date?.value[1] ?? null,
    date_text: date?.value[2] ?? null,
    event_type: first.event_type,
    quad_code: first.quad_code,
    mode: mode?.value ?? null,
    context: CONTEXTS.filter((c) => contexts.has(c)),
    modality: modality?.value ?? first.modality,
    actor: actor?.value ?? [],
    recipient: recipient?.value ?? [],
    event_loc: place?.value ?? null,
    dead: dead?.value ?? null,
    injured: injured?.value ?? null,
    arrested: arrested?.value ?? null,
    confidence: Math.max(...members.map((m) => m.record.confidence)),
    coder: first.coder,
  };
  return { record, disagreements, winners };
}

/** Keys a member agrees with the merged record on: the representative agrees on most. */
function agreement(record: EventRecord, winners: ReturnType<typeof mergeRecord>['winners']): number {
  let n = 0;
  if (winners.date && record.date === winners.date.value[0] && record.date_precision === winners.date.value[1]) n++;
  if (winners.place && record.event_loc === winners.place.value) n++;
  if (winners.mode && record.mode === winners.mode.value) n++;
  if (winners.modality && record.modality === winners.modality.value) n++;
  if (winners.actor && entitiesKey(record.actor)?.key === winners.actor.key) n++;
  if (winners.recipient && entitiesKey(record.recipient)?.key === winners.recipient.key) n++;
  for (const field of ['dead', 'injured', 'arrested'] as const) if (winners[field] && countKey(record[field])?.key === winners[field].key) n++;
  return n;
}

/**
 * Independent sources: documents joined when one is a copy of another (same copy group) or when they come from the
 * same outlet; each group is one source. A document without a source stands alone.
 */
function independentSources(members: ClusterMention[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let up = parent.get(root); up !== undefined; up = parent.get(root)) root = up;
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const m of members) {
    union(`doc:${m.documentId}`, `copy:${m.copyOf}`);
    if (m.source !== null) union(`doc:${m.documentId}`, `source:${m.source}`);
  }
  return new Set(members.map((m) => find(`doc:${m.documentId}`))).size;
}

/** The canonical event of a cluster: merged values with disagreements kept, counts, and every member's evidence. */
export function buildCanonical(cluster: EventCluster): CanonicalEvent {
  const members = [...cluster.members].sort(mentionOrder);
  const founder = members[0]!;
  const id = canonicalId(founder);
  const { record, disagreements, winners } = mergeRecord(id, members);
  // The representative carries the merged date, so the canonical view sorts and pages by the date it shows.
  const dated = members.filter((m) => m.record.date === record.date && m.record.date_precision === record.date_precision);
  let representative = dated[0] ?? founder;
  let bestAgreement = -1;
  for (const m of dated.length > 0 ? dated : members) {
    const a = agreement(m.record, winners);
    if (a > bestAgreement || (a === bestAgreement && m.record.confidence > representative.record.confidence)) {
      representative = m;
      bestAgreement = a;
    }
  }
  const published = members.map((m) => m.publishedAt).filter((p): p is string => p !== null).sort();
  const documents = [...new Set(members.map((m) => m.documentId))].sort();
  const rep = representative.record;
  return {
    id,
    record: { ...record, event_text: rep.event_text, text: rep.text, evidence: rep.evidence },
    representative: rep.id,
    reports: documents.length,
    sources: independentSources(members),
    first_reported: published[0] ?? null,
    last_reported: published.at(-1) ?? null,
    mentions: members.map((m) => m.record.id),
    disagreements,
    documents,
    source_names: [...new Set(members.map((m) => m.source).filter((s): s is string => s !== null))].sort(),
    evidence: members.map((m) => m.record.evidence),
    explanation: cluster.links,
  };
}
