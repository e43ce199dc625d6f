import { pipeline } from 'node:stream';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ReadProgress } from './types.js';

/** Passes chunks through as bytes, reporting the running count, so a progress bar can follow any source. */
export async function* counted(
  source: AsyncIterable<Uint8Array | string>,
  file: string,
  bytesTotal: number | null,
  progress: (p: ReadProgress) => void,
): AsyncGenerator<Uint8Array> {
  let bytesRead = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    bytesRead += bytes.length;
    progress({ file, bytesRead, bytesTotal });
    yield bytes;
  }
}

/** Decompresses a gzip byte stream; corrupt or truncated data surfaces as an error from the iteration. */
export function gunzip(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  // pipeline ties the two together: an error or an early stop on either side tears down both.
  return pipeline(Readable.from(source), createGunzip(), () => undefined);
}

/** Chunks already read, then the rest of the source: lets a reader look at the start of a stream and go on. */
export async function* prepend(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* head;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    // Closing the source releases what it holds (a file handle, a stream) even when the reader stops early.
    await rest.return?.();
  }
}

/** Reads chunks until at least `bytes` bytes (or the end): enough to look at the start of a stream. */
export async function readHead(source: AsyncIterator<Uint8Array>, bytes: number): Promise<Uint8Array[]> {
  const head: Uint8Array[] = [];
  for (let size = 0; size < bytes; ) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.length;
  }
  return head;
}
