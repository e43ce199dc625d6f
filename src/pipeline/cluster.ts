import type { ClusterMention, CopyLink, EventType } from '../core/index.js';
import {

  COPY_THRESHOLD,
  LONGEST_RANGE_DAYS,
  MentionGraph,
  bandKeys,
  buildCanonical,
  canonicalDocument,
  cannotLinkSet,
  clusterComponent,
  dayRange,
  estimateJaccard,
  isoDay,
  minhashSignature,
  signatureWords,
} from '../cluster/index.js';
import type { DocumentStore, MinHash } from '../store/index.js';
import type { Token } from '../text/index.js';

/** The MinHash a document is stored with, from the tokens the pipeline already made; null when it has no word. */
export function documentMinHash(tokens: Iterable<Pick<Token, 'kind' | 'norm'>>): MinHash | null {
  const signature = minhashSignature(signatureWords(tokens));
  return signature ? { signature, bands: bandKeys(signature) } : null;
}

export interface ClusterSummary {
  /** Documents found to be a copy of another in this step. */
  copies: number;
  mentions: number;
  canonicalEvents: number;
  seconds: number;
}

/**
 * Finds the stored copies of each document and rewrites the copy groups they join: the group is every document
 * linked by a chain of copies, its canonical text the earliest published (ties: smallest id), recomputed whenever
 * a member arrives, so arrival order never matters. Returns the documents whose group changed.
 */
export function linkCopies(store: DocumentStore, documentIds: readonly string[]): { changed: string[]; copies: number } {
  const changed = new Set<string>();
  let copies = 0;
  for (const id of [...documentIds].sort()) {
    const signature = store.documentSignature(id);
    if (!signature) continue;
    const matches = store.copyCandidates(id).flatMap((c) => {
      const similarity = estimateJaccard(signature, c.signature);
      return similarity >= COPY_THRESHOLD ? [{ ...c, similarity }] : [];
    });
    if (matches.length === 0) continue;
    const members = new Map<string, CopyLink>();
    for (const link of store.copyGroups([id, ...matches.map((m) => m.documentId)])) members.set(link.documentId, link);
    const closest = Math.max(...matches.map((m) => m.similarity));
    if (!members.has(id)) copies += 1;
    members.set(id, { documentId: id, canonicalId: id, similarity: Math.max(members.get(id)?.similarity ?? 0, closest) });
    for (const m of matches) {
      members.set(m.documentId, { documentId: m.documentId, canonicalId: m.documentId, similarity: Math.max(members.get(m.documentId)?.similarity ?? 0, m.similarity) });
    }
    // Each old group's canonical is already its earliest member: the new one is the earliest of those and the newcomers.
    const contenders = new Set([id, ...matches.map((m) => m.documentId), ...[...members.values()].map((l) => l.canonicalId)]);
    const dated = [...contenders].map((doc) => ({ id: doc, publishedAt: store.getDocument(doc)?.publishedAt ?? null }));
    const canonical = canonicalDocument(dated)!;
    const group = [...members.values()].map((l) => ({ ...l, canonicalId: canonical, similarity: l.documentId === canonical ? 1 : l.similarity }));
    store.setCopyGroup(canonical, group);
    for (const l of group) changed.add(l.documentId);
  }
  return { changed: [...changed], copies };
}

const WEEK = 7;

/**
 * Re-clusters the event mentions of these documents with every stored mention they connect to: the connected
 * components of «same event» pairs are found by walking the store week by week around each visited mention, so
 * the result equals clustering the whole store at once, whatever the order and batches of arrival.
 */
export function clusterEvents(store: DocumentStore, documentIds: readonly string[]): { mentions: number; canonicalEvents: number } {
  const loaded = new Set<string>();
  const graph: MentionGraph = new MentionGraph((mention) => {
    const days = dayRange(mention.record);
    if (!days) return;
    const type = mention.record.event_type;
    const first = Math.floor((days.lo - LONGEST_RANGE_DAYS - 1) / WEEK);
    const last = Math.floor((days.hi + 1) / WEEK);
    for (let week = first; week <= last; week++) loadWeek(type, week);
  });
  const loadWeek = (type: EventType, week: number) => {
    const key = `${type}|${week}`;
    if (loaded.has(key)) return;
    loaded.add(key);
    graph.add(store.mentionsInWindow(type, isoDay(week * WEEK), isoDay(week * WEEK + WEEK - 1)));
  };
  const seeds: ClusterMention[] = store.mentionsOfDocuments([...documentIds]);
  if (seeds.length === 0) return { mentions: 0, canonicalEvents: 0 };
  graph.add(seeds);
  const component = graph.component(seeds);
  const ids = component.map((m) => m.record.id);
  const clusters = clusterComponent(component, graph, cannotLinkSet(store.cannotLinks(ids)));
  store.replaceCanonicalEvents(ids, clusters.map(buildCanonical));
  return { mentions: component.length, canonicalEvents: clusters.length };
}

/** The dedup step of an ingest batch: copies first (they decide independent sources), then events. */
export function clusterDocuments(store: DocumentStore, documentIds: readonly string[]): ClusterSummary {
  const started = performance.now();
  const { changed, copies } = linkCopies(store, documentIds);
  const { mentions, canonicalEvents } = clusterEvents(store, [...new Set([...documentIds, ...changed])]);
  return { copies, mentions, canonicalEvents, seconds: (performance.now() - started) / 1000 };
}

