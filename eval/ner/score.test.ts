import { describe, it, expect } from 'vitest';
import type { TaggedSentence } from '../../src/extract/ner/index.js';
import { parseConll } from './conll.js';
import { scoreNer } from './score.js';

const gold: TaggedSentence[] = [
  {
    tokens: 'قال وزير الخارجية التركي مولود جاويش أوغلو في أنقرة إن الأمم المتحدة'.split(' '),
    tags: ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG'],
  },
  {
    tokens: 'وصل الأمير محمد بن سلمان إلى باريس'.split(' '),
    tags: ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC'],
  },
];
const perfect = gold.map((sentence) => [...sentence.tags]);

// Worked out by hand: one PERS cut short, the ORG called LOC, باريس missed, الأمير called ORG.
const flawed = [
  ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'I-LOC'],
  ['O', 'B-ORG', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O'],
];

describe('scoreNer', () => {
  it('gives 100 to a perfect system', () => {
    const score = scoreNer(gold, perfect);
    expect(score.micro).toMatchObject({ gold: 5, predicted: 5, correct: 5, f1: 1 });
    expect(score.macro.f1).toBe(1);
    expect(score.confusions).toEqual([]);
    expect(score.tokenAccuracy).toBe(1);
  });

  it('counts only exact span and type as correct (CoNLL-2003)', () => {
    const score = scoreNer(gold, flawed);
    expect(score.micro).toMatchObject({ gold: 5, predicted: 5, correct: 2, precision: 0.4, recall: 0.4 });
    expect(score.micro.f1).toBeCloseTo(0.4);
    expect(score.byType.PERS).toMatchObject({ gold: 2, predicted: 2, correct: 1, f1: 0.5 });
    expect(score.byType.LOC).toMatchObject({ gold: 2, predicted: 2, correct: 1, f1: 0.5 });
    expect(score.byType.ORG).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
    expect(score.byType.MISC).toMatchObject({ gold: 0, predicted: 0, f1: 0 });
    // MISC occurs nowhere, so the macro mean is over PERS, LOC and ORG.
    expect(score.macro.f1).toBeCloseTo((0.5 + 0.5 + 0) / 3);
  });

  it('names each kind of error with an example', () => {
    const { confusions } = scoreNer(gold, flawed);
    const table = Object.fromEntries(confusions.map((c) => [`${c.kind} ${c.gold}>${c.predicted}`, c.count]));
    expect(table).toEqual({ 'boundary PERS>PERS': 1, 'type ORG>LOC': 1, 'missed LOC>null': 1, 'spurious null>ORG': 1 });
    expect(confusions.find((c) => c.kind === 'boundary')?.examples).toEqual(['مولود جاويش أوغلو → مولود جاويش']);
    expect(confusions.find((c) => c.kind === 'type')?.examples).toEqual(['الأمم المتحدة → الأمم المتحدة']);
    expect(confusions.find((c) => c.kind === 'missed')?.examples).toEqual(['باريس → ∅']);
  });

  it.each([
    ['tags nothing', gold.map((s) => s.tags.map(() => 'O'))],
    ['calls every word a person', gold.map((s) => s.tags.map(() => 'B-PERS'))],
    ['shifts every entity one token right', gold.map((s) => ['O', ...s.tags.slice(0, -1)])],
  ])('scores a system that %s low', (_name, system) => {
    expect(scoreNer(gold, system).micro.f1).toBeLessThan(0.2);
  });

  it('reads IOB1 and IOB2 as the same entities', () => {
    const iob2 = 'زار B-PERS\nترامب I-PERS\nالسعودية B-LOC\nمصر B-LOC\n\nفي O\nالقاهرة B-LOC\n';
    const iob1 = 'زار I-PERS\nترامب I-PERS\nالسعودية I-LOC\nمصر B-LOC\n\nفي O\nالقاهرة I-LOC\n';
    const a = parseConll(iob2, 'iob2.conll');
    const b = parseConll(iob1, 'iob1.conll');
    expect(b.map((s) => s.tags)).toEqual(a.map((s) => s.tags));
    const score = scoreNer(a, b.map((s) => s.tags));
    expect(score.micro).toMatchObject({ gold: 4, correct: 4, f1: 1 });
  });

  it('refuses predictions that do not line up with the gold tokens', () => {
    expect(() => scoreNer(gold, [perfect[0] ?? []])).toThrow(/2 gold sentences but 1/);
    expect(() => scoreNer(gold, [perfect[0] ?? [], ['O']])).toThrow(/sentence 2/);
  });
});
