import { InputError } from '../core/index.js';

/** Checks a limit/offset pair before it reaches an engine, where a negative LIMIT can silently mean "no limit". */
export function checkPage(limit: number, offset: number): void {
  for (const [name, value] of [
    ['limit', limit],
    ['offset', offset],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InputError(`${name} must be a whole number ≥ 0, got ${String(value)}`, `pass a ${name} such as 20`);
    }
  }
}

/**
 * The exclusive string bound that makes `to` inclusive of everything it prefixes: `2015-07-21` must admit
 * `2015-07-21T23:59:59`. Every character of an ISO 8601 date-time sorts below `~`.
 */
export function exclusiveUpperBound(to: string): string {
  return `${to}~`;
}
