import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../core/index.js';
import { normalizeWord } from '../text/index.js';
import { Lexicon } from './lexicon.js';
import { defaultLexiconPaths, loadDefaultLexicon, loadLexicon } from './load.js';
import { parseWordList } from './wordlist.js';

const layers = (...contents: string[]): Lexicon =>
  new Lexicon(contents.flatMap((content, i) => parseWordList(content, `layer${i}.txt`)));

describe('Lexicon', () => {
  it('knows every normalized variant and its entry', () => {
    const lexicon = layers('سوريا|سورية\nالولايات المتحدة|أمريكا');
    expect(lexicon.has('سوريه')).toBe(true);
    expect(lexicon.has('الولايات المتحده')).toBe(true);
    expect(lexicon.has('سورية')).toBe(false); // keys are normalized
    expect(lexicon.entry('امريكا')).toMatchObject({ surface: 'الولايات المتحدة', canonical: 'الولايات المتحده', source: 'layer0.txt', line: 2 });
    expect(lexicon.size).toBe(4);
  });

  it('lets a later layer remove and add entries', () => {
    const lexicon = layers('مصر\nسوريا|سورية\nليبيا', '!سورية\nتونس');
    expect(lexicon.entries.map((e) => e.canonical)).toEqual(['مصر', 'ليبيا', 'تونس']);
    expect(lexicon.has('سوريا')).toBe(false);
    expect(lexicon.has('تونس')).toBe(true);
  });

  it('answers a shared variant with the later entry', () => {
    const lexicon = layers('فجر|فجرا # dawn', 'فجر|فجرت # blew up');
    expect(lexicon.entry('فجر')?.source).toBe('layer1.txt');
    expect(lexicon.entry('فجرا')?.source).toBe('layer0.txt');
  });

  it('tells names from words by the list they come from', () => {
    const lexicon = new Lexicon([...parseWordList('صور', 'data/names.txt'), ...parseWordList('صورة|صور', 'words-extra.txt')]);
    expect(lexicon.entries.map((e) => e.kind)).toEqual(['name', 'word']);
    expect(lexicon.isName('صوره')).toBe(false);
    expect(layers('مصر').isName('مصر')).toBe(false);
    expect(new Lexicon(parseWordList('مصر', '/x/names-local.txt')).isName('مصر')).toBe(true);
  });

  it('builds a trie of every variant, spaces included', () => {
    const lexicon = layers('الولايات المتحدة');
    let node = lexicon.trie;
    for (const ch of 'الولايات المتحده') {
      const next = node.next.get(ch.charCodeAt(0));
      expect(next).toBeDefined();
      if (next) node = next;
    }
    expect(node.terminal).toBe(true);
  });
});

describe('loading word lists', () => {
  it('loads layers from files in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-lexicon-'));
    writeFileSync(join(dir, 'a.txt'), 'مصراتة\nسرت\n');
    writeFileSync(join(dir, 'b.txt'), '!سرت\nدرنة\n');
    const lexicon = loadLexicon([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(lexicon.entries.map((e) => e.canonical)).toEqual(['مصراته', 'درنه']);
  });

  it('names a missing file', () => {
    expect(() => loadLexicon(['/nonexistent/names.txt'])).toThrow(DataError);
    expect(() => loadLexicon(['/nonexistent/names.txt'])).toThrow(/\/nonexistent\/names\.txt/);
  });

  it('names the file and line of a malformed entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-lexicon-'));
    writeFileSync(join(dir, 'bad.txt'), 'مصر\nليبيا||\n');
    expect(() => loadLexicon([join(dir, 'bad.txt')])).toThrow(/bad\.txt:2/);
  });
});

describe('the default lexicon', () => {
  it('finds data/lexicon from the package root', () => {
    expect(defaultLexiconPaths().map((p) => p.split('/').slice(-3).join('/'))).toEqual(['data/lexicon/names.txt', 'data/lexicon/words.txt']);
  });

  it('is loaded once', () => {
    expect(loadDefaultLexicon()).toBe(loadDefaultLexicon());
  });

  it('loads quickly', () => {
    loadLexicon(defaultLexiconPaths()); // the first load also compiles the loader; time the next one
    const started = performance.now();
    loadLexicon(defaultLexiconPaths());
    expect(performance.now() - started).toBeLessThan(100);
  });

  const known: [string, string][] = [
    ['a country', 'ليبيا'],
    ['a country with the article', 'السودان'],
    ['a spelling variant', 'سورية'],
    ['a multi-word name', 'الولايات المتحدة'],
    ['a Libyan town', 'مصراتة'],
    ['a Syrian city', 'دير الزور'],
    ['an organisation', 'مجلس الأمن'],
    ['an armed group', 'قوات الدعم السريع'],
    ['a word that starts like a conjunction', 'وزير'],
    ['a word that starts like a preposition', 'بيان'],
    ['a word that starts like the future prefix', 'سيطرة'],
    ['a word that starts like the article once normalized', 'إلغاء'],
    ['a function word', 'الذي'],
  ];
  it.each(known)('knows %s (%s)', (_kind, word) => {
    const lexicon = loadDefaultLexicon();
    expect(lexicon.has(normalizeWord(word))).toBe(true);
  });

  it('has several hundred names and words', () => {
    const lexicon = loadDefaultLexicon();
    const bySource = (file: string): number => lexicon.entries.filter((e) => e.source.endsWith(file)).length;
    expect(bySource('names.txt')).toBeGreaterThan(500);
    expect(bySource('words.txt')).toBeGreaterThan(500);
  });
});
