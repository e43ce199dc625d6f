import { describe, it, expect } from 'vitest';
import { DataError } from '../core/index.js';
import { parseWordList } from './wordlist.js';

describe('parseWordList', () => {
  it('reads entries, variants, comments and removals with line numbers', () => {
    const content = [
      '# countries',
      '',
      'سوريا|سورية   # both spellings are common',
      '  مِصْرُ  ',
      'الولايات   المتحدة|أمريكا|أميركا',
      '!إفريقيا  # removed by this layer',
    ].join('\n');
    expect(parseWordList(content, 'names.txt')).toEqual([
      { source: 'names.txt', line: 3, remove: false, surfaces: ['سوريا', 'سورية'], variants: ['سوريا', 'سوريه'] },
      { source: 'names.txt', line: 4, remove: false, surfaces: ['مِصْرُ'], variants: ['مصر'] },
      {
        source: 'names.txt',
        line: 5,
        remove: false,
        surfaces: ['الولايات المتحدة', 'أمريكا', 'أميركا'],
        variants: ['الولايات المتحده', 'امريكا', 'اميركا'],
      },
      { source: 'names.txt', line: 6, remove: true, surfaces: ['إفريقيا'], variants: ['افريقيا'] },
    ]);
  });

  it('merges variants that normalize to the same key', () => {
    expect(parseWordList('أفريقيا|إفريقيا|افريقيا', 'x')[0]?.variants).toEqual(['افريقيا']);
  });

  it('accepts Windows line endings', () => {
    expect(parseWordList('مصر\r\nليبيا\r\n', 'x').map((e) => e.line)).toEqual([1, 2]);
  });

  const malformed: [string, string, RegExp][] = [
    ['an empty variant', 'مصر\nسوريا||سورية', /x\.txt:2: an empty variant/],
    ['a trailing bar', 'سوريا|', /x\.txt:1: an empty variant/],
    ['a bare removal mark', 'مصر\n\n!  # nothing', /x\.txt:3: a `!` with no entry/],
    ['a mark inside an entry', 'مصر!', /x\.txt:1: a `!` inside an entry/],
    ['a variant of diacritics only', 'مصر|ًٌ', /x\.txt:1: "ًٌ" has no letters left/],
  ];
  it.each(malformed)('rejects %s with the file and line', (_case, content, message) => {
    expect(() => parseWordList(content, 'x.txt')).toThrow(DataError);
    expect(() => parseWordList(content, 'x.txt')).toThrow(message);
  });
});
