import { repairGlued } from './glue.js';
import { scanTokens } from './scan.js';
import { assignSentences } from './sentences.js';
import type { TextAnalysis, TextLexicon } from './types.js';

/** The whole text layer in one pass: sentences, tokens (glued words repaired, re-indexed) and the repairs made. */
export function analyzeText(text: string, lexicon: TextLexicon): TextAnalysis {
  const tokens = scanTokens(text);
  const sentences = assignSentences(text, tokens);
  const { tokens: repaired, repairs } = repairGlued(tokens, lexicon);
  return { sentences, tokens: repaired, repairs };
}
