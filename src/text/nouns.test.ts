import { describe, expect, it } from 'vitest';
import { declineNoun } from './nouns.js';

describe('declineNoun', () => {
  it.each([
    ['هجوم', ['هجوم', 'هجوما', 'هجومان', 'هجومين']], // شن هجوماً, هجومين انتحاريين
    ['غارة', ['غاره', 'غارتان', 'غارتين', 'غارات']], // غارتين جويتين, الغارات
    ['اعتصام', ['اعتصام', 'اعتصاما', 'اعتصامان', 'اعتصامين']],
    ['مظاهرة', ['مظاهره', 'مظاهرتان', 'مظاهرتين', 'مظاهرات']],
    ['تصدّي', ['تصدي']], // ends in a weak letter: no written alif
  ])('%s → %j', (noun, forms) => {
    expect(declineNoun(noun)).toEqual(forms);
  });
});
