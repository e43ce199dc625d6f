import { describe, expect, it } from 'vitest';
import { contentId } from '../core/index.js';
import type { DocumentInput } from '../core/index.js';
import { finalizeDocument } from './finalize.js';

const input: DocumentInput = {
  source: 'alriyadh',
  url: 'https://www.alriyadh.com/1068392',
  title: 'الرئيس هادي يعين نايف البكري محافظا لعدن',
  publishedAt: '2015-07-21 02:51:33',
  text: 'أصدر الرئيس عبدربه منصور هادي قراراً جمهورياً بتعيين نايف البكري محافظاً لعدن.',
};
const ingestedAt = '2025-03-14T09:00:00.000Z';

describe('finalizeDocument', () => {
  it('keeps the fields, normalizes the date, defaults the language to Arabic and hashes the text for an id', () => {
    expect(finalizeDocument(input, ingestedAt)).toEqual({
      id: contentId(input.text),
      source: 'alriyadh',
      url: input.url,
      title: input.title,
      publishedAt: '2015-07-21T02:51:33',
      language: 'ar',
      text: input.text,
      ingestedAt,
    });
  });

  it.each([
    { given: { id: '00547aa58e06a45f' }, expected: { id: '00547aa58e06a45f' } },
    { given: { id: '' }, expected: { id: contentId(input.text) } },
    { given: { id: null }, expected: { id: contentId(input.text) } },
    { given: { language: 'en' }, expected: { language: 'en' } },
    { given: { language: null }, expected: { language: 'ar' } },
    { given: { publishedAt: '2015-07-21' }, expected: { publishedAt: '2015-07-21' } },
    { given: { publishedAt: 'الثلاثاء الماضي' }, expected: { publishedAt: null } },
    { given: { publishedAt: null }, expected: { publishedAt: null } },
  ])('$given → $expected', ({ given, expected }) => {
    expect(finalizeDocument({ ...input, ...given }, ingestedAt)).toMatchObject(expected);
  });

  it('gives the same text the same id, and different texts different ids', () => {
    const a = finalizeDocument(input, ingestedAt);
    const b = finalizeDocument({ ...input, title: 'عنوان آخر' }, '2026-01-01T00:00:00.000Z');
    const c = finalizeDocument({ ...input, text: `${input.text} ` }, ingestedAt);
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
  });
});
