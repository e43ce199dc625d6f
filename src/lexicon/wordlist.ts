import { DataError } from '../core/index.js';
import { normalizeWord } from '../text/index.js';

/**
 * One line of a plain-text word list:
 *   entry|variant|variant   # comment
 *   !entry                  # removes an entry an earlier line or layer added
 * `#` starts a comment (full-line or trailing), blank lines are ignored.
 */
export interface WordListEntry {
  /** The file (or other name) the line came from, and its 1-based line number, for error messages and provenance. */
  source: string;
  line: number;
  /** True for a `!entry` line. */
  remove: boolean;
  /** The variants as written, first one canonical. */
  surfaces: string[];
  /** The variants normalized with normalizeWord (spaces collapsed), in the same order, without duplicates. */
  variants: string[];
}

function malformed(source: string, line: number, problem: string): DataError {
  return new DataError(
    `${source}:${line}: ${problem}`,
    'fix that line: one entry a line, `|` between variants, `#` for comments, `!entry` to remove an entry',
  );
}

/** Parses a word list; a malformed line raises DataError naming the file and line. */
export function parseWordList(content: string, source: string): WordListEntry[] {
  const entries: WordListEntry[] = [];
  const lines = content.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const hash = raw.indexOf('#');
    let body = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (body === '') continue;
    const line = i + 1;
    const remove = body.startsWith('!');
    if (remove) body = body.slice(1).trim();
    if (body === '') throw malformed(source, line, 'a `!` with no entry to remove');
    if (body.includes('!')) throw malformed(source, line, `a \`!\` inside an entry: "${body}"`);
    const surfaces = body.split('|').map((s) => s.trim().replace(/\s+/g, ' '));
    const variants: string[] = [];
    for (const surface of surfaces) {
      if (surface === '') throw malformed(source, line, `an empty variant in "${body}"`);
      const norm = normalizeWord(surface).replace(/\s+/g, ' ').trim();
      if (norm === '') throw malformed(source, line, `"${surface}" has no letters left once normalized`);
      if (!variants.includes(norm)) variants.push(norm);
    }
    entries.push({ source, line, remove, surfaces, variants });
  }
  return entries;
}
