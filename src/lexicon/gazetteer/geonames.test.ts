import { describe, expect, it } from 'vitest';
import { isSelected, parseGeoNamesLine } from './geonames.js';

// A row of cities500 as the package ships it (alternate names shortened).
const BENGHAZI = [
  '88319', 'Benghazi', 'Benghazi', 'BEN,Bengasi,Benghazi,Binghazi,bnghazy,Бенгази,بنغازى,بنغازي,بنغازی', '32.11486', '20.06859',
  'P', 'PPLA', 'LY', '', '69', '', '', '', '807250', '', '5', 'Africa/Tripoli', '2019-09-05',
].join('\t');

describe('parseGeoNamesLine', () => {
  it('reads the columns, Arabic-script names apart from Latin ones, codes left out', () => {
    expect(parseGeoNamesLine(BENGHAZI)).toEqual({
      geonameid: 88319,
      name: 'Benghazi',
      asciiName: 'Benghazi',
      arabicNames: ['بنغازى', 'بنغازي', 'بنغازی'],
      latinNames: ['Bengasi', 'Benghazi', 'Binghazi'],
      lat: 32.11486,
      lon: 20.06859,
      featureClass: 'P',
      featureCode: 'PPLA',
      countryCode: 'LY',
      admin1Code: '69',
      population: 807250,
    });
  });

  it.each([
    ['too few columns', 'a\tb\tc'],
    ['coordinates that are not numbers', BENGHAZI.replace('32.11486', 'north')],
  ])('is null for %s', (_why, line) => {
    expect(parseGeoNamesLine(line)).toBeNull();
  });
});

describe('isSelected', () => {
  const row = parseGeoNamesLine(BENGHAZI);
  it.each([
    ['an Arabic name', {}, true],
    ['no Arabic name but 15,000 people', { arabicNames: [], population: 15_000 }, true],
    ['no Arabic name but a regional seat', { arabicNames: [], population: 500, featureCode: 'PPLA' }, true],
    ['no Arabic name, a village', { arabicNames: [], population: 500, featureCode: 'PPL' }, false],
  ])('%s → %s', (_why, change, selected) => {
    expect(row && isSelected({ ...row, ...change })).toBe(selected);
  });
});
