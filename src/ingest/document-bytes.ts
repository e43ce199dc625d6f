import type { Origin } from '../core/index.js';
import { decodeUtf8, firstContentByte, firstInvalidLine, isBlank, looksBinary } from './bytes.js';
import { decodeHtml } from './charset.js';
import { parseHtml } from './html.js';
import { parsePlainText } from './plain-text.js';
import { rejectAt } from './records.js';
import type { IngestRecord, ReadSettings } from './types.js';

export type DocumentFormat = 'text' | 'html';

const LESS_THAN = 0x3c;
const HTML_START = /^\s*<(!doctype\s+html|html[\s>])/i;

/**
 * A whole file (or stdin) holding one document. `format` comes from the file name; null means "look at the
 * content": a page that opens like HTML is HTML, anything else plain text.
 */
export function readDocumentBytes(bytes: Uint8Array, format: DocumentFormat | null, origin: Origin, settings: ReadSettings): IngestRecord {
  if (isBlank(bytes)) return rejectAt(origin, 'empty: there is no text to read');
  if (looksBinary(bytes)) return rejectAt(origin, 'this is a binary file, not text');
  const kind = format ?? sniff(bytes);
  const content = kind === 'html' ? decodeHtml(bytes) : decodeUtf8(bytes);
  if (content === null) {
    const line = kind === 'html' ? null : firstInvalidLine(bytes);
    return rejectAt({ ...origin, line }, 'not valid UTF-8 text; convert it first (e.g. iconv -f WINDOWS-1256 -t UTF-8)');
  }
  return kind === 'html'
    ? parseHtml(content, origin, settings.maxDocumentChars)
    : parsePlainText(content, origin, settings.maxDocumentChars);
}

function sniff(bytes: Uint8Array): DocumentFormat {
  if (firstContentByte(bytes) !== LESS_THAN) return 'text';
  return HTML_START.test(new TextDecoder('latin1').decode(bytes.subarray(0, 256))) ? 'html' : 'text';
}

/** A file this large cannot hold a document within the limit: UTF-8 spends at most 3 bytes per UTF-16 unit. */
export function maxDocumentBytes(maxDocumentChars: number): number {
  return maxDocumentChars * 3;
}
