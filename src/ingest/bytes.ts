/** How far into a file to look for NUL bytes: text never has them, nearly every binary format does early on. */
export const SNIFF_BYTES = 8192;

/** A stream or file whose first non-blank byte is `{` is read as JSON Lines. */
export const OPEN_BRACE = 0x7b;

// fatal: invalid UTF-8 is an error, not silently replaced; a leading BOM is dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** The 1-based line holding the first invalid UTF-8 sequence, so a reject can point at it. */
export function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (decodeUtf8(bytes.subarray(start, end)) === null) return line;
    if (newline === -1) break;
    line += 1;
    start = newline + 1;
  }
  return line;
}

/** True when the bytes hold nothing but ASCII whitespace (an empty file, or one with only blank lines). */
export function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d));
}

/** The first byte that is not ASCII whitespace, or -1. */
export function firstContentByte(bytes: Uint8Array): number {
  const index = bytes.findIndex((byte) => !(byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)));
  return index === -1 ? -1 : bytes[index]!;
}
