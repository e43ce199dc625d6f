import type { z } from 'zod';
import { HttpError } from './envelope.js';

/** Parses request input, turning the first problem into a 400 that names the parameter and how to fix it. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // A bad item of a comma list is reported under the list's name: `type`, not `type.0`.
  const field = issue?.path.length ? String(issue.path[0]) : where;
  const message = issue?.code === 'unrecognized_keys' ? `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}` : (issue?.message ?? 'invalid');
  throw new HttpError(400, `${field}: ${message}`, `see /api/openapi.json or docs/API.md for the ${where} this route takes`);
}
