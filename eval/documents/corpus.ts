import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, contentId, packageRoot } from '../../src/core/index.js';
import { finalizeDocument, normalizePublished, readInputs } from '../../src/ingest/index.js';
import type { GoldLine } from './read.js';
import type { InlineDocument, ReferenceDocument } from './schema.js';

/** The corpus gold references name by default, where it lives beside a checkout (../shared is not in the repository). */
export const DEFAULT_CORPUS_NAME = 'saudinewsnet';
export const DEFAULT_CORPUS_RELATIVE_PATH = '../shared/data/news/saudinewsnet-2015.jsonl.gz';

export function defaultCorpusPath(): string {
  return join(packageRoot(), DEFAULT_CORPUS_RELATIVE_PATH);
}

/** A document a gold line stands for, with the id, text and publication date the pipeline is given. */
export interface GoldDocument {
  id: string;
  text: string;
  publishedAt: string | null;
  where: string;
}

/** Reads `name=path` (a --corpus option); repeated options add corpora to `previous`. */
export function parseCorpusOption(value: string, previous: Map<string, string> = new Map()): Map<string, string> {
  const m = /^([\w.-]+)=(.+)$/.exec(value);
  if (!m) throw new InputError(`--corpus expects name=path, got "${value}"`, `for example --corpus ${DEFAULT_CORPUS_NAME}=${DEFAULT_CORPUS_RELATIVE_PATH}`);
  return new Map(previous).set(m[1] as string, m[2] as string);
}

/** The corpora given, plus the default SaudiNewsNet file when it is present and not overridden. */
export function withDefaultCorpus(given: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(given);
  if (!out.has(DEFAULT_CORPUS_NAME) && existsSync(defaultCorpusPath())) out.set(DEFAULT_CORPUS_NAME, defaultCorpusPath());
  return out;
}

type DocumentPart = InlineDocument | ReferenceDocument;

/**
 * The documents of gold lines, in order: inline texts as they are, references read from their corpus the way
 * `marsad ingest` reads it (so ids and publication dates are those the store holds). Each corpus is read once.
 */
export async function resolveDocuments(lines: readonly GoldLine<DocumentPart>[], corpora: ReadonlyMap<string, string>): Promise<GoldDocument[]> {
  const wanted = new Map<string, Set<string>>();
  for (const { where, value } of lines) {
    if (!('corpus' in value)) continue;
    if (!corpora.has(value.corpus)) {
      throw new InputError(
        `${where}: field corpus: no corpus named "${value.corpus}" was given`,
        `pass --corpus ${value.corpus}=PATH (a JSON Lines file, .gz allowed)`,
      );
    }
    wanted.set(value.corpus, (wanted.get(value.corpus) ?? new Set()).add(value.id));
  }
  const found = new Map<string, { text: string; publishedAt: string | null }>();
  for (const [name, ids] of wanted) {
    const path = corpora.get(name) as string;
    if (!existsSync(path)) throw new InputError(`the corpus ${name} is not at ${path}`, `pass --corpus ${name}=PATH with the right path`);
    for await (const record of readInputs([path])) {
      if (record.kind !== 'document') continue;
      const document = finalizeDocument(record.input, '');
      if (ids.has(document.id)) found.set(`${name}\u0000${document.id}`, { text: document.text, publishedAt: document.publishedAt });
    }
  }
  return lines.map(({ where, value }) => {
    if (!('corpus' in value)) return { id: contentId(value.text), text: value.text, publishedAt: normalizePublished(value.published_at ?? null), where };
    const document = found.get(`${value.corpus}\u0000${value.id}`);
    if (!document) throw new InputError(`${where}: field id: no document "${value.id}" in the corpus ${value.corpus}`, 'check the id against the corpus file (the "id" field of its records)');
    return { id: value.id, ...document, where };
  });
}

/** A system under evaluation: reads one document, returns what it found. */
export type DocumentSystem<P> = (text: string, publishedAt: string | null, documentId: string) => P;

/** Fetches the documents of gold lines and runs the system on each; `seconds` is the system's time alone. */
export async function runOnGold<P>(
  lines: readonly GoldLine<DocumentPart>[],
  corpora: ReadonlyMap<string, string>,
  system: DocumentSystem<P>,
): Promise<{ documents: GoldDocument[]; predicted: P[]; seconds: number }> {
  const documents = await resolveDocuments(lines, corpora);
  const started = performance.now();
  const predicted = documents.map((d) => system(d.text, d.publishedAt, d.id));
  return { documents, predicted, seconds: (performance.now() - started) / 1000 };
}
