import { createReadStream } from 'node:fs';
import { InputError } from '../core/index.js';
import { readFile } from './read-file.js';
import { readStream } from './read-stream.js';
import { DEFAULT_MAX_DOCUMENT_CHARS } from './types.js';
import type { IngestRecord, ReadOptions, ReadSettings } from './types.js';
import { expandPaths } from './walk.js';

/**
 * Reads every path in order (a file, a folder, or `-` for stdin) and yields each document or reject as soon as it
 * is read. Bad input becomes a reject naming its file and line; it never stops the rest.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<IngestRecord> {
  const settings = settingsFrom(opts);
  for await (const target of expandPaths(paths)) {
    if (target.kind === 'file') yield* readFile(target.path, target.size, settings);
    else if (target.kind === 'stream') {
      const source = target.path === '-' ? (opts.stdin ?? process.stdin) : createReadStream(target.path);
      yield* readStream(source as AsyncIterable<Uint8Array | string>, target.path, settings);
    } else yield target;
  }
}

function settingsFrom(opts: ReadOptions): ReadSettings {
  const maxDocumentChars = opts.maxDocumentChars ?? DEFAULT_MAX_DOCUMENT_CHARS;
  if (!Number.isSafeInteger(maxDocumentChars) || maxDocumentChars < 1) {
    throw new InputError(
      `the document size limit must be a whole number of characters, got ${String(maxDocumentChars)}`,
      `pass --max-doc-chars a number such as ${DEFAULT_MAX_DOCUMENT_CHARS}`,
    );
  }
  return { maxDocumentChars, progress: opts.onProgress ?? (() => undefined) };
}
