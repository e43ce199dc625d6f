import { ENTITY_TYPES } from '../../src/extract/ner/index.js';
import type { Counts, NerScore } from './score.js';

const percent = (value: number) => (100 * value).toFixed(2).padStart(6);

/** The score as a plain-text table: per type, micro and macro, then the most frequent errors. */
export function formatScore(score: NerScore, confusions = 10): string {
  const row = (name: string, c: Pick<Counts, 'precision' | 'recall' | 'f1'> & Partial<Counts>) =>
    `${name.padEnd(6)} ${percent(c.precision)} ${percent(c.recall)} ${percent(c.f1)} ${String(c.gold ?? '').padStart(6)} ${String(c.predicted ?? '').padStart(6)} ${String(c.correct ?? '').padStart(6)}`;
  const lines = [
    `${score.sentences} sentences, ${score.tokens} tokens, token accuracy ${(100 * score.tokenAccuracy).toFixed(2)}%`,
    '',
    'type        P      R     F1   gold   pred   right',
    ...ENTITY_TYPES.map((type) => row(type, score.byType[type])),
    row('micro', score.micro),
    row('macro', score.macro),
  ];
  if (score.confusions.length > 0) {
    lines.push('', 'most frequent errors (gold → predicted):');
    for (const c of score.confusions.slice(0, confusions)) {
      const what = `${c.kind.padEnd(8)} ${(c.gold ?? '∅').padEnd(4)} → ${(c.predicted ?? '∅').padEnd(4)}`;
      lines.push(`${String(c.count).padStart(6)}  ${what}  e.g. ${c.examples.join(' | ')}`);
    }
  }
  return lines.join('\n');
}
