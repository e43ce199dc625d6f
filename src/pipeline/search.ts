import { InputError, type Span } from '../core/index.js';
import type { DocumentStore, SearchHit } from '../store/index.js';
import { matchSpans, queryTerms } from '../text/index.js';
import type { PipelineContext } from './context.js';

export interface SearchOptions {
  limit?: number;
  offset?: number;
  source?: string;
  from?: string;
  to?: string;
}

/** A passage of the original text around the first match, with the matches as offsets into the passage. */
export interface Snippet {
  text: string;
  highlights: Span[];
  /** Offset of the passage in the document text, so a reader can jump to it. */
  start: number;
}

export interface SearchResult extends SearchHit {
  snippet: Snippet | null;
}

const SNIPPET_CONTEXT = 90;

/** Arabic-aware search: the query is normalized and de-cliticized like the index, so مصراتة finds بمصراتة and مِصراتة. */
export function searchDocuments(
  store: DocumentStore,
  query: string,
  context: PipelineContext,
  options: SearchOptions = {},
): SearchResult[] {
  const groups = queryTerms(query, context.lexicon);
  if (groups.length === 0) {
    throw new InputError(`the query "${query}" has no searchable word`, 'give at least one word, e.g. marsad search مصراتة');
  }
  const hits = store.search({ groups, limit: options.limit ?? 20, offset: options.offset, source: options.source, from: options.from, to: options.to });
  return hits.map((hit) => {
    const text = store.getDocument(hit.id)?.text ?? '';
    return { ...hit, snippet: makeSnippet(text, matchSpans(text, query, context.lexicon)) };
  });
}

export function makeSnippet(text: string, matches: Span[]): Snippet | null {
  const first = matches[0];
  if (!first) return null;
  const start = wordBoundaryBefore(text, Math.max(0, first.start - SNIPPET_CONTEXT));
  const end = wordBoundaryAfter(text, Math.min(text.length, first.end + SNIPPET_CONTEXT));
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start - start, end: m.end - start }));
  return { text: text.slice(start, end), highlights, start };
}

function wordBoundaryBefore(text: string, index: number): number {
  if (index === 0) return 0;
  const space = text.lastIndexOf(' ', index);
  return space < 0 ? 0 : space + 1;
}

function wordBoundaryAfter(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const space = text.indexOf(' ', index);
  return space < 0 ? text.length : space;
}
