import type { EventEvidence, EventRecord } from './events.js';

/**
 * Canonical events: the mentions of one real-world event in different reports, merged (see docs/DEDUP.md). Shared
 * by the clustering stage, which computes them, and the store, which keeps them.
 */

/** An event mention with what clustering needs to know about the document it came from. */
export interface ClusterMention {
  record: EventRecord;
  documentId: string;
  source: string | null;
  publishedAt: string | null;
  /** The canonical document of the mention's copy group (itself when it is no copy). */
  copyOf: string;
}

/** Why two mentions are, or are not, the same event: every rule that fired, in words. */
export interface MergeDecision {
  same: boolean;
  /** False when a hard constraint keeps the two apart (type, mode, modality, date, place, actors, tolls). */
  compatible: boolean;
  /** 0..1, how much the two agree beyond the hard constraints; used to pick the best cluster. */
  score: number;
  reasons: string[];
}

/** Two mentions an analyst said describe different events: never merged again until the split is undone. */
export interface CannotLink {
  a: string;
  b: string;
}

/** How a member joined its canonical event: the member it was compared with first and the decision. */
export interface MergeLink {
  mention: string;
  /** Null for the first member, which founded the event. */
  with: string | null;
  decision: MergeDecision | null;
}

/** Two or more values of one field seen among the members, with how many members reported each. */
export interface Disagreement {
  field: string;
  values: { value: string; mentions: number }[];
}

/** A near-duplicate document (reprint, wire copy) and the canonical document of its copy group. */
export interface CopyLink {
  documentId: string;
  canonicalId: string;
  /** Estimated Jaccard similarity of word shingles with the closest member of the group. */
  similarity: number;
}

/** The summary the canonical view of the store adds to each merged record. */
export interface CanonicalBlock {
  id: string;
  /** Documents that reported the event, copies included. */
  reports: number;
  /** Independent sources: distinct outlets once copies are collapsed into their canonical document. */
  sources: number;
  first_reported: string | null;
  last_reported: string | null;
  mentions: string[];
  disagreements: Disagreement[];
}

export interface CanonicalEvent extends CanonicalBlock {
  /** The merged record: each field's best-supported value; `id` is the canonical event id. */
  record: EventRecord;
  /** The member whose record is closest to the merged values: the store filters the canonical view by it. */
  representative: string;
  documents: string[];
  source_names: string[];
  evidence: EventEvidence[];
  explanation: MergeLink[];
}

/** A stored event record in the canonical view: the merged record with its canonical block. */
export type CanonicalRecord = EventRecord & { canonical: CanonicalBlock };
