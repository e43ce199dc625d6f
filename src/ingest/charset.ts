import { decodeUtf8 } from './bytes.js';

const HEAD_BYTES = 1024;
const DECLARATION = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

/**
 * Decodes an HTML page in the charset it declares in its first kilobyte (older Arabic sites often use
 * windows-1256), or as UTF-8 when it declares none. Null when the bytes are not valid in that charset.
 */
export function decodeHtml(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  const label = DECLARATION.exec(head)?.[1];
  if (label === undefined) return decodeUtf8(bytes);
  const decoder = decoderFor(label);
  if (decoder === null) return decodeUtf8(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Null for a label TextDecoder does not know: browsers then fall back to their default, ours is UTF-8. */
function decoderFor(label: string): { decode(bytes: Uint8Array): string } | null {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return null;
  }
}
