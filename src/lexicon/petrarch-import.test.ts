import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActorList } from './actor-list.js';
import { ActorDictionary, defaultActorPaths, loadActorDictionary } from './actors.js';
import { lexiconFolder, loadDefaultLexicon, loadLexicon } from './load.js';
import { formatImport, importPetrarch } from './petrarch-import.js';

const givenNames = loadLexicon([join(lexiconFolder(), 'given-names.txt')]);

/** A small dictionary in UniversalPetrarch's layout: keys of lemmas, inline and indented codings, agents. */
const PETRARCH = [
  'وزارة_دفاع_أميركي_  [USAGOV]',
  'نوري_المالكي_',
  '\t[IRQGOV 20060520-20140908]',
  '\t[IRQELI 20140908-18000101]',
  'حماس',
  '\t[PSEREB > 19870101]',
  'حماس  [PSEREB > 19870101]',
  'اتحاد_أوروبي_',
  '\t[IGO > 19931101]',
  'جيش_عراقي_  [IRQMIL]',
  'مجلس_أمن_ل_أمة_المتحدة_  [IGO]',
  'قاعدة  [IMG?]',
  'بغداد  [IRQ]',
  'سوري',
  '\t[SYR 20090331-18000101]',
  'صحيفة تابع ل هو في موقع مختلفة , أو حتى  [LIEREBEDU]',
  '# a comment line',
  'REFUGEE [~REF]لاجئين',
  'DISPLACED_PEOPLE {} [~REF]النازحين',
  'DISPLACED_PERSONS [~REF]نازحين',
  'IMAM [~RAD]إمام',
  'NON-COMBATANT [~CVL]غير المقاتلين',
  '{CHIEF_JUSTICES} [~JUD]رئيس القضاة',
  'TRUCE_MONITOR [IGO~]مراقبة الهدنة',
].join('\n');

describe('importPetrarch', () => {
  const result = importPetrarch(PETRARCH, 'dict.txt', givenNames);
  const lines = result.entries.map((e) => e.line);

  it.each([
    // Lemmas become the words news writes: the later words definite, a nisba agreeing with a feminine head.
    ['وزارة دفاع أميركي | وزارة الدفاع الأميركية = وزارة_دفاع_أميركي_ ; org ; US GOV   # dict.txt:1'],
    // A known given name makes a person; an end before the start is open; IRQ is ISO alpha-3 for IQ.
    ['نوري المالكي = نوري_المالكي_ ; person ; IQ GOV 2006-05-20..2014-09-08 ; IQ ELI 2014-09-08..   # dict.txt:2'],
    // A key listed twice is one actor; identical codings once.
    ['حماس = حماس ; org ; PS REB 1987-01-01..   # dict.txt:5'],
    ['اتحاد أوروبي | اتحاد الأوروبي | الاتحاد الأوروبي = اتحاد_أوروبي_ ; igo ; - GOV 1993-11-01..   # dict.txt:8'],
    ['جيش عراقي | جيش العراقي | الجيش العراقي = جيش_عراقي_ ; org ; IQ MIL   # dict.txt:10'],
    // ل before a lemma is glued to it and swallows the article's alif.
    ['مجلس أمن لأمة المتحدة | مجلس الأمن للأمة المتحدة = مجلس_أمن_ل_أمة_المتحدة_ ; igo ; - GOV   # dict.txt:11'],
    ['قاعدة = قاعدة ; org ; - UAF   # dict.txt:12; marked uncertain (?) in the source'],
    ['لاجئين = refugee ; agent ; - REF   # dict.txt:18'],
    ['النازحين = displaced people ; agent ; - REF   # dict.txt:19'],
    ['غير المقاتلين = non-combatant ; agent ; - CVL   # dict.txt:22'],
    ['رئيس القضاة = chief justices ; agent ; - JUD   # dict.txt:23'],
    ['مراقبة الهدنة = truce monitor ; agent ; - GOV   # dict.txt:24'],
  ])('%s', (line) => {
    expect(lines).toContain(line);
  });

  it.each([
    [13, 'a place or nationality, not an actor'],
    [14, 'a place or nationality, not an actor'],
    [16, 'not an Arabic key of lemmas'],
    [20, 'is already imported as an agent'],
    [21, 'no PLOVER sector for RAD'],
  ])('skips line %i: %s', (line, reason) => {
    expect(result.skipped.find((s) => s.line === line)?.reason).toContain(reason);
  });

  it('writes a list the dictionary loads, whose names actor coding then finds', () => {
    const text = formatImport(result, 'dict.txt');
    expect(text.startsWith('# Imported by `marsad actors import` from dict.txt.')).toBe(true);
    const dictionary = new ActorDictionary(parseActorList(text, 'imported.txt'), loadDefaultLexicon());
    expect(dictionary.byName('الجيش العراقي').map((a) => a.codings[0]?.sector)).toEqual(['MIL']);
    expect(dictionary.byName('نوري المالكي')[0]?.kind).toBe('person');
  });
});

const SHARED = join(process.cwd(), '..', 'shared', 'data', 'lexicons', 'universalpetrarch-ar', 'actor_dict_ar_v4.txt');

describe('importing UniversalPetrarch’s Arabic actor dictionary', () => {
  it.skipIf(!existsSync(SHARED))('converts most entries and the result layers over the shipped lists', () => {
    const result = importPetrarch(readFileSync(SHARED, 'utf8'), 'actor_dict_ar_v4.txt', givenNames);
    expect(result.entries.length).toBeGreaterThan(3000);
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-actors-')), 'petrarch.txt');
    writeFileSync(path, formatImport(result, 'actor_dict_ar_v4.txt'));
    const dictionary = loadActorDictionary([...defaultActorPaths(), path]);
    expect(dictionary.byName('الاتحاد الأفريقي').map((a) => a.id)).toContain('igo/african-union');
  });
});
