import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { OPEN_BRACE, SNIFF_BYTES, firstContentByte, looksBinary } from './bytes.js';
import { counted, gunzip } from './chunks.js';
import { describeFailure } from './failures.js';
import { maxDocumentBytes, readDocumentBytes } from './document-bytes.js';
import type { DocumentFormat } from './document-bytes.js';
import { readJsonLines } from './jsonl.js';
import { rejectAt, tooManyBytes } from './records.js';
import type { IngestRecord, ReadSettings } from './types.js';

export type FileFormat = 'jsonl' | 'jsonl.gz' | DocumentFormat;

const FORMATS: [RegExp, FileFormat][] = [
  [/\.(jsonl|ndjson)$/, 'jsonl'],
  [/\.(jsonl|ndjson)\.gz$/, 'jsonl.gz'],
  [/\.(txt|text|md)$/, 'text'],
  [/\.html?$/, 'html'],
];

/** The format a file's name announces, or null for an extension Marsad does not know (the content decides). */
export function formatOf(path: string): FileFormat | null {
  const name = basename(path).toLowerCase();
  return FORMATS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

const CHUNK_BYTES = 1024 * 1024;

/** Reads one file: JSON Lines streamed line by line, any other format whole, as one document. */
export async function* readFile(path: string, size: number, settings: ReadSettings): AsyncGenerator<IngestRecord> {
  const origin = { file: path, line: null };
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    yield rejectAt(origin, describeFailure(error));
    return;
  }
  try {
    const format = formatOf(path) ?? (await sniffFormat(handle));
    if (format === 'binary') {
      yield rejectAt(origin, 'this is a binary file, not text');
    } else if (format === 'jsonl' || format === 'jsonl.gz') {
      const stream = handle.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES, autoClose: false });
      const raw = counted(stream, path, size, settings.progress);
      yield* readJsonLines(format === 'jsonl.gz' ? gunzip(raw) : raw, path, settings);
    } else if (size > maxDocumentBytes(settings.maxDocumentChars)) {
      yield rejectAt(origin, tooManyBytes(size, settings.maxDocumentChars, 'file'));
    } else {
      const bytes = await handle.readFile();
      settings.progress({ file: path, bytesRead: bytes.length, bytesTotal: size });
      yield readDocumentBytes(bytes, format, origin, settings);
    }
  } catch (error) {
    // Only the reads above can fail here (readJsonLines turns its own read errors into rejects).
    yield rejectAt(origin, describeFailure(error));
  } finally {
    await handle.close();
  }
}

/** For an unknown extension: JSON Lines if the content opens with `{`, binary if it has NUL bytes, else let the content decide. */
async function sniffFormat(handle: FileHandle): Promise<'jsonl' | 'binary' | null> {
  const head = new Uint8Array(SNIFF_BYTES);
  const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
  const start = head.subarray(0, bytesRead);
  if (looksBinary(start)) return 'binary';
  return firstContentByte(start) === OPEN_BRACE ? 'jsonl' : null;
}
