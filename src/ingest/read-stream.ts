import { OPEN_BRACE, firstContentByte } from './bytes.js';
import { counted, prepend } from './chunks.js';
import { describeFailure } from './failures.js';
import { maxDocumentBytes, readDocumentBytes } from './document-bytes.js';
import { readJsonLines } from './jsonl.js';
import { rejectAt, tooManyBytes } from './records.js';
import type { IngestRecord, ReadSettings } from './types.js';

/**
 * Reads stdin or a pipe, whose size is unknown until its end: JSON Lines when the first non-blank character is
 * `{`, otherwise one plain-text (or HTML) document.
 */
export async function* readStream(
  source: AsyncIterable<Uint8Array | string>,
  file: string,
  settings: ReadSettings,
): AsyncGenerator<IngestRecord> {
  const origin = { file, line: null };
  const chunks = counted(source, file, null, settings.progress);
  try {
    const head: Uint8Array[] = [];
    let first = -1;
    try {
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        head.push(next.value);
        first = firstContentByte(next.value);
        if (first !== -1) break;
      }
    } catch (error) {
      yield rejectAt(origin, describeFailure(error));
      return;
    }
    if (first === OPEN_BRACE) {
      yield* readJsonLines(prepend(head, chunks), file, settings);
      return;
    }
    const limit = maxDocumentBytes(settings.maxDocumentChars);
    let size = head.reduce((total, chunk) => total + chunk.length, 0);
    try {
      // Past the limit the rest is only counted, for the message, never kept.
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        size += next.value.length;
        if (size <= limit) head.push(next.value);
      }
    } catch (error) {
      yield rejectAt(origin, describeFailure(error));
      return;
    }
    yield size > limit
      ? rejectAt(origin, tooManyBytes(size, settings.maxDocumentChars, 'input'))
      : readDocumentBytes(Buffer.concat(head), null, origin, settings);
  } finally {
    await chunks.return(undefined);
  }
}
