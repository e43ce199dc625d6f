import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyzeText } from './analyze.js';
import { testLexicon } from './lexicon.test-util.js';
import { arabicish } from './arbitraries.test-util.js';

const lexicon = testLexicon();

describe('analyzeText', () => {
  it('splits sentences, tokenizes and repairs glued words in one pass', () => {
    const text = 'التقى وزيرالخارجية بنظيره. وبحثا العلاقات بين مصروالسودان.';
    const { sentences, tokens, repairs } = analyzeText(text, lexicon);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['التقى وزيرالخارجية بنظيره.', 'وبحثا العلاقات بين مصروالسودان.']);
    expect(tokens.map((t) => `${t.sentence}:${t.surface}`)).toEqual([
      '0:التقى',
      '0:وزير',
      '0:الخارجية',
      '0:بنظيره',
      '0:.',
      '1:وبحثا',
      '1:العلاقات',
      '1:بين',
      '1:مصر',
      '1:و',
      '1:السودان',
      '1:.',
    ]);
    expect(tokens.map((t) => t.index)).toEqual(tokens.map((_, i) => i));
    expect(repairs.map((r) => r.surface)).toEqual(['وزيرالخارجية', 'مصروالسودان']);
  });

  it('handles empty text', () => {
    expect(analyzeText('', lexicon)).toEqual({ sentences: [], tokens: [], repairs: [] });
  });

  it('never throws and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(arabicish(), (text) => {
        const { sentences, tokens, repairs } = analyzeText(text, lexicon);
        for (const t of tokens) {
          expect(t.surface).toBe(text.slice(t.start, t.end));
          const sentence = sentences[t.sentence];
          expect(sentence).toBeDefined();
          if (sentence) {
            expect(t.start).toBeGreaterThanOrEqual(sentence.start);
            expect(t.end).toBeLessThanOrEqual(sentence.end);
          }
        }
        for (const r of repairs) expect(r.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 400 },
    );
  });
});
