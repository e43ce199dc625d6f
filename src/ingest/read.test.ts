import { execFileSync } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../core/index.js';
import { readInputs } from './read.js';
import type { IngestRecord, ReadOptions, ReadProgress } from './types.js';

const root = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

let made = 0;
/** Writes a file in a fresh folder of its own and returns its path. */
function file(name: string, content: string | Buffer): string {
  const folder = join(root, `case-${(made += 1)}`);
  mkdirSync(folder);
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function read(paths: string[], opts?: ReadOptions): Promise<IngestRecord[]> {
  const records: IngestRecord[] = [];
  for await (const record of readInputs(paths, opts)) records.push(record);
  return records;
}

const documents = (records: IngestRecord[]) => records.flatMap((r) => (r.kind === 'document' ? [r] : []));
const rejects = (records: IngestRecord[]) => records.flatMap((r) => (r.kind === 'reject' ? [r.reject] : []));

const misrata = 'اندلعت اشتباكات عنيفة في مدينة مصراتة الليبية صباح اليوم بين قوات حكومة الوفاق ومسلحين مجهولين.';
const aden = 'أصدر الرئيس عبدربه منصور هادي قراراً جمهورياً بتعيين نايف البكري محافظاً لعدن.';
const jsonLine = (record: unknown): string => JSON.stringify(record);

describe('readInputs: JSON Lines', () => {
  it('yields the good lines and one reject per bad line, with its 1-based line number', async () => {
    const path = file(
      'news.jsonl',
      Buffer.concat([
        Buffer.from(`${jsonLine({ id: 'a1', source: 'aawsat', title: 'اشتباكات في مصراتة', published: '2015-07-21 10:00:00', text: misrata })}\n`),
        Buffer.from('{"id": "a2", "text": "نص مقطوع\n'),
        Buffer.from(`${jsonLine({ id: 'a3', title: 'خبر بلا نص' })}\n`),
        Buffer.from('{"id": "a4", "text": "'),
        Buffer.from([0xd8, 0x22, 0x7d, 0x0a]),
        Buffer.from(`${jsonLine({ id: 'a5', text: aden, url: 'https://sabanews.net/1' })}\n`),
      ]),
    );
    const records = await read([path]);
    expect(documents(records)).toEqual([
      {
        kind: 'document',
        origin: { file: path, line: 1 },
        input: { id: 'a1', source: 'aawsat', url: null, title: 'اشتباكات في مصراتة', publishedAt: '2015-07-21 10:00:00', language: null, text: misrata },
      },
      {
        kind: 'document',
        origin: { file: path, line: 5 },
        input: { id: 'a5', source: null, url: 'https://sabanews.net/1', title: null, publishedAt: null, language: null, text: aden },
      },
    ]);
    expect(rejects(records).map((r) => [r.origin.line, r.reason])).toEqual([
      [2, expect.stringMatching(new RegExp(`^${path}:2: malformed JSON`))],
      [3, `${path}:3: the record has no "text" (or "content") field`],
      [4, `${path}:4: the line is not valid UTF-8; save the file as UTF-8`],
    ]);
    expect(rejects(records)[0]?.excerpt).toBe('{"id": "a2", "text": "نص مقطوع');
    expect(rejects(records)[2]?.excerpt).toBeNull();
  });

  it('keeps a record whose body was not captured (empty text, a title or a url) as a document with empty text', async () => {
    const path = file(
      'headline.jsonl',
      `${jsonLine({ id: 'h1', title: 'الدول العشر الأكثر استفادة من طاقة الرياح', text: ' ' })}\n` +
        `${jsonLine({ id: 'h2', title: '', url: 'http://www.al-madina.com/node/620227', text: ' ' })}\n`,
    );
    const records = await read([path]);
    expect(rejects(records)).toEqual([]);
    expect(documents(records).map((r) => [r.input.id, r.input.title, r.input.text])).toEqual([
      ['h1', 'الدول العشر الأكثر استفادة من طاقة الرياح', ''],
      ['h2', null, ''],
    ]);
  });

  it.each([
    { line: '[1, 2]', reason: 'the record is an array, not a JSON object' },
    { line: '"مصراتة"', reason: 'the record is a string, not a JSON object' },
    { line: 'null', reason: 'the record is null, not a JSON object' },
    { line: '{"text": 42}', reason: '"text" must be a string, not a number' },
    { line: '{"content": ["مصراتة"]}', reason: '"content" must be a string, not an array' },
    { line: '{"text": ""}', reason: '"text" is empty and there is neither a title nor a url' },
    { line: '{"text": " \\n\\t "}', reason: '"text" is empty and there is neither a title nor a url' },
    { line: '{"text": "مصراتة", "title": {"ar": "عنوان"}}', reason: '"title" must be text, not an object' },
    { line: '{"text": "مصراتة مصراتة"}', reason: 'the document has 13 characters, over the limit of 10; raise it with --max-doc-chars', limit: 10 },
  ])('rejects $line: $reason', async ({ line, reason, limit }) => {
    const path = file('bad.jsonl', `${line}\n${jsonLine({ text: 'بعده' })}\n`);
    const records = await read([path], { maxDocumentChars: limit ?? 1000 });
    expect(rejects(records)).toEqual([{ origin: { file: path, line: 1 }, reason: `${path}:1: ${reason}`, excerpt: expect.any(String) }]);
    expect(documents(records).map((r) => r.input.text)).toEqual(['بعده']);
  });

  it('accepts content, published_at and date, numbers as ids, CRLF line ends, a BOM and blank lines', async () => {
    const path = file(
      'mixed.ndjson',
      `\uFEFF${jsonLine({ id: 17, content: misrata, published_at: '2015-07-21' })}\r\n\r\n  \n${jsonLine({ text: aden, date: '2015-08-01T08:30:00Z', language: 'ar' })}`,
    );
    const records = await read([path]);
    expect(rejects(records)).toEqual([]);
    expect(documents(records).map((r) => [r.origin.line, r.input.id, r.input.publishedAt, r.input.text])).toEqual([
      [1, '17', '2015-07-21', misrata],
      [4, null, '2015-08-01T08:30:00Z', aden],
    ]);
  });

  it('streams gzip JSON Lines and reports progress in compressed bytes', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => jsonLine({ id: `g${i}`, text: `${misrata} (${i})` }));
    const gz = gzipSync(`${lines.join('\n')}\n`);
    const path = file('news.jsonl.gz', gz);
    const progress: ReadProgress[] = [];
    const records = await read([path], { onProgress: (p) => progress.push(p) });
    expect(documents(records)).toHaveLength(300);
    expect(documents(records)[299]?.origin).toEqual({ file: path, line: 300 });
    expect(progress.at(-1)).toEqual({ file: path, bytesRead: gz.length, bytesTotal: gz.length });
  });

  it('rejects the rest of a truncated gzip file at the line it reached, then reads the next file', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => jsonLine({ id: `t${i}`, text: `${aden} ${i * 7919}` }));
    const gz = gzipSync(`${lines.join('\n')}\n`);
    const truncated = file('cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    const next = file('next.jsonl', `${jsonLine({ text: misrata })}\n`);
    const records = await read([truncated, next]);
    const got = documents(records).filter((r) => r.origin.file === truncated);
    expect(got.length).toBeGreaterThan(100);
    expect(got.length).toBeLessThan(3000);
    expect(rejects(records)).toEqual([
      {
        origin: { file: truncated, line: got.length + 1 },
        reason: expect.stringMatching(/gzip data is truncated or corrupt .*the rest of the file was skipped/),
        excerpt: null,
      },
    ]);
    expect(records.at(-1)).toMatchObject({ kind: 'document', origin: { file: next } });
  });

  it.each([
    { name: 'a gzip file that is not gzip', file: 'plain.jsonl.gz', content: jsonLine({ text: misrata }), reason: /:1: the gzip data is truncated or corrupt/ },
    { name: 'a binary file', file: 'image.jsonl', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), reason: /image\.jsonl: this is a binary file/ },
    { name: 'an empty file', file: 'empty.jsonl', content: '', reason: /empty\.jsonl: the file is empty/ },
    { name: 'a file of blank lines', file: 'blank.jsonl', content: '\n  \n\r\n', reason: /blank\.jsonl: the file is empty/ },
  ])('rejects $name once', async ({ file: name, content, reason }) => {
    const records = await read([file(name, content)]);
    expect(records).toHaveLength(1);
    expect(rejects(records)[0]?.reason).toMatch(reason);
  });
});

describe('readInputs: plain text and HTML', () => {
  it('reads front matter (the examples/ format) and keeps the body as the text', async () => {
    const body = `${misrata}\n\nوقال مصدر طبي بمصراتة إن المستشفى المركزي استقبل 3 قتلى.`;
    const path = file(
      'misrata.txt',
      `---\ntitle: اشتباكات عنيفة على تخوم مصراتة\nsource: مرصد الأخبار\npublished: 2025-03-14\nurl: https://example.org/marsad/01\nid: 0012\n---\n${body}\n`,
    );
    expect(await read([path])).toEqual([
      {
        kind: 'document',
        origin: { file: path, line: null },
        input: {
          id: '0012',
          source: 'مرصد الأخبار',
          url: 'https://example.org/marsad/01',
          title: 'اشتباكات عنيفة على تخوم مصراتة',
          publishedAt: '2025-03-14',
          language: null,
          text: body,
        },
      },
    ]);
  });

  it.each([
    { name: 'a short first line is the title', content: `اشتباكات في مصراتة\n\n${misrata}\n`, title: 'اشتباكات في مصراتة' },
    { name: 'a long first line is not', content: `${misrata.repeat(2)}\n${aden}`, title: null },
    { name: 'CRLF front matter', content: `---\r\ntitle: عدن\r\n---\r\n${aden}\r\n`, title: 'عدن' },
    { name: 'an empty front matter', content: `---\n---\n${aden}`, title: aden },
    { name: 'an unclosed --- is text', content: `---\n${aden}`, title: '---' },
  ])('$name', async ({ content, title }) => {
    const records = await read([file('article.md', content)]);
    expect(records).toMatchObject([{ kind: 'document', input: { title } }]);
  });

  it.each([
    { name: 'an empty file', content: '', reason: 'empty: there is no text to read' },
    { name: 'a whitespace-only file', content: ' \n\t\n', reason: 'empty: there is no text to read' },
    { name: 'front matter without a body', content: '---\ntitle: عنوان\n---\n\n', reason: 'there is no text after the front matter' },
    { name: 'front matter that is not YAML', content: `---\ntitle: [مصراتة\n---\n${aden}`, reason: /front matter is not valid YAML/ },
    { name: 'front matter that is a list', content: `---\n- مصراتة\n---\n${aden}`, reason: 'the front matter must be "key: value" lines' },
    { name: 'a nested front-matter value', content: `---\ntitle:\n  ar: مصراتة\n---\n${aden}`, reason: 'front matter: "title" must be text, not an object' },
    { name: 'a binary file', content: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), reason: 'this is a binary file, not text' },
  ])('rejects $name', async ({ content, reason }) => {
    const path = file('article.txt', content);
    const [record, ...rest] = await read([path]);
    expect(rest).toEqual([]);
    expect(record?.kind).toBe('reject');
    const got = record?.kind === 'reject' ? record.reject.reason : '';
    if (typeof reason === 'string') expect(got).toMatch(new RegExp(`^${path}(:\\d+)?: ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    else expect(got).toMatch(reason);
  });

  it('rejects a text file that is not valid UTF-8, naming the first bad line', async () => {
    const path = file('legacy.txt', Buffer.concat([Buffer.from(`${aden}\n${misrata}\n`), Buffer.from([0xe3, 0xd5, 0xd1, 0xc7, 0xca, 0xc9, 0x0a])]));
    expect(rejects(await read([path]))).toEqual([
      { origin: { file: path, line: 3 }, reason: `${path}:3: not valid UTF-8 text; convert it first (e.g. iconv -f WINDOWS-1256 -t UTF-8)`, excerpt: null },
    ]);
  });

  it('rejects a 50 MB document from its size, before reading it', async () => {
    const path = join(root, 'huge.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'ب'));
    const progress: ReadProgress[] = [];
    const records = await read([path], { onProgress: (p) => progress.push(p) });
    expect(rejects(records)).toEqual([
      {
        origin: { file: path, line: null },
        reason: `${path}: the file is 52,428,800 bytes, too large for a document of at most 10,000,000 characters; raise the limit with --max-doc-chars`,
        excerpt: null,
      },
    ]);
    expect(progress).toEqual([]);
    rmSync(path);
  });

  it('rejects a document over the limit that its size alone does not give away', async () => {
    const path = file('long.txt', 'مصراتة '.repeat(30));
    expect(rejects(await read([path], { maxDocumentChars: 150 }))[0]?.reason).toBe(
      `${path}: the document has 209 characters, over the limit of 150; raise it with --max-doc-chars`,
    );
  });

  it('reads an HTML file, in the charset it declares', async () => {
    const windows1256 = Buffer.from([0xe3, 0xd5, 0xd1, 0xc7, 0xca, 0xc9]);
    const html = Buffer.concat([
      Buffer.from('<html lang="ar"><head><meta charset="windows-1256"><title>'),
      windows1256,
      Buffer.from('</title></head><body><p>'),
      windows1256,
      Buffer.from('</p></body></html>'),
    ]);
    const records = await read([file('page.htm', html)]);
    expect(records).toMatchObject([{ kind: 'document', input: { title: 'مصراتة', text: 'مصراتة', language: 'ar' } }]);
  });

  it.each([
    { name: 'text', content: `${aden}\n`, expected: { kind: 'document', input: { text: aden } } },
    { name: 'JSON Lines', content: `\n${jsonLine({ text: misrata })}\n`, expected: { kind: 'document', origin: { line: 2 }, input: { text: misrata } } },
    { name: 'HTML', content: `<!DOCTYPE html><html><body><p>${aden}</p></body></html>`, expected: { kind: 'document', input: { text: aden } } },
    { name: 'binary', content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), expected: { kind: 'reject', reject: { reason: /binary file/ } } },
    { name: 'not UTF-8', content: Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]), expected: { kind: 'reject', reject: { reason: /not valid UTF-8/ } } },
  ])('reads an unknown extension by its content: $name', async ({ content, expected }) => {
    expect(await read([file('article.dat', content)])).toMatchObject([expected]);
  });
});

describe('readInputs: paths and folders', () => {
  it('walks a folder recursively in name order, skipping hidden files, databases and reject logs', async () => {
    const folder = join(root, 'corpus');
    for (const sub of ['b-libya', 'a-yemen', '.git', 'b-libya/inner']) mkdirSync(join(folder, sub), { recursive: true });
    const files: Record<string, string> = {
      'b-libya/misrata.txt': misrata,
      'b-libya/inner/sirte.md': 'سرت',
      'b-libya/benghazi.txt': 'بنغازي',
      'a-yemen/aden.txt': aden,
      'z.jsonl': `${jsonLine({ text: 'حلب' })}\n${jsonLine({ text: 'إدلب' })}\n`,
      'C.txt': 'الخرطوم',
      '.hidden.txt': 'مخفي',
      '.git/HEAD.txt': 'ref',
      'marsad.db': 'x',
      'marsad.db-wal': 'x',
      'run.rejects.jsonl': `${jsonLine({ text: 'مرفوض' })}\n`,
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    const records = await read([folder]);
    expect(rejects(records)).toEqual([]);
    expect(documents(records).map((r) => [r.origin.file.slice(folder.length + 1), r.input.text])).toEqual([
      ['C.txt', 'الخرطوم'],
      ['a-yemen/aden.txt', aden],
      ['b-libya/benghazi.txt', 'بنغازي'],
      ['b-libya/inner/sirte.md', 'سرت'],
      ['b-libya/misrata.txt', misrata],
      ['z.jsonl', 'حلب'],
      ['z.jsonl', 'إدلب'],
    ]);
  });

  it('rejects a missing path and goes on', async () => {
    const missing = join(root, 'no-such-folder', 'news.jsonl');
    const present = file('present.txt', aden);
    const records = await read([missing, present]);
    expect(records).toEqual([
      { kind: 'reject', reject: { origin: { file: missing, line: null }, reason: `${missing}: no such file or folder`, excerpt: null } },
      expect.objectContaining({ kind: 'document', origin: { file: present, line: null } }),
    ]);
  });

  it('rejects a path it cannot resolve', async () => {
    const loop = join(root, 'loop');
    symlinkSync(loop, loop);
    expect(rejects(await read([loop]))[0]?.reason).toBe(`${loop}: too many symbolic links`);
  });

  it.skipIf(process.getuid?.() === 0)('rejects a file it may not read', async () => {
    const path = file('secret.txt', aden);
    chmodSync(path, 0o000);
    expect(rejects(await read([path]))[0]?.reason).toBe(`${path}: permission denied: Marsad cannot read it`);
  });

  it('refuses a limit that is not a positive whole number', async () => {
    await expect(read([], { maxDocumentChars: 0 })).rejects.toThrow(InputError);
    await expect(read([], { maxDocumentChars: 2.5 })).rejects.toMatchObject({ hint: expect.stringMatching(/--max-doc-chars/) });
  });

  it('stops cleanly when the reader stops early', async () => {
    const path = file('many.jsonl', Array.from({ length: 50 }, (_, i) => jsonLine({ text: `${aden} ${i}` })).join('\n'));
    const seen: IngestRecord[] = [];
    for await (const record of readInputs([path])) {
      seen.push(record);
      if (seen.length === 3) break;
    }
    expect(seen).toHaveLength(3);
    rmSync(path);
  });

  it.skipIf(process.platform === 'win32')('reads a named pipe like stdin', async () => {
    const fifo = join(root, 'news.pipe');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.end(`${jsonLine({ text: misrata })}\n${jsonLine({ text: aden })}\n`);
    const records = await read([fifo]);
    expect(documents(records).map((r) => r.input.text)).toEqual([misrata, aden]);
  });
});

describe('readInputs: stdin', () => {
  const stdin = (...chunks: (string | Buffer)[]) => Readable.from(chunks.map((chunk) => Buffer.from(chunk)));

  it('reads JSON Lines when the first non-blank character is {', async () => {
    const records = await read(['-'], { stdin: stdin('\n  ', `${jsonLine({ text: misrata })}\n{"text": \n`, `${jsonLine({ text: aden })}`) });
    expect(documents(records).map((r) => [r.origin, r.input.text])).toEqual([
      [{ file: '-', line: 2 }, misrata],
      [{ file: '-', line: 4 }, aden],
    ]);
    expect(rejects(records).map((r) => r.reason)).toEqual([expect.stringMatching(/^stdin:3: malformed JSON/)]);
  });

  it('reads one plain-text document otherwise, with its front matter', async () => {
    const records = await read(['-'], { stdin: stdin('---\ntitle: عدن\nsource: سبأ\n---\n', aden) });
    expect(records).toEqual([
      { kind: 'document', origin: { file: '-', line: null }, input: { id: null, source: 'سبأ', url: null, title: 'عدن', publishedAt: null, language: null, text: aden } },
    ]);
  });

  it.each([
    { name: 'empty', chunks: [], reason: 'stdin: empty: there is no text to read' },
    { name: 'blank', chunks: ['  \n\n'], reason: 'stdin: empty: there is no text to read' },
    { name: 'too large', chunks: ['ب'.repeat(200), 'ب'.repeat(200)], limit: 100, reason: 'stdin: the input is 800 bytes, too large for a document of at most 100 characters; raise the limit with --max-doc-chars' },
  ])('rejects $name input', async ({ chunks, limit, reason }) => {
    const records = await read(['-'], { stdin: stdin(...chunks), maxDocumentChars: limit ?? 1000 });
    expect(rejects(records).map((r) => r.reason)).toEqual([reason]);
  });
});

const saudiNewsNet = join(import.meta.dirname, '../../../shared/data/news/saudinewsnet-2015.jsonl.gz');

describe('readInputs: SaudiNewsNet', () => {
  it.skipIf(!existsSync(saudiNewsNet))('reads the first 200 articles of the real corpus', async () => {
    const records: IngestRecord[] = [];
    for await (const record of readInputs([saudiNewsNet])) {
      records.push(record);
      if (records.length === 200) break;
    }
    expect(rejects(records)).toEqual([]);
    const docs = documents(records);
    expect(docs.map((r) => r.origin.line)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    for (const { input } of docs) {
      expect(input.id).toMatch(/^[0-9a-f]{16}$/);
      expect(input.source).toMatch(/^[a-z-]+$/);
      expect(input.publishedAt).toMatch(/^2015-0[78]-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(input.text).toMatch(/[\u0621-\u064A]{3}/);
      expect(input.title).not.toBeNull();
    }
  });
});
