import { scanTokens } from './scan.js';
import { assignSentences } from './sentences.js';
import type { Token } from './types.js';

/** Tokens of `text` with offsets into the original, normalized forms and sentence indexes. */
export function tokenize(text: string): Token[] {
  const tokens = scanTokens(text);
  assignSentences(text, tokens);
  return tokens;
}
