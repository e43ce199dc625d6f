import { describe, expect, it } from 'vitest';
import { DataError } from '../../core/index.js';
import { parseCuratedList } from './curated.js';

describe('parseCuratedList', () => {
  it('reads names as the word-list format does, and fields after @', () => {
    const [entry] = parseCuratedList('مطار معيتيقة|معيتيقة  @ en=Mitiga International Airport; cc=LY; code=S.AIRP; at=32.8942,13.2760  # ICAO HLLM', 'f.txt');
    expect(entry).toMatchObject({
      line: 1,
      remove: false,
      surfaces: ['مطار معيتيقة', 'معيتيقة'],
      fields: { en: 'Mitiga International Airport', cc: 'LY', code: 'S.AIRP', at: '32.8942,13.2760' },
    });
  });

  it('a line of fields alone sets defaults for the lines below, which may override them', () => {
    const entries = parseCuratedList(
      ['# Libyan airports', '@ cc=LY; code=S.AIRP', 'مطار سبها  @ en=Sabha Airport; near=2212775', 'قاعدة الوطية  @ en=Al-Watiya Air Base; code=S.AIRB; at=32.47,11.9', '@', 'ليبيا  @ cc=LY; code=A.PCLI'].join('\n'),
      'f.txt',
    );
    expect(entries.map((e) => [e.line, e.fields.cc, e.fields.code])).toEqual([
      [3, 'LY', 'S.AIRP'],
      [4, 'LY', 'S.AIRB'],
      [6, 'LY', 'A.PCLI'],
    ]);
  });

  it('keeps removals and a # inside the comment only', () => {
    const entries = parseCuratedList('!امس  # «yesterday», not the village\nسرت  @ gn=2210554  # GeoNames 2210554 # Sirte', 'f.txt');
    expect(entries.map((e) => [e.remove, e.surfaces, e.fields.gn])).toEqual([
      [true, ['امس'], undefined],
      [false, ['سرت'], '2210554'],
    ]);
  });

  it.each([
    ['an unknown field', 'سرت  @ country=LY'],
    ['a field without a value', 'سرت  @ cc='],
    ['a field without =', 'سرت  @ LY'],
  ])('rejects %s, naming the file and line', (_why, line) => {
    expect(() => parseCuratedList(`\n${line}`, 'libya.txt')).toThrow(DataError);
    expect(() => parseCuratedList(`\n${line}`, 'libya.txt')).toThrow(/libya\.txt:2/);
  });
});
