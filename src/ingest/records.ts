import type { DocumentInput, Origin } from '../core/index.js';
import type { IngestRecord } from './types.js';

export type RejectRecord = Extract<IngestRecord, { kind: 'reject' }>;

const EXCERPT_CHARS = 120;

/** `file:line` (or just the file), as editors and terminals link it; stdin reads better as a word than as `-`. */
export function where(origin: Origin): string {
  const file = origin.file === '-' ? 'stdin' : origin.file;
  return origin.line === null ? file : `${file}:${origin.line}`;
}

/** A reject whose reason names the place, so it reads on its own in a log or a .rejects.jsonl file. */
export function rejectAt(origin: Origin, problem: string, excerptFrom: string | null = null): RejectRecord {
  return { kind: 'reject', reject: { origin, reason: `${where(origin)}: ${problem}`, excerpt: excerpt(excerptFrom) } };
}

export function documentAt(origin: Origin, input: DocumentInput): IngestRecord {
  return { kind: 'document', input, origin };
}

function excerpt(text: string | null): string | null {
  if (text === null) return null;
  const flat = text.slice(0, EXCERPT_CHARS * 4).replace(/\s+/g, ' ').trim();
  if (flat === '') return null;
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

const count = (n: number): string => n.toLocaleString('en-US');

export function tooManyChars(chars: number, limit: number): string {
  return `the document has ${count(chars)} characters, over the limit of ${count(limit)}; raise it with --max-doc-chars`;
}

export function tooManyBytes(bytes: number, limit: number, what: string): string {
  return `the ${what} is ${count(bytes)} bytes, too large for a document of at most ${count(limit)} characters; raise the limit with --max-doc-chars`;
}
