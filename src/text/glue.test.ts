import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { repairGlued } from './glue.js';
import { tokenize } from './tokenize.js';
import { testLexicon } from './lexicon.test-util.js';
import { arabicish } from './arbitraries.test-util.js';

const lexicon = testLexicon();
const repaired = (text: string): string[] => repairGlued(tokenize(text), lexicon).tokens.map((t) => t.surface);

describe('repairGlued', () => {
  const table: [string, string, string[]][] = [
    ['a multi-word name without its space', 'وصل وفد الولاياتالمتحدة', ['وصل', 'وفد', 'الولايات', 'المتحدة']],
    ['a conjunction between two known names', 'بين مصروالسودان', ['بين', 'مصر', 'و', 'السودان']],
    ['ta marbuta inside a word', 'أعلنت الجامعةالعربية', ['أعلنت', 'الجامعة', 'العربية']],
    ['ta marbuta inside a word, parts unknown', 'زيارةالمبعوث', ['زيارة', 'المبعوث']],
    ['alef maqsura inside a word', 'علىالحدود', ['على', 'الحدود']],
    ['a word glued to an article word', 'وزيرالخارجية', ['وزير', 'الخارجية']],
    ['a two-letter function word before the article', 'قتل فيالخرطوم', ['قتل', 'في', 'الخرطوم']],
    ['three names', 'ليبياومصروالسودان', ['ليبيا', 'و', 'مصر', 'و', 'السودان']],
    ['clitics stay on the first part', 'وللولاياتالمتحدة', ['وللولايات', 'المتحدة']],
    ['a longer name', 'دولة الإماراتالعربيةالمتحدة', ['دولة', 'الإمارات', 'العربية', 'المتحدة']],
    ['diacritics stay with their letters', 'مصرُوالسودانِ', ['مصرُ', 'و', 'السودانِ']],
    ['a conjunction between two names without the article', 'ليبياومصر', ['ليبيا', 'و', 'مصر']],
    ['a name written without its space after a word', 'قتلخان يونس'.replace(' ', ''), ['قتل', 'خان', 'يونس']],
    ['a dangling conjunction after ة', 'الجامعةو', ['الجامعة', 'و']],
    ['ى then a long word', 'المرضىقاموا', ['المرضى', 'قاموا']],
  ];
  it.each(table)('%s: %s', (_rule, text, expected) => {
    expect(repaired(text)).toEqual(expected);
  });

  const real: [string, string][] = [
    ['استقلال', 'contains no known part'],
    ['الاحتلال', 'known'],
    ['والسلام', 'a conjunction and the article on a known word'],
    ['الاتصالات', 'known'],
    ['أموال', 'known'],
    ['مصرية', 'a known name inside an adjective'],
    ['البحرين', 'a known name'],
    ['عندما', 'a two-letter word at the end'],
    ['بعدما', 'a two-letter word at the end'],
    ['فيلم', 'two-letter words'],
    ['وزيرها', 'a pronoun on a known word'],
    ['حيالهما', 'a pronoun on a known word, which looks like the article'],
    ['بالخرطوم', 'clitics on a known name'],
    ['وللمدينة', 'clitics on a known word'],
    ['المصور', 'ألم + a short name'],
    ['الأدبي', 'إلا + a short name'],
    ['انتهيت', 'أنت + a short name'],
    ['أنتونيس', 'و after a plain word'],
    ['معاليكم', 'إليكم does not start with the article'],
    ['كماليات', 'آليات does not start with the article'],
    ['وبورسعيد', 'a name also written as one word'],
    ['شاطىء', 'ى before a hamza is an old spelling'],
    ['السورىات', 'ى typed for ي'],
    ['الضربةن', 'one stray letter after ة'],
  ];
  it.each(real)('never splits a real word: %s (%s)', (word) => {
    expect(repaired(word)).toEqual([word]);
  });

  it('records each repair with its original span', () => {
    const text = 'قال وزيرالخارجية إن مصروالسودان اتفقتا';
    const { repairs, tokens } = repairGlued(tokenize(text), lexicon);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, surface: s });
    expect(repairs).toEqual([
      { ...at('وزيرالخارجية'), parts: ['وزير', 'الخارجية'], reason: 'known words glued together' },
      { ...at('مصروالسودان'), parts: ['مصر', 'و', 'السودان'], reason: 'a conjunction between known words' },
    ]);
    expect(tokens.map((t) => t.index)).toEqual(tokens.map((_, i) => i));
    expect(tokens[2]).toMatchObject({ ...at('الخارجية'), norm: 'الخارجيه', kind: 'word', sentence: 0 });
  });

  it('keeps offsets, surfaces and order for any text', () => {
    fc.assert(
      fc.property(arabicish(), (text) => {
        const { tokens, repairs } = repairGlued(tokenize(text), lexicon);
        let previousEnd = 0;
        tokens.forEach((t, i) => {
          expect(t.index).toBe(i);
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.surface).toBe(text.slice(t.start, t.end));
          previousEnd = t.end;
        });
        for (const r of repairs) {
          expect(r.surface).toBe(text.slice(r.start, r.end));
          expect(r.parts.join('')).toBe(r.surface);
        }
      }),
      { numRuns: 400 },
    );
  });
});
