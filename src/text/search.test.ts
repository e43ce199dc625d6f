import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyzeText } from './analyze.js';
import { indexTerms, matchSpans, queryTerms, searchTerms } from './search.js';
import { testLexicon } from './lexicon.test-util.js';

const lexicon = testLexicon();

describe('searchTerms', () => {
  it('indexes every plausible stem, in text order, keeping repeats', () => {
    expect(searchTerms('هجوم بمصراتة، ومصراتة 2015 NATO!', lexicon)).toEqual([
      'هجوم',
      'بمصراته',
      'مصراته',
      'ومصراته',
      'مصراته',
      '2015',
      'nato',
    ]);
  });

  it('skips punctuation, symbols and URLs', () => {
    expect(searchTerms('« » ! 🔴 http://example.com', lexicon)).toEqual([]);
  });

  it('indexes the parts of a glued word when given the repaired tokens', () => {
    const text = 'وصل وفد الولاياتالمتحدة إلى بمصراتة';
    const terms = indexTerms(analyzeText(text, lexicon).tokens, lexicon);
    expect(terms).toEqual(expect.arrayContaining(['الولايات', 'المتحده', 'مصراته']));
    expect(terms).not.toContain('الولاياتالمتحده');
  });
});

describe('queryTerms', () => {
  const table: [string, string[][]][] = [
    ['مصراتة', [['مصراته']]],
    ['مِصراتة', [['مصراته']]],
    ['هجوم في مصراتة', [['هجوم'], ['في'], ['مصراته']]],
    ['بمصراتة', [['بمصراته', 'مصراته']]],
    ['عام ٢٠١٥', [['عام'], ['2015']]],
    ['، . !', []],
  ];
  it.each(table)('%s', (query, expected) => {
    expect(queryTerms(query, lexicon)).toEqual(expected);
  });
});

describe('search finds a word whatever its clitics and diacritics', () => {
  const names = ['مصراتة', 'ليبيا', 'لبنان', 'بغداد', 'حكومة', 'مدينة', 'السودان', 'الخرطوم'];
  const clitics = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'ك'];
  const marks = ['', 'َ', 'ِ', 'ُ', 'ّ', 'ـ'];

  it('a query for the bare word matches every written form', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...clitics), fc.constantFrom(...marks), fc.nat(), (name, clitic, mark, at) => {
        // ل + ال is written لل
        const prefixed = clitic.endsWith('ل') && name.startsWith('ال') ? clitic + name.slice(1) : clitic + name;
        const i = 1 + (at % (prefixed.length - 1));
        const written = prefixed.slice(0, i) + mark + prefixed.slice(i);
        const terms = new Set(searchTerms(`وقع ${written} أمس`, lexicon));
        for (const group of queryTerms(name, lexicon)) expect(group.some((t) => terms.has(t))).toBe(true);
        expect(matchSpans(`وقع ${written} أمس`, name, lexicon)).toEqual([{ start: 4, end: 4 + written.length }]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchSpans', () => {
  it('finds every form of the query words in the original text', () => {
    const text = 'وقع انفجار في مِصراتة، ثم وصل الوفد إلى بمصراتة وسرت.';
    const spans = matchSpans(text, 'مصراتة', lexicon);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['مِصراتة', 'بمصراتة']);
  });

  it('matches each query word', () => {
    const text = 'قتل ثلاثة في هجوم على قوات في بنغازي';
    expect(matchSpans(text, 'هجوم بنغازي', lexicon).map((s) => text.slice(s.start, s.end))).toEqual(['هجوم', 'بنغازي']);
  });

  it('finds nothing for an empty query', () => {
    expect(matchSpans('نص', ' ', lexicon)).toEqual([]);
  });
});
