import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { contentId } from '../../src/core/index.js';
import { goldLineSchema, locate, parseCorpusOption, parseGoldLines, resolveDocuments, surfaceSpans } from './index.js';

const schema = goldLineSchema({ toponyms: z.array(z.object({ surface: z.string(), lat: z.number().optional() }).strict()) });

describe('surfaceSpans', () => {
  const text = 'وصل الوفد إلى عدن، ثم غادر بعدن وبـعدن إلى منجم معدن قرب عدنان.';
  it.each([
    ['عدن', ['عدن', 'بعدن', 'وبـعدن']],
    ['معدن', ['معدن']],
    ['إلى', ['إلى', 'إلى']],
    ['طرابلس', []],
  ])('finds «%s» as a word, clitics before it allowed (not in معدن, عدنان)', (surface, words) => {
    const wordAt = (start: number) => text.slice(text.lastIndexOf(' ', start) + 1, start + surface.length);
    expect(surfaceSpans(text, surface).map((s) => wordAt(s.start))).toEqual(words);
  });
});

describe('surfaceSpans, property', () => {
  const word = fc.constantFrom('عدن', 'بعدن', 'معدن', 'وبـعدن', 'عدنان', 'قصف', 'في', '،', 'لعدن.');
  it('finds the surface exactly, at a word end, after nothing but clitics', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const spans = surfaceSpans(text, 'عدن');
        for (const { start, end } of spans) {
          expect(text.slice(start, end)).toBe('عدن');
          expect(/[\p{L}\p{N}]/u.test(text[end] ?? '')).toBe(false);
        }
        const wanted = words.filter((w) => ['عدن', 'بعدن', 'وبـعدن', 'لعدن.'].includes(w)).length;
        expect(spans).toHaveLength(wanted);
      }),
    );
  });
});

describe('locate', () => {
  const text = 'قصفت الطائرات بنغازي ثم عادت إلى بنغازي.';
  it('gives every occurrence, one occurrence, or a checked span', () => {
    expect(locate(text, { surface: 'بنغازي' }, 'g:1', 't.0')).toHaveLength(2);
    const second = text.lastIndexOf('بنغازي');
    expect(locate(text, { surface: 'بنغازي', occurrence: 1 }, 'g:1', 't.0')).toEqual([{ start: second, end: second + 6 }]);
    expect(locate(text, { surface: 'بنغازي', start: 14, end: 20 }, 'g:1', 't.0')).toEqual([{ start: 14, end: 20 }]);
  });
  it.each([
    [{ surface: 'درنة' }, /g:3: field toponyms.2: «درنة» does not occur/],
    [{ surface: 'بنغازي', occurrence: 2 }, /occurs 2 times, there is no occurrence 2/],
    [{ surface: 'بنغازي', start: 0, end: 4 }, /is «قصفت», not «بنغازي»/],
  ])('names the line and field of a bad annotation %#', (gold, message) => {
    expect(() => locate(text, gold, 'g:3', 'toponyms.2')).toThrow(message);
  });
});

describe('parseGoldLines', () => {
  it('reads inline and reference documents, skipping blank and // lines', () => {
    const source = ['// a comment', '{"text":"في بنغازي","published_at":"2015-07-21","toponyms":[]}', '', '{"corpus":"news","id":"a1","toponyms":[{"surface":"عدن"}]}'].join('\n');
    const lines = parseGoldLines(source, 'g.jsonl', schema, 'hint');
    expect(lines.map((l) => l.where)).toEqual(['g.jsonl:2', 'g.jsonl:4']);
    expect(lines[1]!.value).toMatchObject({ corpus: 'news', id: 'a1' });
  });
  it.each([
    ['{"text":"x",', /g.jsonl:1: malformed JSON/],
    ['{"corpus":"news","id":"a1","toponyms":[{"surface":"عدن","lat":"north"}]}', /g.jsonl:1: field toponyms.0.lat: /],
    ['{"corpus":"news","id":"a1","toponym":[]}', /g.jsonl:1: /],
    ['', /holds no gold lines/],
  ])('names file:line and the field of a bad line %#', (source, message) => {
    expect(() => parseGoldLines(source, 'g.jsonl', schema, 'hint')).toThrow(message);
  });
});

describe('resolveDocuments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-gold-'));
  const corpus = join(dir, 'news.jsonl');
  writeFileSync(
    corpus,
    [
      JSON.stringify({ id: 'a1', published: '2015-07-21 10:00:00', text: 'قصفت الطائرات مواقع في درنة.' }),
      JSON.stringify({ text: 'خبر بلا معرف عن سرت.' }),
    ].join('\n'),
  );
  const ref = (id: string, line: number) => ({ where: `g:${line}`, value: { corpus: 'news', id } });

  it('reads references the way marsad ingest stores them: the record id, else the hash of the text', async () => {
    const docs = await resolveDocuments(
      [ref('a1', 1), ref(contentId('خبر بلا معرف عن سرت.'), 2), { where: 'g:3', value: { text: 'نص مباشر', published_at: '2015-07-22' } }],
      new Map([['news', corpus]]),
    );
    expect(docs.map((d) => [d.id, d.publishedAt])).toEqual([
      ['a1', '2015-07-21T10:00:00'],
      [contentId('خبر بلا معرف عن سرت.'), null],
      [contentId('نص مباشر'), '2015-07-22'],
    ]);
    expect(docs[0]!.text).toBe('قصفت الطائرات مواقع في درنة.');
  });

  it('names the line of an unknown corpus or id', async () => {
    await expect(resolveDocuments([ref('zz', 4)], new Map([['news', corpus]]))).rejects.toThrow(/g:4: field id: no document "zz"/);
    await expect(resolveDocuments([ref('a1', 5)], new Map())).rejects.toThrow(/g:5: field corpus: no corpus named "news"/);
  });

  it('parses --corpus name=path', () => {
    expect([...parseCorpusOption('news=a/b.jsonl.gz')]).toEqual([['news', 'a/b.jsonl.gz']]);
    expect(() => parseCorpusOption('a/b.jsonl')).toThrow(/name=path/);
  });
});
