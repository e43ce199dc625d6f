import { join } from 'node:path';
import { packageRoot } from '../../src/core/index.js';
import type { TaggedSentence } from '../../src/extract/ner/index.js';

/** Share of ANERcorp's tokens held out as the development slice unless told otherwise. */
export const DEV_PERCENT = 10;

/** Where ANERcorp's training part lives beside a checkout of the project (see ../shared/README.md). */
export const ANERCORP_RELATIVE_PATH = '../shared/data/ner/anercorp-train.conll';

export function defaultAnercorpPath(): string {
  return join(packageRoot(), ANERCORP_RELATIVE_PATH);
}

/**
 * Splits ANERcorp into what training may see and the development slice it never sees: the slice is the contiguous
 * tail holding `devPercent`% of the tokens, cut at a sentence boundary. ANERcorp runs article by article, so a
 * contiguous tail shares at most one article with the training part, where every-10th-sentence sampling would put
 * sentences of the same article (and its names) on both sides and flatter the score. Trainer and scorer both call this.
 */
export function splitAnercorp<T extends TaggedSentence>(sentences: readonly T[], devPercent = DEV_PERCENT): { train: T[]; dev: T[] } {
  if (!(devPercent > 0 && devPercent < 100)) throw new RangeError(`the dev slice must be between 0 and 100 percent, got ${devPercent}`);
  const total = sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
  const wanted = (total * devPercent) / 100;
  let cut = sentences.length;
  let held = 0;
  while (cut > 0 && held < wanted) {
    cut--;
    held += sentences[cut]?.tokens.length ?? 0;
  }
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}
