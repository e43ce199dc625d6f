import { describe, it, expect } from 'vitest';
import { InputError } from '../../src/core/index.js';
import { parseConll } from './conll.js';

describe('parseConll', () => {
  it('splits sentences on blank lines and -DOCSTART-, keeping the line of each', () => {
    const text = '\uFEFF-DOCSTART- O\n\nأعلن O\nاتحاد B-ORG\nصناعة I-ORG\r\n\n\nوقال O\nبرند NNP\tx\tB-PERS\n';
    expect(parseConll(text, 'a.conll')).toEqual([
      { tokens: ['أعلن', 'اتحاد', 'صناعة'], tags: ['O', 'B-ORG', 'I-ORG'], line: 3 },
      { tokens: ['وقال', 'برند'], tags: ['O', 'B-PERS'], line: 8 },
    ]);
  });

  it('turns an I- that opens an entity into B- (IOB1 and stray I- tags)', () => {
    const [sentence] = parseConll('في O\nألمانيا I-LOC\nو O\nجوتشولك I-PERS\nبرند B-PERS\n', 'x');
    expect(sentence?.tags).toEqual(['O', 'B-LOC', 'O', 'B-PERS', 'B-PERS']);
  });

  it.each([
    ['a line with one field', 'أعلن O\nاتحاد\n', /bad\.conll:2: expected "token TAG"/],
    ['an unknown type', 'أعلن O\nاتحاد B-GPE\n', /bad\.conll:2: unknown tag "B-GPE"/],
    ['a lower-case tag', 'اتحاد b-org\n', /bad\.conll:1: unknown tag/],
  ])('names the file and line of %s', (_name, text, message) => {
    expect(() => parseConll(text, 'bad.conll')).toThrow(message);
    expect(() => parseConll(text, 'bad.conll')).toThrow(InputError);
  });
});
