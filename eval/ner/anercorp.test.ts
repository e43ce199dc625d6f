import { existsSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parseConll } from './conll.js';
import { ANERCORP_RELATIVE_PATH, splitAnercorp } from './anercorp.js';

const sentence = (length: number) => ({ tokens: Array.from({ length }, (_, i) => `كلمة${i}`), tags: Array.from({ length }, () => 'O') });

describe('splitAnercorp', () => {
  it('holds out the contiguous tail with the wanted share of tokens', () => {
    const sentences = [10, 20, 30, 25, 10, 5].map(sentence);
    const { train, dev } = splitAnercorp(sentences, 15);
    expect(dev).toEqual(sentences.slice(4));
    expect(train).toEqual(sentences.slice(0, 4));
  });

  it('rejects a share outside 0–100', () => {
    expect(() => splitAnercorp([sentence(3)], 0)).toThrow(RangeError);
    expect(() => splitAnercorp([sentence(3)], 100)).toThrow(RangeError);
  });

  const path = new URL(`../../${ANERCORP_RELATIVE_PATH}`, import.meta.url);
  it.skipIf(!existsSync(path))('cuts ANERcorp into about 90% / 10% of its tokens, the same way every time', () => {
    const sentences = parseConll(readFileSync(path, 'utf8'), 'anercorp');
    const { train, dev } = splitAnercorp(sentences);
    const tokens = (part: typeof sentences) => part.reduce((sum, s) => sum + s.tokens.length, 0);
    expect(train.length + dev.length).toBe(sentences.length);
    expect(tokens(dev) / (tokens(train) + tokens(dev))).toBeCloseTo(0.1, 2);
    expect(splitAnercorp(sentences).dev[0]?.line).toBe(dev[0]?.line);
  });
});
