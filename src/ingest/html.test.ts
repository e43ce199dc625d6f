import { describe, expect, it } from 'vitest';
import { decodeHtml } from './charset.js';
import { parseHtml } from './html.js';

const origin = { file: 'news/misrata.html', line: null };
const LIMIT = 10_000_000;

const paragraphs = [
  'اندلعت اشتباكات عنيفة في مدينة مصراتة الليبية صباح اليوم بين قوات حكومة الوفاق ومسلحين مجهولين، وفق ما أفاد شهود عيان.',
  'وقال مصدر أمني إن الاشتباكات أسفرت عن سقوط ثلاثة قتلى وعدد من الجرحى، مشيراً إلى أن قوات الأمن طوقت المنطقة بالكامل.',
  'وتشهد ليبيا منذ سنوات حالة من الفوضى الأمنية والانقسام السياسي بين حكومتين متنافستين في طرابلس وشرق البلاد.',
];

function page(head: string, article: string, lang = 'ar'): string {
  return `<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8">${head}</head><body>
    <header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li><li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav></header>
    <div class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/1">ارتفاع أسعار النفط</a></li><li><a href="/2">نتائج الدوري السعودي</a></li></ul></div>
    ${article}
    <footer><p>جميع الحقوق محفوظة © 2015 الشرق الأوسط</p><a href="/privacy">سياسة الخصوصية</a><a href="/contact">اتصل بنا</a></footer>
    <script>window.analytics = { page: "article" };</script></body></html>`;
}

const article = `<article><h1>اشتباكات عنيفة في مصراتة</h1><time datetime="2015-07-21T10:00:00">21 يوليو 2015</time>
  ${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>`;

describe('parseHtml', () => {
  it('keeps the article and drops the navigation, sidebar, footer and scripts', () => {
    const head = `<title>اشتباكات عنيفة في مصراتة | الشرق الأوسط</title>
      <meta property="article:published_time" content="2015-07-21T10:00:00+03:00">
      <meta property="og:site_name" content="الشرق الأوسط">
      <link rel="canonical" href="https://aawsat.com/home/article/410826">`;
    const record = parseHtml(page(head, article), origin, LIMIT);
    expect(record.kind).toBe('document');
    if (record.kind !== 'document') return;
    const { text, ...fields } = record.input;
    expect(fields).toEqual({
      id: null,
      source: 'الشرق الأوسط',
      url: 'https://aawsat.com/home/article/410826',
      title: 'اشتباكات عنيفة في مصراتة',
      publishedAt: '2015-07-21T10:00:00+03:00',
      language: 'ar',
    });
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    for (const boilerplate of ['الرئيسية', 'الأكثر قراءة', 'الدوري', 'سياسة الخصوصية', 'analytics']) expect(text).not.toContain(boilerplate);
    expect(text).toContain(`${paragraphs[0]}\n\n${paragraphs[1]}`);
  });

  it.each([
    { where: 'a <time datetime>', head: '', body: article, expected: '2015-07-21T10:00:00' },
    { where: 'meta itemprop datePublished', head: '<meta itemprop="datePublished" content="2015-07-22">', body: article.replace(/<time[^]*?<\/time>/, ''), expected: '2015-07-22' },
    { where: 'a DC date', head: '<meta name="DC.date.issued" content="2015-07-23 08:00:00">', body: article.replace(/<time[^]*?<\/time>/, ''), expected: '2015-07-23 08:00:00' },
    { where: 'the first parseable candidate', head: '<meta name="date" content="الثلاثاء الماضي">', body: article, expected: '2015-07-21T10:00:00' },
    { where: 'nowhere', head: '', body: article.replace(/<time[^]*?<\/time>/, ''), expected: null },
  ])('reads the publication time from $where', ({ head, body, expected }) => {
    const record = parseHtml(page(head, body), origin, LIMIT);
    expect(record.kind === 'document' && record.input.publishedAt).toBe(expected);
  });

  it('falls back to the text of the body when no article stands out', () => {
    const record = parseHtml('<html><body><p>بيان مقتضب من وزارة الداخلية.</p></body></html>', origin, LIMIT);
    expect(record).toMatchObject({ kind: 'document', input: { text: 'بيان مقتضب من وزارة الداخلية.', title: null } });
  });

  it('takes the language from <html lang>', () => {
    const record = parseHtml(page('', article, 'en-GB'), origin, LIMIT);
    expect(record.kind === 'document' && record.input.language).toBe('en-GB');
  });

  it.each([
    { name: 'no text', html: '<html><head><title>فارغة</title></head><body><script>var a;</script></body></html>', reason: 'news/misrata.html: the page has no text' },
    { name: 'too much text', html: page('', article), limit: 100, reason: /over the limit of 100; raise it with --max-doc-chars/ },
  ])('rejects a page with $name', ({ html, limit, reason }) => {
    const record = parseHtml(html, origin, limit ?? LIMIT);
    expect(record.kind).toBe('reject');
    expect(record.kind === 'reject' && record.reject.reason).toMatch(reason);
  });
});

describe('decodeHtml', () => {
  const windows1256 = Buffer.from([0xe3, 0xd5, 0xd1, 0xc7, 0xca, 0xc9]); // مصراتة

  it.each([
    { name: 'UTF-8 without a declaration', bytes: Buffer.from('<p>مصراتة</p>'), expected: '<p>مصراتة</p>' },
    { name: 'a declared windows-1256 page', bytes: Buffer.concat([Buffer.from('<meta charset="windows-1256"><p>'), windows1256]), expected: '<meta charset="windows-1256"><p>مصراتة' },
    { name: 'the http-equiv form', bytes: Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'), windows1256]), expected: /مصراتة$/ },
    { name: 'an unknown label, read as UTF-8', bytes: Buffer.from('<meta charset="x-klingon"><p>مصراتة</p>'), expected: /مصراتة/ },
    { name: 'undeclared windows-1256', bytes: windows1256, expected: null },
  ])('decodes $name', ({ bytes, expected }) => {
    const decoded = decodeHtml(bytes);
    if (expected === null || typeof expected === 'string') expect(decoded).toBe(expected);
    else expect(decoded).toMatch(expected);
  });
});
