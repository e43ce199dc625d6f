import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { BANDS, PERMUTATIONS, bandKeys, canonicalDocument, estimateJaccard, minhashSignature, signatureWords } from './minhash.js';

const words = (text: string) => signatureWords(tokenize(text));
const ARTICLE =
  'قتل 12 شخصا وأصيب 20 آخرون في انفجار سيارة مفخخة استهدف سوقا شعبيا في مدينة عدن صباح اليوم الخميس، وفق ما أفادت ' +
  'مصادر طبية في المدينة. وقال شهود عيان إن السيارة انفجرت قرب مدخل سوق الشيخ عثمان المزدحم بالمتسوقين، ما أدى إلى ' +
  'احتراق عدد من المحال التجارية وتضرر المباني المجاورة. وتبنى تنظيم داعش الهجوم في بيان نشره على مواقع التواصل.';
const REPRINT = `عدن (سبق): ${ARTICLE.replace('المحال التجارية', 'المحلات التجارية')}`;
const REWRITE =
  'لقي 12 مدنيا مصرعهم أمس بتفجير سيارة مفخخة في سوق بمدينة عدن، في هجوم أعلن تنظيم داعش مسؤوليته عنه. وذكرت مصادر ' +
  'محلية أن السيارة كانت مركونة أمام مدخل السوق منذ الصباح الباكر، وأن أجهزة الأمن بدأت تحقيقا لمعرفة الجهة التي أدخلتها.';

function exactJaccard(a: string[], b: string[]): number {
  const shingles = (w: string[]) => new Set(w.map((_, i) => w.slice(i, i + 5).join(' ')).slice(0, Math.max(1, w.length - 4)));
  const x = shingles(a);
  const y = shingles(b);
  const shared = [...x].filter((s) => y.has(s)).length;
  return shared / (x.size + y.size - shared);
}

describe('MinHash', () => {
  it('estimates the Jaccard similarity of 5-word shingles: a reprint is close to 1, a rewrite of the story near 0', () => {
    const a = minhashSignature(words(ARTICLE))!;
    const reprint = estimateJaccard(a, minhashSignature(words(REPRINT))!);
    const rewrite = estimateJaccard(a, minhashSignature(words(REWRITE))!);
    expect(Math.abs(reprint - exactJaccard(words(ARTICLE), words(REPRINT)))).toBeLessThan(0.15);
    expect(reprint).toBeGreaterThanOrEqual(0.75);
    expect(rewrite).toBeLessThan(0.2);
  });

  it('is stable across runs (fixed seeds), ignores punctuation and diacritics, and has nothing for an empty text', () => {
    const a = minhashSignature(words(ARTICLE))!;
    expect(a).toHaveLength(PERMUTATIONS);
    expect(minhashSignature(words(ARTICLE))).toEqual(a);
    expect(minhashSignature(words(ARTICLE.replace(/،/g, ' ').replace('قتل', 'قُتِلَ')))).toEqual(a);
    expect(minhashSignature(words('، . !'))).toBeNull();
    expect(minhashSignature(words('عدن'))).toHaveLength(PERMUTATIONS);
  });

  it('gives one key per band, equal for equal bands', () => {
    const a = minhashSignature(words(ARTICLE))!;
    const b = Uint32Array.from(a);
    b[0] = (b[0]! + 1) >>> 0;
    const ka = bandKeys(a);
    const kb = bandKeys(b);
    expect(ka).toHaveLength(BANDS);
    expect(ka[0]).not.toBe(kb[0]);
    expect(ka.slice(1)).toEqual(kb.slice(1));
    expect(new Set(ka.map((k) => Math.floor(k / 2 ** 32)))).toEqual(new Set(Array.from({ length: BANDS }, (_, i) => i)));
  });

  it.each([
    [[{ id: 'b', publishedAt: '2015-08-20T13:00' }, { id: 'a', publishedAt: '2015-08-20T11:00' }], 'a'],
    [[{ id: 'b', publishedAt: '2015-08-20' }, { id: 'a', publishedAt: '2015-08-20' }], 'a'],
    [[{ id: 'a', publishedAt: null }, { id: 'z', publishedAt: '2015-08-21' }], 'z'],
  ])('picks the earliest published as the canonical text, ties by id (%#)', (members, expected) => {
    expect(canonicalDocument(members)).toBe(expected);
    expect(canonicalDocument([...members].reverse())).toBe(expected);
  });
});
