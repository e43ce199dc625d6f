import type { Origin } from '../core/index.js';
import { SNIFF_BYTES, decodeUtf8, looksBinary } from './bytes.js';
import { prepend, readHead } from './chunks.js';
import { describeFailure } from './failures.js';
import { readFields, typeName } from './fields.js';
import type { Line } from './lines.js';
import { splitLines } from './lines.js';
import { documentAt, rejectAt, tooManyBytes, tooManyChars } from './records.js';
import type { IngestRecord, ReadSettings } from './types.js';

/** A JSON string spends at most 6 bytes per character (`\uXXXX`); the rest of a record gets a generous 1 MiB. */
export function maxLineBytes(maxDocumentChars: number): number {
  return maxDocumentChars * 6 + 1024 * 1024;
}

/**
 * Reads JSON Lines from a byte stream: one document per line, one reject per bad line, blank lines skipped. A
 * stream that fails part-way (a truncated gzip file) rejects the rest of the file at the line it reached.
 */
export async function* readJsonLines(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  settings: ReadSettings,
): AsyncGenerator<IngestRecord> {
  const source = chunks[Symbol.asyncIterator]();
  let head: Uint8Array[];
  try {
    head = await readHead(source, SNIFF_BYTES);
  } catch (error) {
    await source.return?.();
    yield rejectAt({ file, line: 1 }, `${describeFailure(error)}; the file was skipped`);
    return;
  }
  if (looksBinary(Buffer.concat(head))) {
    await source.return?.();
    yield rejectAt({ file, line: null }, 'this is a binary file, not JSON Lines text');
    return;
  }
  const lines = splitLines(prepend(head, source), maxLineBytes(settings.maxDocumentChars));
  let reached = 0;
  let nonBlank = 0;
  try {
    for (;;) {
      let next: IteratorResult<Line>;
      try {
        next = await lines.next();
      } catch (error) {
        yield rejectAt({ file, line: reached + 1 }, `${describeFailure(error)}; the rest of the file was skipped`);
        return;
      }
      if (next.done) break;
      reached = next.value.number;
      const record = parseLine(next.value, { file, line: reached }, settings.maxDocumentChars);
      if (record === null) continue;
      nonBlank += 1;
      yield record;
    }
  } finally {
    // Stepped by hand (to tell read errors from ours), so closed by hand: that closes the file.
    await lines.return(undefined);
  }
  if (nonBlank === 0) yield rejectAt({ file, line: null }, 'the file is empty: no JSON Lines records');
}

/** One line as a record, or null for a blank line. */
export function parseLine(line: Line, origin: Origin, maxDocumentChars: number): IngestRecord | null {
  if (line.bytes === null) return rejectAt(origin, tooManyBytes(line.size, maxDocumentChars, 'line'));
  const source = decodeUtf8(line.bytes);
  if (source === null) return rejectAt(origin, 'the line is not valid UTF-8; save the file as UTF-8');
  if (source.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return rejectAt(origin, `malformed JSON: ${(error as Error).message}`, source);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return rejectAt(origin, `the record is ${typeName(value)}, not a JSON object`, source);
  }
  const record = value as Record<string, unknown>;
  const key = record.text !== undefined && record.text !== null ? 'text' : 'content';
  const text = record[key];
  if (text === undefined || text === null) return rejectAt(origin, 'the record has no "text" (or "content") field', source);
  if (typeof text !== 'string') return rejectAt(origin, `"${key}" must be a string, not ${typeName(text)}`, source);
  if (text.length > maxDocumentChars) return rejectAt(origin, tooManyChars(text.length, maxDocumentChars), source);
  const fields = readFields(record, text.trim() === '' ? '' : text);
  if (!fields.ok) return rejectAt(origin, fields.problem, source);
  // Scrapers leave items whose body was not captured (an empty text beside a title or a URL): the article exists and
  // is counted and linkable, so it is kept; a record with nothing that says what it is, is not.
  if (fields.input.text === '' && fields.input.title === null && fields.input.url === null) {
    return rejectAt(origin, `"${key}" is empty and there is neither a title nor a url`, source);
  }
  return documentAt(origin, fields.input);
}
