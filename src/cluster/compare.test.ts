import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/index.js';
import { compareMentions } from './compare.js';
import { HOUTHIS, IS, RIYADH, SHEIKH_OTHMAN, TAIZ, YEMEN, mention } from './test-mentions.test-util.js';

const base = mention('a');

describe('compareMentions', () => {
  const cases: [string, Partial<EventRecord>, boolean, RegExp][] = [
    ['the same bombing in other words', { text: 'لقي 12 مدنيا مصرعهم أمس بتفجير سيارة مفخخة في سوق بعدن' }, true, /same place \(Aden\)/],
    ['a toll a little higher (12 vs 15)', { dead: { min: 15, max: 15, text: '15 قتيلا' } }, true, /dead close \(12 \/ 15\)/],
    ['a district of the same city', { event_loc: SHEIKH_OTHMAN }, true, /km apart \(Aden \/ Sheikh Othman\)/],
    ['dated the day after', { date: '2015-08-21' }, true, /dates compatible/],
    ['the publication date two days later', { date: '2015-08-22', date_precision: 'reported' }, true, /dates compatible/],
    ['dated by its month', { date: '2015-08-01', date_precision: 'month' }, true, /dates compatible/],
    ['another type', { event_type: 'PROTEST', quad_code: 'material-conflict' }, false, /different types/],
    ['another mode', { mode: 'aerial' }, false, /different modes \(explosives \/ aerial\)/],
    ['a threat, not a bombing', { modality: 'future' }, false, /incompatible modalities \(asserted \/ future\)/],
    ['a denial', { modality: 'negated' }, false, /incompatible modalities/],
    ['three days later', { date: '2015-08-23' }, false, /dates apart/],
    ['a year-only date', { date: '2015-01-01', date_precision: 'year' }, false, /too vague/],
    ['another city', { event_loc: TAIZ }, false, /km apart \(Aden \/ Taizz\)/],
    ['another country', { event_loc: RIYADH }, false, /different countries/],
    ['another attacker', { actor: [HOUTHIS] }, false, /different actors \(Islamic State \/ Houthis/],
    ['a toll far apart (12 vs 40)', { dead: { min: 40, max: 40, text: '40 قتيلا' } }, false, /dead far apart \(12 \/ 40\)/],
  ];
  it.each(cases)('%s', (_, fields, same, reason) => {
    const decision = compareMentions(base, mention('b', fields));
    expect(decision.same).toBe(same);
    expect(decision.reasons.join('; ')).toMatch(reason);
  });

  it('does not merge on the absence of contradictions alone', () => {
    const bare = (id: string, text: string) => mention(id, { actor: [], dead: null, mode: null, event_loc: YEMEN, date_precision: 'reported', text });
    const decision = compareMentions(
      bare('x', 'شنت طائرات التحالف غارات على مواقع للمتمردين في محافظة صعدة'),
      bare('y', 'قصفت المدفعية تجمعات المسلحين قرب الحدود الشمالية'),
    );
    expect(decision).toMatchObject({ same: false, compatible: true });
    expect(decision.reasons.at(-1)).toMatch(/support 0\.\d+ < 0\.45/);
  });

  it('keeps apart two statements in one city on one day that share nothing about what happened', () => {
    const statement = (id: string, text: string, name: string) =>
      mention(id, { event_type: 'CONSULT', quad_code: 'verbal-cooperation', mode: null, dead: null, event_loc: RIYADH, text, actor: [{ ...IS, code: null, name: null, entity_text: name }] });
    const decision = compareMentions(
      statement('x', 'استقبل أمير منطقة الرياض في مكتبه بالإمارة رئيس مجلس إدارة الغرفة التجارية', 'أمير منطقة الرياض'),
      statement('y', 'عقدت لجنة الاستعداد للعام الدراسي اجتماعها برئاسة مدير التعليم بالرياض', 'لجنة الاستعداد'),
    );
    expect(decision).toMatchObject({ same: false, compatible: true });
    expect(decision.reasons.at(-1)).toMatch(/none about what happened/);
  });

  it('is symmetric and writes reasons only when asked', () => {
    const other = mention('b', { event_loc: SHEIKH_OTHMAN, dead: { min: 15, max: 15, text: '15' } });
    const ab = compareMentions(base, other);
    const ba = compareMentions(other, base);
    expect([ab.same, ab.score]).toEqual([ba.same, ba.score]);
    expect(compareMentions(base, other, false)).toEqual({ ...ab, reasons: [] });
  });

  it('counts two mentions of one article (or of its copies) as support', () => {
    const text = { text: 'وأعلنت السلطات المحلية حالة الطوارئ' };
    const apart = compareMentions(mention('a', { ...text, actor: [] }), mention('b', { text: 'وتبنى التنظيم الهجوم في بيان', dead: null }));
    const together = compareMentions(mention('a', { ...text, actor: [] }, { copyOf: 'aawsat' }), mention('b', { text: 'وتبنى التنظيم الهجوم في بيان', dead: null }, { copyOf: 'aawsat' }));
    expect(together.score).toBeGreaterThan(apart.score);
    expect(together.reasons).toContain('copies of one article');
  });
});
