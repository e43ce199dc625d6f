import { describe, expect, it } from 'vitest';
import { PatternIndex, parsePatternList } from './patterns.js';

const LIST = `# a tiny list
[ASSAULT aerial]
+قصف | غارة         # a verb and a noun
+أطلق * النار @crowd

[cue crowd]
متظاهرون
!غارة               # removed again
`;

describe('parsePatternList', () => {
  const patterns = parsePatternList(LIST, 'test.txt');

  it('reads sections, variants, gaps and conditions, and applies removals', () => {
    expect(patterns.map((p) => [p.section.join(' '), p.text, p.conditions])).toEqual([
      ['ASSAULT aerial', '+قصف', []],
      ['ASSAULT aerial', '+اطلق * النار @crowd', ['crowd']],
      ['cue crowd', 'متظاهرون', []],
    ]);
    expect(patterns[1]!.words.map((w) => w.kind)).toEqual(['verb', 'gap', 'word']);
    expect(patterns[0]).toMatchObject({ source: 'test.txt', line: 3, entry: '+قصف' });
  });

  it('conjugates verbs and inflects nouns, with and without the article', () => {
    const index = new PatternIndex(patterns);
    for (const form of ['قصفت', 'يقصفون', 'تقصف', 'اطلقوا', 'يطلق', 'متظاهرون', 'المتظاهرون']) {
      expect(index.startingWith(form), form).toBeDefined();
    }
    expect(index.startingWith('غاره')).toBeUndefined();
    const last = patterns[1]!.words[2]!;
    expect(last.kind === 'word' && last.forms.has('نار')).toBe(true);
  });

  it.each([
    ['+قصف\n', /before the first \[section\]/],
    ['[X]\n* قصف\n', /must start and end with a word/],
    ['[X]\n+\n', /no verb/],
  ])('rejects %j with a message naming the line', (content, message) => {
    expect(() => parsePatternList(content, 'bad.txt')).toThrow(message);
  });
});
