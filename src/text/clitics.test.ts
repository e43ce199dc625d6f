import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { segment, stemVariants } from './clitics.js';
import { tokenize } from './tokenize.js';
import { normalize } from './normalize.js';
import { testLexicon } from './lexicon.test-util.js';
import { arabicish } from './arbitraries.test-util.js';

const lexicon = testLexicon();
const word = (text: string) => {
  const token = tokenize(text)[0];
  if (!token) throw new Error(`no token in ${text}`);
  return token;
};
const pieces = (text: string): string[] => segment(word(text), lexicon).morphs.map((m) => `${m.role}:${m.surface}`);

describe('segment', () => {
  const table: [string, string, string[]][] = [
    ['conjunction, preposition, article', 'وبالمدينة', ['conj:و', 'prep:ب', 'article:ال', 'stem:مدينة']],
    ['ل + ال contracted to لل', 'للمدينة', ['prep:ل', 'article:ل', 'stem:مدينة']],
    ['a name known with its article keeps it', 'والخرطوم', ['conj:و', 'stem:الخرطوم']],
    ['a relative pronoun is not article + stem', 'والذي', ['conj:و', 'stem:الذي']],
    ['a preposition on a name', 'بمصراتة', ['prep:ب', 'stem:مصراتة']],
    ['ل before a name that starts with ل', 'للبنان', ['prep:ل', 'stem:لبنان']],
    ['the future marker before an imperfect verb', 'وسيعلن', ['conj:و', 'future:س', 'stem:يعلن']],
    ['a pronoun after a known stem', 'وزيرها', ['stem:وزير', 'pronoun:ها']],
    ['a ta marbuta written ت before a pronoun', 'حكومته', ['stem:حكومت', 'pronoun:ه']],
    ['clitics on both sides', 'وبيانهم', ['conj:و', 'stem:بيان', 'pronoun:هم']],
    ['a preposition beats a pronoun on a tie', 'بذلك', ['prep:ب', 'stem:ذلك']],
    ['an unknown word after a clear article cue', 'والمقاتلين', ['conj:و', 'article:ال', 'stem:مقاتلين']],
    ['diacritics stay with their letters', 'وَبِالْمَدِينَةِ', ['conj:وَ', 'prep:بِ', 'article:الْ', 'stem:مَدِينَةِ']],
    ['tatweel stays in the stem', 'بالمـدينة', ['prep:ب', 'article:ال', 'stem:مـدينة']],
    ['a leading tatweel stays with the first morph', 'ـوبمصراتة', ['conj:ـو', 'prep:ب', 'stem:مصراتة']],
  ];
  it.each(table)('%s: %s', (_rule, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  const guarded = ['بغداد', 'ليبيا', 'والي', 'وزير', 'بيان', 'كتاب', 'فرنسا', 'سوريا', 'لبنان', 'سيطرة', 'سنة', 'مصري', 'إلغاء', 'ألمانيا', 'الله', 'البحرين'];
  it.each(guarded)('never cuts a known word: %s', (text) => {
    expect(pieces(text)).toEqual([`stem:${text}`]);
  });

  const uncut: [string, string][] = [
    ['an unknown word without a strong cue', 'وقت'],
    ['a stem would be one letter', 'بي'],
    ['the future marker before a non-verb prefix', 'سلم'],
    ['the future marker before a two-letter word', 'سان'],
    ['the future marker before a two-letter stem and a pronoun', 'سأبك'],
    ['a guessed stem too short after the article', 'الحج'],
  ];
  it.each(uncut)('does not cut %s (%s)', (_why, text) => {
    expect(pieces(text)).toEqual([`stem:${text}`]);
  });

  it('gives the stem its dictionary form', () => {
    const seg = segment(word('بحكومته'), lexicon);
    expect(seg.stem).toMatchObject({ surface: 'حكومت', norm: 'حكومه', role: 'stem' });
  });

  it('keeps non-words whole', () => {
    expect(pieces('2015')).toEqual(['stem:2015']);
    expect(pieces('NATO')).toEqual(['stem:NATO']);
  });

  it('morphs tile the token in order, with original offsets', () => {
    fc.assert(
      fc.property(arabicish(), (text) => {
        for (const token of tokenize(text)) {
          const { morphs, stem } = segment(token, lexicon);
          expect(morphs).toContain(stem);
          expect(morphs[0]?.start).toBe(token.start);
          let at = token.start;
          for (const m of morphs) {
            expect(m.start).toBe(at);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.surface).toBe(text.slice(m.start, m.end));
            at = m.end;
          }
          expect(at).toBe(token.end);
          if (morphs.length > 1) expect(normalize(stem.surface).text.length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stemVariants', () => {
  const table: [string, string[]][] = [
    ['بمصراتة', ['بمصراته', 'مصراته']],
    ['وللمدينة', ['وللمدينه', 'للمدينه', 'مدينه', 'المدينه']],
    ['مِصراتة', ['مصراته']],
    ['بيان', ['بيان']],
    ['مصري', ['مصري']],
    ['والي', ['والي', 'الي']], // governor, or "and to": both are real
    ['أبها', ['ابها']], // a known name is not أب + ها
    ['حكومته', ['حكومته', 'حكومه']],
    ['بالخرطوم', ['بالخرطوم', 'الخرطوم']],
    ['الفني', ['الفني', 'فني']], // not ألف + ني: the article takes no pronoun
    ['ويمكن', ['ويمكن', 'يمكن']], // كن is too rare a pronoun to guess
    ['والمقاتلين', ['والمقاتلين', 'المقاتلين', 'مقاتلين']],
  ];
  // The word itself comes first; the order of the other stems does not matter.
  const canonical = (variants: string[]): string[] => [variants[0] ?? '', ...variants.slice(1).sort()];
  it.each(table)('%s', (input, expected) => {
    expect(canonical(stemVariants(input, lexicon))).toEqual(canonical(expected));
  });

  it('reads a pronoun after ت only when the word was not written with a final ة', () => {
    expect(stemVariants('زيارته', lexicon)).toContain('زياره');
    expect(stemVariants('ثابتة', lexicon)).toEqual(['ثابته']);
  });

  it('always starts with the normalized word itself', () => {
    fc.assert(
      fc.property(arabicish(), (s) => {
        expect(stemVariants(s, lexicon)[0]).toBe(normalize(s).text);
      }),
    );
  });
});
