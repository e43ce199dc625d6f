import { describe, it, expect } from 'vitest';
import { LABELS, chunks, iob2Transitions, parseTag, toIob2 } from './iob.js';

describe('chunks', () => {
  it.each([
    ['IOB2', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC'], [[1, 4, 'PERS'], [5, 6, 'LOC']]],
    ['IOB1 touching entities', ['I-LOC', 'B-LOC', 'O', 'I-ORG', 'I-ORG'], [[0, 1, 'LOC'], [1, 2, 'LOC'], [3, 5, 'ORG']]],
    ['a type change without B-', ['B-ORG', 'I-ORG', 'I-LOC'], [[0, 2, 'ORG'], [2, 3, 'LOC']]],
    ['entities running to the end', ['O', 'I-MISC'], [[1, 2, 'MISC']]],
    ['nothing', ['O', 'O'], []],
  ])('reads %s', (_name, tags, expected) => {
    expect(chunks(tags).map((c) => [c.start, c.end, c.type])).toEqual(expected);
  });

  it('rejects a tag outside the scheme', () => {
    expect(() => chunks(['O', 'B-GPE'])).toThrow(/B-GPE/);
  });
});

describe('toIob2', () => {
  it('rewrites IOB1 so that every entity opens with B-', () => {
    expect(toIob2(['I-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC'])).toEqual(['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC']);
  });
});

describe('parseTag', () => {
  it.each([
    ['O', { prefix: 'O' }],
    ['B-ORG', { prefix: 'B', type: 'ORG' }],
    ['I-MISC', { prefix: 'I', type: 'MISC' }],
    ['E-LOC', null],
    ['B-', null],
    ['o', null],
  ])('%s', (tag, expected) => expect(parseTag(tag)).toEqual(expected));
});

describe('iob2Transitions', () => {
  const allowed = iob2Transitions(LABELS);
  const may = (from: string | null, to: string) => allowed[(from === null ? LABELS.length : LABELS.indexOf(from)) * LABELS.length + LABELS.indexOf(to)] === 1;
  it.each([
    [null, 'B-PERS', true],
    [null, 'I-PERS', false],
    ['O', 'I-LOC', false],
    ['B-LOC', 'I-LOC', true],
    ['I-LOC', 'I-LOC', true],
    ['B-LOC', 'I-ORG', false],
    ['I-PERS', 'B-PERS', true],
    ['I-PERS', 'O', true],
  ])('%s → %s: %s', (from, to, expected) => expect(may(from, to)).toBe(expected));
});
