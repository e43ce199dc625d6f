import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.js';

async function* chunked(text: Buffer, sizes: number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const size of sizes) {
    if (start >= text.length) break;
    yield text.subarray(start, start + size);
    start += size;
  }
  if (start < text.length) yield text.subarray(start);
}

async function lines(text: Buffer, sizes: number[], max = 1 << 20): Promise<{ number: number; text: string | null; size: number }[]> {
  const out = [];
  for await (const line of splitLines(chunked(text, sizes), max)) {
    out.push({ number: line.number, text: line.bytes === null ? null : Buffer.from(line.bytes).toString('utf8'), size: line.size });
  }
  return out;
}

describe('splitLines', () => {
  it.each([
    { name: 'LF', text: 'مصراتة\nسرت\n', expected: ['مصراتة', 'سرت'] },
    { name: 'CRLF', text: 'مصراتة\r\nسرت\r\n', expected: ['مصراتة', 'سرت'] },
    { name: 'no final newline', text: 'مصراتة\nسرت', expected: ['مصراتة', 'سرت'] },
    { name: 'blank lines', text: '\nمصراتة\n\n', expected: ['', 'مصراتة', ''] },
    { name: 'empty', text: '', expected: [] },
  ])('splits $name', async ({ text, expected }) => {
    const got = await lines(Buffer.from(text), [3]);
    expect(got.map((line) => line.text)).toEqual(expected);
    expect(got.map((line) => line.number)).toEqual(expected.map((_, i) => i + 1));
  });

  it('keeps a multi-byte character split across chunks whole', async () => {
    const text = Buffer.from('اشتباكات في مصراتة\nطرابلس');
    for (let size = 1; size < 8; size += 1) {
      expect((await lines(text, Array(100).fill(size))).map((line) => line.text)).toEqual(['اشتباكات في مصراتة', 'طرابلس']);
    }
  });

  it('counts but does not keep a line over the limit, and goes on with the next', async () => {
    const long = 'ب'.repeat(600);
    const got = await lines(Buffer.from(`قصير\n${long}\nبعده\n`), [7, 100, 1000], 1000);
    expect(got).toEqual([
      { number: 1, text: 'قصير', size: 8 },
      { number: 2, text: null, size: 1200 },
      { number: 3, text: 'بعده', size: 8 },
    ]);
  });

  it('splits any text the same way however it is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('\n', '\r\n', 'a', 'ع', '😀', ' ') }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 40 }),
        async (parts, sizes) => {
          const text = parts.join('');
          const expected = text === '' ? [] : text.replace(/\n$/, '').split('\n').map((line) => line.replace(/\r$/, ''));
          expect((await lines(Buffer.from(text), sizes)).map((line) => line.text)).toEqual(expected);
        },
      ),
    );
  });
});
