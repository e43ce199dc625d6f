import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyzeText, queryTerms, searchTerms, segment, tokenize } from '../text/index.js';
import { loadDefaultLexicon } from './load.js';

/** The text layer with the lexicon Marsad ships: the word lists must guard the words news actually uses. */
const lexicon = loadDefaultLexicon();
const pieces = (word: string): string => {
  const token = tokenize(word)[0];
  if (!token) throw new Error(`no token in ${word}`);
  return segment(token, lexicon).morphs.map((m) => m.surface).join('+');
};

describe('segmentation with the default lexicon', () => {
  const table: [string, string][] = [
    ['بغداد', 'بغداد'],
    ['بنغازي', 'بنغازي'],
    ['ليبيا', 'ليبيا'],
    ['لبنان', 'لبنان'],
    ['فرنسا', 'فرنسا'],
    ['بيروت', 'بيروت'],
    ['فيصل', 'فيصل'],
    ['وزارة', 'وزارة'],
    ['سيطرة', 'سيطرة'],
    ['بيان', 'بيان'],
    ['والي', 'والي'],
    ['ألمانيا', 'ألمانيا'],
    ['إلغاء', 'إلغاء'],
    ['الذي', 'الذي'],
    ['لليبيا', 'ل+ليبيا'],
    ['وبنغازي', 'و+بنغازي'],
    ['وبالمدينة', 'و+ب+ال+مدينة'],
    ['للمدينة', 'ل+ل+مدينة'],
    ['والخرطوم', 'و+الخرطوم'],
    ['بمصراتة', 'ب+مصراتة'],
    ['وسيطرت', 'و+سيطرت'],
    ['وزيرها', 'وزير+ها'],
    ['حكومته', 'حكومت+ه'],
    ['مصري', 'مصري'],
  ];
  it.each(table)('%s → %s', (word, expected) => {
    expect(pieces(word)).toBe(expected);
  });
});

describe('search with the default lexicon', () => {
  const written = ['بمصراتة', 'ومصراتة', 'مِصراتة', 'لمصراتة', 'فمصراتة'];
  it.each(written)('the query مصراتة finds %s', (form) => {
    const terms = new Set(searchTerms(`قتل ثلاثة في ${form} أمس`, lexicon));
    expect(queryTerms('مصراتة', lexicon).every((group) => group.some((t) => terms.has(t)))).toBe(true);
  });
});

const NEWS = fileURLToPath(new URL('../../../shared/data/news/saudinewsnet-2015.jsonl.gz', import.meta.url));

describe('real news (SaudiNewsNet, first 300 articles)', () => {
  it.skipIf(!existsSync(NEWS))('keeps every token a slice of the text and repairs only a few glued words', () => {
    const lines = gunzipSync(readFileSync(NEWS)).toString('utf8').split('\n').filter(Boolean).slice(0, 300);
    let words = 0;
    let repairs = 0;
    for (const line of lines) {
      const { text } = JSON.parse(line) as { text: string };
      const analysis = analyzeText(text, lexicon);
      for (const t of analysis.tokens) expect(t.surface).toBe(text.slice(t.start, t.end));
      words += analysis.tokens.filter((t) => t.kind === 'word').length;
      repairs += analysis.repairs.length;
    }
    expect(words).toBeGreaterThan(50_000);
    // Glue is rare in this corpus: a repair rate above one word in a thousand would mean real words are being split.
    expect(repairs / words).toBeLessThan(0.001);
  });
});
