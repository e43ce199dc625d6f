import type { Document, EventEntity, Reject } from '../core/index.js';
import { finalizeDocument, readInputs, type ReadOptions } from '../ingest/index.js';
import type { DocumentStore, IndexedDocument } from '../store/index.js';
import { indexTerms, searchTerms } from '../text/index.js';
import { clusterDocuments, documentMinHash, type ClusterSummary } from './cluster.js';
import type { PipelineContext } from './context.js';
import { analyze } from './pipeline.js';

export interface IngestProgress {
  file: string;
  bytesRead: number;
  bytesTotal: number | null;
  documents: number;
  rejected: number;
}

export interface IngestOptions extends Pick<ReadOptions, 'stdin' | 'maxDocumentChars'> {
  /** Code entities, places, dates, actors and events (the default); false stores and indexes the text only. */
  extract?: boolean;
  /** Documents per store transaction: large enough to amortize the commit, small enough to lose little on a crash. */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Detect copies and merge event mentions into canonical events (the default when extracting). */
  cluster?: boolean;
  /**
   * When: after each batch (`batch`: the canonical view follows a long ingest as it goes), or once after the last
   * batch (`run`, the default: news is dense, so the events a batch touches are re-clustered with everything they
   * connect to, and one step over the whole run costs about as much as one over a batch; docs/DEDUP.md).
   */
  clusterAfter?: 'batch' | 'run';
  onCluster?: (step: ClusterSummary & { step: number }) => void;
  onReject?: (reject: Reject) => void;
  /** Injected for reproducible tests; defaults to the wall clock. */
  now?: () => Date;
}

export interface IngestSummary {
  documents: number;
  inserted: number;
  existing: number;
  rejected: number;
  seconds: number;
  /** Time spent detecting copies and clustering events, included in `seconds`. */
  clusterSeconds: number;
}

/**
 * Runs the pipeline on a document and gathers what the store keeps: its events, and index terms from the title
 * as well as the body, so a search finds a headline word too.
 */
export function indexDocument(document: Document, context: PipelineContext, extract = true): IndexedDocument {
  const input = { text: document.text, publishedAt: document.publishedAt, documentId: document.id };
  const { analysis } = analyze(input, context, extract ? {} : { through: 'text' });
  const terms = indexTerms(analysis.tokens, context.lexicon);
  if (document.title) terms.push(...searchTerms(document.title, context.lexicon));
  const events = analysis.events.map((record) => ({
    record,
    actorTerms: record.actor.map((entity) => argumentTerms(entity, context)),
    recipientTerms: record.recipient.map((entity) => argumentTerms(entity, context)),
  }));
  return { ...document, searchTerms: terms, events, minhash: documentMinHash(analysis.tokens) };
}

/** An actor is found by the words the article used and by its canonical Arabic name. */
function argumentTerms(entity: EventEntity, context: PipelineContext): string[] {
  const terms = searchTerms(entity.entity_text, context.lexicon);
  if (entity.name_ar) terms.push(...searchTerms(entity.name_ar, context.lexicon));
  return [...new Set(terms)];
}

/** Reads every path (files, folders, `-`), indexes each document and stores it in batches; bad records become rejects. */
export async function ingestPaths(
  paths: string[],
  store: DocumentStore,
  context: PipelineContext,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 500;
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const summary: IngestSummary = { documents: 0, inserted: 0, existing: 0, rejected: 0, seconds: 0, clusterSeconds: 0 };
  const cluster = options.cluster ?? options.extract ?? true;
  const eachBatch = options.clusterAfter === 'batch';
  let steps = 0;
  const stored: string[] = [];
  const clusterStep = (ids: string[]) => {
    const step = clusterDocuments(store, ids);
    summary.clusterSeconds += step.seconds;
    options.onCluster?.({ ...step, step: (steps += 1) });
  };
  let batch: IndexedDocument[] = [];
  let position = { file: '', bytesRead: 0, bytesTotal: null as number | null };

  const flush = () => {
    if (batch.length === 0) return;
    const { inserted, existing } = store.putDocuments(batch);
    summary.inserted += inserted;
    summary.existing += existing;
    // Clustering is idempotent: known documents come out in the same canonical events, so they are clustered too.
    if (cluster && eachBatch) clusterStep(batch.map((doc) => doc.id));
    else if (cluster) stored.push(...batch.map((doc) => doc.id));
    batch = [];
  };
  const report = () => options.onProgress?.({ ...position, documents: summary.documents, rejected: summary.rejected });

  const records = readInputs(paths, {
    stdin: options.stdin,
    maxDocumentChars: options.maxDocumentChars,
    onProgress: (p) => {
      position = p;
      report();
    },
  });
  for await (const record of records) {
    if (record.kind === 'reject') {
      summary.rejected += 1;
      options.onReject?.(record.reject);
      continue;
    }
    const document = finalizeDocument(record.input, now().toISOString());
    batch.push(indexDocument(document, context, options.extract ?? true));
    summary.documents += 1;
    if (batch.length >= batchSize) {
      flush();
      report();
    }
  }
  flush();
  if (stored.length > 0) clusterStep(stored);
  report();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
