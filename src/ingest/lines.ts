export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its `\n` or `\r\n`; null when it was longer than the limit and so not kept. */
  bytes: Uint8Array | null;
  /** The line's length in bytes, kept or not. */
  size: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream into lines without decoding it, so each line can be decoded (and fail) on its own and a
 * file of any size is never held whole. A line longer than `maxLineBytes` is counted but not buffered.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
  let oversize = false;
  let number = 0;

  const take = (piece: Uint8Array): void => {
    pendingSize += piece.length;
    if (oversize) return;
    if (pendingSize > maxLineBytes) {
      oversize = true;
      pending = [];
    } else if (piece.length > 0) pending.push(piece);
  };
  const finish = (): Line => {
    number += 1;
    let bytes: Uint8Array | null = null;
    if (!oversize) {
      const joined = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      bytes = joined.at(-1) === CARRIAGE_RETURN ? joined.subarray(0, -1) : joined;
    }
    const line = { number, bytes, size: bytes?.length ?? pendingSize };
    pending = [];
    pendingSize = 0;
    oversize = false;
    return line;
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, newline));
      yield finish();
      start = newline + 1;
    }
    if (start < chunk.length) take(chunk.subarray(start));
  }
  if (pendingSize > 0) yield finish();
}
