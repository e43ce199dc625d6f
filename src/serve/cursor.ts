import { createHash } from 'node:crypto';
import { HttpError } from './envelope.js';

/**
 * Cursors are opaque to clients: the position where a page ended, and a fingerprint of the filters it was made
 * under, so a cursor reused with other filters is refused instead of silently skipping or repeating rows.
 */
export function fingerprint(params: Record<string, unknown>): string {
  const stable = Object.entries(params)
    .filter(([key, value]) => key !== 'cursor' && key !== 'limit' && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(stable)).digest('base64url').slice(0, 12);
}

export function encodeCursor<T>(position: T, filters: string): string {
  return Buffer.from(JSON.stringify({ p: position, f: filters })).toString('base64url');
}

export function decodeCursor<T>(cursor: string, filters: string, valid: (position: unknown) => position is T): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const body = parsed as { p?: unknown; f?: unknown } | null;
  if (!body || typeof body !== 'object' || !valid(body.p)) {
    throw new HttpError(400, 'cursor: not a cursor this API made', 'pass back the page.next value of the previous response unchanged');
  }
  if (body.f !== filters) {
    throw new HttpError(400, 'cursor: it was made for other filters', 'repeat the filters of the request that returned it, or drop the cursor to start over');
  }
  return body.p;
}
