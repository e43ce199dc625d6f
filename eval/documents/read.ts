import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { InputError } from '../../src/core/index.js';

/** A parsed gold line and where it came from (`file:line`), so later checks can name it too. */
export interface GoldLine<T> {
  where: string;
  value: T;
}

/** `toponyms.2.lat` for a zod issue path, or the whole line when the issue has no path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the line' : `field ${path.map(String).join('.')}`;
}

/** The deepest issue of a union that failed: the one that says which field of the closest branch is wrong. */
function closestIssue(error: z.ZodError): z.core.$ZodIssue {
  const first = error.issues[0] as z.core.$ZodIssue;
  if (first.code !== 'invalid_union' || first.errors.length === 0) return first;
  const branches = first.errors.filter((issues) => issues.length > 0);
  // The branch with the fewest complaints is the one the annotator meant (an inline or a reference document).
  const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
  return best[0] as z.core.$ZodIssue;
}

/** Parses JSON Lines gold text; a bad line raises InputError naming `file:line` and the field. Blank and `//` lines are skipped. */
export function parseGoldLines<S extends z.ZodType>(source: string, file: string, schema: S, hint: string): GoldLine<z.infer<S>>[] {
  const out: GoldLine<z.infer<S>>[] = [];
  source.split('\n').forEach((raw, index) => {
    const where = `${file}:${index + 1}`;
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${where}: malformed JSON: ${(error as Error).message}`, hint);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = closestIssue(parsed.error);
      throw new InputError(`${where}: ${fieldName(issue.path)}: ${issue.message}`, hint);
    }
    out.push({ where, value: parsed.data });
  });
  if (out.length === 0) throw new InputError(`${file} holds no gold lines`, hint);
  return out;
}

export function readGoldLines<S extends z.ZodType>(file: string, schema: S, hint: string): GoldLine<z.infer<S>>[] {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the gold file ${file}`, hint, { cause: error });
  }
  return parseGoldLines(source, file, schema, hint);
}
