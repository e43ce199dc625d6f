import type { CannotLink, ClusterMention, MergeDecision, MergeLink } from '../core/index.js';
import { compareMentions } from './compare.js';
import { dayRange, DAY_TOLERANCE, type DayRange } from './dates.js';

/** One canonical event in the making: its members in their stable order, and how each joined. */
export interface EventCluster {
  members: ClusterMention[];
  links: MergeLink[];
}

/** The order clustering visits mentions in, whatever order they came in: by date (undated last), then id. */
export function mentionOrder(a: ClusterMention, b: ClusterMention): number {
  const da = a.record.date ?? '~';
  const db = b.record.date ?? '~';
  if (da !== db) return da < db ? -1 : 1;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

/** A week or a month reaches this far past its first day, the date the store keeps. */
export const LONGEST_RANGE_DAYS = 31;
/** A day or a publication date (with the day before it) spans at most this many days past its first. */
const SHORT_RANGE_DAYS = 1;

interface Entry {
  mention: ClusterMention;
  days: DayRange;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
/** Mention numbers stay below this (2^26, 67 million), so a pair of them is a safe integer. */
const PAIR_BASE = 2 ** 26;

/** What the graph answers for a pair a hard constraint keeps apart (the reasons are not kept). */
const APART: MergeDecision = Object.freeze({ same: false, compatible: false, score: 0, reasons: [] }) as MergeDecision;

/**
 * The blocks a mention is compared within: its article (and the article's copies), its place when it is a town or
 * a province, the grid cell of a town, and each coded actor or target. Two mentions that share none of these cannot gather enough support
 * to merge (docs/DEDUP.md), and news is dense: one day of SaudiNewsNet holds 2,000 CONSULT mentions.
 */
function blockKeys(mention: ClusterMention): string[] {
  const r = mention.record;
  const keys = [`d:${mention.copyOf}`];
  // The document's focus stands in for a place in many mentions: too coarse a block on a news day.
  const place = r.event_loc?.precision === 'document' ? null : r.event_loc;
  if (place?.geonameid != null && place.resolution !== 'country' && place.resolution !== 'region') keys.push(`g:${place.geonameid}`);
  // A grid of about 30 km brings neighbouring towns and districts (عدن, الشيخ عثمان) into one block.
  if (place && (place.resolution === 'exact' || place.resolution === 'near') && place.lat !== null && place.lon !== null) {
    keys.push(`c:${Math.round(place.lat * 4)},${Math.round(place.lon * 4)}`);
  }
  for (const e of [...r.actor, ...r.recipient]) if (e.code !== null) keys.push(`a:${e.code}`);
  return [...new Set(keys)].map((k) => `${r.event_type}|${k}`);
}

/**
 * Mentions blocked by type, date range and shared keys, with every compatible pair decision computed once. Only
 * mentions of one type whose date ranges meet and which share a block are ever compared.
 */
export class MentionGraph {
  readonly #beforeVisit: ((mention: ClusterMention) => void) | null;
  readonly #byKey = new Map<string, Entry[]>();
  readonly #dirty = new Set<string>();
  readonly #known = new Set<string>();
  // Pairs are keyed by two small numbers (one per mention), far cheaper to hash than two ids.
  readonly #numbers = new Map<string, number>();
  readonly #decisions = new Map<number, MergeDecision>();
  readonly #apart = new Set<number>();

  /** `beforeVisit` runs before a mention's candidates are looked up: a store-backed caller loads its window there. */
  constructor(beforeVisit: ((mention: ClusterMention) => void) | null = null) {
    this.#beforeVisit = beforeVisit;
  }

  add(mentions: Iterable<ClusterMention>): void {
    for (const mention of mentions) {
      if (this.#known.has(mention.record.id)) continue;
      this.#known.add(mention.record.id);
      const days = dayRange(mention.record);
      if (!days) continue;
      // Day-long ranges and week- or month-long ones are kept apart, so that a scan reaches back a day, not a month.
      const long = days.hi - days.lo > SHORT_RANGE_DAYS ? '|long' : '';
      for (const key of blockKeys(mention)) {
        let list = this.#byKey.get(key + long);
        if (!list) this.#byKey.set(key + long, (list = []));
        list.push({ mention, days });
        this.#dirty.add(key + long);
      }
    }
  }

  has(mentionId: string): boolean {
    return this.#known.has(mentionId);
  }

  /**
   * The decision for a pair, computed once. Compatible pairs are remembered without their reasons, pairs kept
   * apart only by their key: a busy day holds thousands of mentions of one type.
   */
  decide(a: ClusterMention, b: ClusterMention): MergeDecision {
    const key = this.#pair(a.record.id, b.record.id);
    if (this.#apart.has(key)) return APART;
    let decision = this.#decisions.get(key);
    if (!decision) {
      const [first, second] = mentionOrder(a, b) <= 0 ? [a, b] : [b, a];
      decision = compareMentions(first, second, false);
      if (decision.compatible) this.#decisions.set(key, decision);
      else this.#apart.add(key);
    }
    return decision;
  }

  /** Every mention sharing a block with this one whose dates meet this one's, with the decision for the pair. */
  candidates(mention: ClusterMention): { mention: ClusterMention; decision: MergeDecision }[] {
    this.#beforeVisit?.(mention);
    const days = dayRange(mention.record);
    if (!days) return [];
    const out: { mention: ClusterMention; decision: MergeDecision }[] = [];
    const seen = new Set<string>([mention.record.id]);
    for (const key of blockKeys(mention).flatMap((k) => [k, `${k}|long`])) {
      const list = this.#sorted(key);
      if (!list) continue;
      // Sorted by first day: anything that can meet starts at most one range length before this one.
      const reach = key.endsWith('|long') ? LONGEST_RANGE_DAYS : SHORT_RANGE_DAYS;
      for (let i = lowerBound(list, days.lo - reach - DAY_TOLERANCE); i < list.length; i++) {
        const other = list[i]!;
        if (other.days.lo > days.hi + DAY_TOLERANCE) break;
        if (seen.has(other.mention.record.id) || other.days.hi + DAY_TOLERANCE < days.lo) continue;
        seen.add(other.mention.record.id);
        out.push({ mention: other.mention, decision: this.decide(mention, other.mention) });
      }
    }
    return out;
  }

  /** Every mention reachable from the seeds through pairs judged the same event: what must be clustered together. */
  component(seeds: Iterable<ClusterMention>): ClusterMention[] {
    const seen = new Map<string, ClusterMention>();
    const queue: ClusterMention[] = [];
    for (const seed of seeds) {
      if (seen.has(seed.record.id)) continue;
      seen.set(seed.record.id, seed);
      queue.push(seed);
    }
    for (let next = queue.pop(); next; next = queue.pop()) {
      for (const { mention, decision } of this.candidates(next)) {
        if (!decision.same || seen.has(mention.record.id)) continue;
        seen.set(mention.record.id, mention);
        queue.push(mention);
      }
    }
    return [...seen.values()];
  }

  /** All mentions added, split into their components. */
  components(): ClusterMention[][] {
    const all: ClusterMention[] = [];
    const unique = new Map<string, ClusterMention>();
    for (const list of this.#byKey.values()) for (const entry of list) unique.set(entry.mention.record.id, entry.mention);
    all.push(...unique.values());
    all.sort(mentionOrder);
    const done = new Set<string>();
    const out: ClusterMention[][] = [];
    for (const mention of all) {
      if (done.has(mention.record.id)) continue;
      const component = this.component([mention]);
      for (const member of component) done.add(member.record.id);
      out.push(component);
    }
    return out;
  }

  #pair(a: string, b: string): number {
    const x = this.#number(a);
    const y = this.#number(b);
    return x < y ? x * PAIR_BASE + y : y * PAIR_BASE + x;
  }

  #number(id: string): number {
    let n = this.#numbers.get(id);
    if (n === undefined) this.#numbers.set(id, (n = this.#numbers.size));
    return n;
  }

  #sorted(key: string): Entry[] | undefined {
    const list = this.#byKey.get(key);
    if (list && this.#dirty.has(key)) {
      list.sort((x, y) => x.days.lo - y.days.lo || mentionOrder(x.mention, y.mention));
      this.#dirty.delete(key);
    }
    return list;
  }
}

function lowerBound(list: Entry[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.days.lo < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function cannotLinkSet(links: Iterable<CannotLink>): Set<string> {
  const set = new Set<string>();
  for (const link of links) set.add(pairKey(link.a, link.b));
  return set;
}

/**
 * The order clustering visits a component in: mentions confirmed by the most other articles first (copies of one
 * article count once), so that well-attested reports found the clusters and a stray mention (an argument rule that
 * picked the wrong actor) joins them or stays alone rather than founding a cluster that repels the rest. A function
 * of the component's set of mentions only, ties by date then id.
 */
function visitOrder(component: ClusterMention[], graph: MentionGraph): ClusterMention[] {
  const strength = new Map<string, { articles: number; score: number }>();
  for (const mention of component) {
    const articles = new Set<string>();
    let score = 0;
    for (const { mention: other, decision } of graph.candidates(mention)) {
      if (!decision.same) continue;
      if (other.copyOf !== mention.copyOf) articles.add(other.copyOf);
      score += decision.score;
    }
    strength.set(mention.record.id, { articles: articles.size, score });
  }
  return [...component].sort((a, b) => {
    const sa = strength.get(a.record.id)!;
    const sb = strength.get(b.record.id)!;
    return sb.articles - sa.articles || sb.score - sa.score || mentionOrder(a, b);
  });
}

/**
 * Clusters one component, a deterministic function of its set of mentions: visited in the order above, each
 * mention joins a cluster holding a member it is the same event as, provided no hard constraint separates it from
 * any member (so a chain of look-alikes never drags two strikes together); among those, the one with the most
 * members it is the same event as wins (not the best mean, which would favour a lone mention of its own article),
 * then the best mean support, then the older cluster.
 * A mention that fits none, or that an analyst split from a member, founds a new cluster.
 */
export function clusterComponent(component: ClusterMention[], graph: MentionGraph, cannot: Set<string>): EventCluster[] {
  const clusters: EventCluster[] = [];
  const clusterOf = new Map<string, EventCluster>();
  const orderOf = new Map<EventCluster, number>();
  for (const mention of visitOrder(component, graph)) {
    const id = mention.record.id;
    // Only clusters holding a mention judged the same event can take this one.
    const reachable = new Set<EventCluster>();
    for (const { mention: other, decision } of graph.candidates(mention)) {
      const cluster = decision.same ? clusterOf.get(other.record.id) : undefined;
      if (cluster) reachable.add(cluster);
    }
    let best: { cluster: EventCluster; same: number; mean: number; order: number; link: MergeLink } | null = null;
    for (const cluster of reachable) {
      let total = 0;
      let link: MergeLink | null = null;
      let compatible = true;
      let same = 0;
      for (const member of cluster.members) {
        // Members outside this mention's blocks were never compared with it: compare them now.
        const decision = cannot.has(pairKey(id, member.record.id)) ? null : graph.decide(mention, member);
        if (!decision?.compatible) {
          compatible = false;
          break;
        }
        total += decision.score;
        if (decision.same) same += 1;
        if (decision.same && (!link || decision.score > (link.decision?.score ?? 0))) link = { mention: id, with: member.record.id, decision };
      }
      if (!compatible || !link) continue;
      const mean = total / cluster.members.length;
      const order = orderOf.get(cluster)!;
      const better = !best || same > best.same || (same === best.same && (mean > best.mean || (mean === best.mean && order < best.order)));
      if (better) best = { cluster, same, mean, order, link };
    }
    const cluster = best?.cluster ?? { members: [], links: [] };
    if (!best) {
      orderOf.set(cluster, clusters.length);
      clusters.push(cluster);
    }
    cluster.members.push(mention);
    // The reasons are written only for the merges made.
    const link = best ? { ...best.link, decision: compareMentions(mention, best.cluster.members.find((m) => m.record.id === best.link.with)!) } : null;
    cluster.links.push(link ?? { mention: id, with: null, decision: null });
    clusterOf.set(id, cluster);
  }
  return clusters;
}

/** Clusters a whole set of mentions (every component), honouring the analyst's cannot-links. */
export function clusterMentions(mentions: Iterable<ClusterMention>, cannotLinks: Iterable<CannotLink> = []): EventCluster[] {
  const graph = new MentionGraph();
  const list = [...mentions];
  graph.add(list);
  const cannot = cannotLinkSet(cannotLinks);
  const clusters = graph.components().flatMap((component) => clusterComponent(component, graph, cannot));
  // Undated mentions (and year-only ones) are never compared: each is an event of its own.
  for (const mention of list.filter((m) => !dayRange(m.record)).sort(mentionOrder)) {
    clusters.push({ members: [mention], links: [{ mention: mention.record.id, with: null, decision: null }] });
  }
  return clusters;
}
