import { YAMLParseError, parse } from 'yaml';

export type FrontMatter =
  | { ok: true; fields: Record<string, unknown> | null; body: string }
  | { ok: false; problem: string; line: number | null };

// A `---` line, the block, a `---` line. A file that opens with `---` but never closes it has no front matter.
const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * Splits an optional YAML front-matter block from the body. The failsafe schema keeps every value as written
 * (`id: 0012` stays "0012", `published: 2025-03-14` stays a string) instead of guessing numbers and dates.
 */
export function splitFrontMatter(content: string): FrontMatter {
  const match = BLOCK.exec(content);
  if (!match) return { ok: true, fields: null, body: content };
  const body = content.slice(match[0].length);
  let data: unknown;
  try {
    data = parse(match[1] ?? '', { schema: 'failsafe' });
  } catch (error) {
    // Line 1 of the block is line 2 of the file.
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line + 1 : null;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problem: `the front matter is not valid YAML: ${message}`, line };
  }
  if (data === null || data === undefined) return { ok: true, fields: {}, body };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problem: 'the front matter must be "key: value" lines', line: 2 };
  }
  return { ok: true, fields: data as Record<string, unknown>, body };
}
