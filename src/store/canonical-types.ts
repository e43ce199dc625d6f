import type { CannotLink, CanonicalEvent, ClusterMention, CopyLink, EventType } from '../core/index.js';

/** A document's MinHash signature and LSH band keys (computed by src/cluster), stored with the document. */
export interface MinHash {
  signature: Uint32Array;
  bands: number[];
}

/** A stored document that shares an LSH band with another: a possible copy, to be confirmed by its signature. */
export interface CopyCandidate {
  documentId: string;
  publishedAt: string | null;
  signature: Uint32Array;
}

export interface DedupStats {
  canonicalEvents: number;
  /** Event mentions that belong to a canonical event. */
  clusteredMentions: number;
  /** Documents that are a copy of another (canonical documents not counted). */
  copies: number;
  copyGroups: number;
}

/**
 * Near-duplicate documents, canonical events and analysts' splits (docs/DEDUP.md). The clustering itself happens
 * upstream (src/cluster, driven by src/pipeline); the store keeps its state and answers its lookups.
 */
export interface CanonicalStore {
  /** Stored documents sharing an LSH band with this one (itself excluded), with their signatures. */
  copyCandidates(documentId: string): CopyCandidate[];
  /** The stored MinHash signature of a document, null when it has none (no words, or stored without one). */
  documentSignature(documentId: string): Uint32Array | null;
  /** Every member of the copy groups these documents belong to, with the group's canonical document. */
  copyGroups(documentIds: string[]): CopyLink[];
  /** Records one copy group: each member (the canonical one included) points at `canonicalId`. */
  setCopyGroup(canonicalId: string, members: CopyLink[]): void;
  /** The event mentions of these documents, with what clustering needs of their documents. */
  mentionsOfDocuments(documentIds: string[]): ClusterMention[];
  /** The mentions of one type whose stored date lies within [from, to] (ISO days, inclusive). */
  mentionsInWindow(type: EventType, from: string, to: string): ClusterMention[];
  /** In one transaction: drops the canonical events of these mentions and stores `events` in their place. */
  replaceCanonicalEvents(mentionIds: string[], events: CanonicalEvent[]): void;
  getCanonicalEvent(id: string): CanonicalEvent | null;
  /** The canonical event a mention belongs to, null before clustering. */
  canonicalIdOf(mentionId: string): string | null;
  /** The analysts' cannot-links that involve any of these mentions. */
  cannotLinks(mentionIds: string[]): CannotLink[];
  /** Records that `mentionId` is not the same event as any of `otherIds` (split from canonical event `eventId`). */
  addSplit(eventId: string, mentionId: string, otherIds: string[]): void;
  /** Undoes a split; returns how many cannot-links were removed (0 when there was no such split). */
  removeSplit(eventId: string, mentionId: string): number;
  dedupStats(): DedupStats;
}
