import { describe, expect, it } from 'vitest';
import { normalizeWord } from './normalize.js';
import { conjugate, presentStem } from './verbs.js';

function forms(past: string, present?: string): Map<string, string> {
  return new Map(conjugate(present === undefined ? { past } : { past, present }).map((f) => [f.form, f.tense]));
}

describe('presentStem', () => {
  it.each([
    ['قصف', undefined, 'قصف'], // form I
    ['هاجم', undefined, 'هاجم'], // form III
    ['سيطر', undefined, 'سيطر'], // quadriliteral
    ['اعتقل', undefined, 'عتقل'], // form VIII
    ['استهدف', undefined, 'ستهدف'], // form X
    ['انسحب', undefined, 'نسحب'], // form VII
    ['أطلق', undefined, 'طلق'], // form IV, hamza normalized
    ['دعا', undefined, 'دعو'], // defective form I
    ['زار', 'يزور', 'زور'], // hollow: given
    ['أدان', 'يُدين', 'دين'], // hollow form IV: given, vowels ignored
  ])('%s (%s) → %s', (past, present, stem) => {
    expect(presentStem(present === undefined ? { past } : { past, present })).toBe(stem);
  });
});

describe('conjugate', () => {
  it.each([
    // [base, given present, a form that must be generated, its tense]
    ['قصف', undefined, 'قصفت', 'past'], // قصفت الطائرات
    ['قصف', undefined, 'قصفوا', 'past'],
    ['قصف', undefined, 'قصفو', 'past'], // before a pronoun: قصفوها
    ['قصف', undefined, 'يقصف', 'present'],
    ['قصف', undefined, 'تقصفان', 'present'],
    ['سيطر', undefined, 'يسيطرون', 'present'],
    ['سيطر', undefined, 'سيطرنا', 'past'],
    ['اعتقل', undefined, 'يعتقلون', 'present'],
    ['اعتقل', undefined, 'اعتقلتم', 'past'],
    ['استهدف', undefined, 'تستهدف', 'present'],
    ['أطلق', undefined, 'أطلقوا', 'past'],
    ['أطلق', undefined, 'يطلقون', 'present'],
    ['دعا', undefined, 'دعت', 'past'],
    ['دعا', undefined, 'دعوا', 'past'],
    ['دعا', undefined, 'يدعو', 'present'],
    ['دعا', undefined, 'يدعون', 'present'],
    ['نفى', undefined, 'نفت', 'past'],
    ['نفى', undefined, 'ينفي', 'present'],
    ['نفى', undefined, 'نفيت', 'past'],
    ['زار', 'يزور', 'يزورون', 'present'],
    ['زار', 'يزور', 'زارت', 'past'],
    ['شنّ', undefined, 'شنوا', 'past'], // doubled
    ['شنّ', undefined, 'يشنون', 'present'],
    ['اغتال', undefined, 'اغتيل', 'past'], // hollow: the passive past
    ['أصاب', 'يصيب', 'أصيبوا', 'past'],
    ['استعاد', 'يستعيد', 'استعيدت', 'past'],
  ])('%s (%s) generates %s as %s', (past, present, form, tense) => {
    expect(forms(past, present).get(normalizeWord(form))).toBe(tense);
  });

  it.each([
    ['قصف', 'يقصفت'], // no prefix and past suffix together
    ['اعتقل', 'ياعتقل'], // form VIII keeps no ا after the prefix
    ['دعا', 'دعات'],
    ['هاجم', 'هيجم'], // form III has no hollow passive
  ])('%s never generates %s', (past, bad) => {
    expect(forms(past).has(bad)).toBe(false);
  });

  it('generates each form once', () => {
    const all = conjugate({ past: 'تظاهر' }).map((f) => f.form);
    expect(new Set(all).size).toBe(all.length);
  });
});
