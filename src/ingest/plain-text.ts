import type { Origin } from '../core/index.js';
import { readFields } from './fields.js';
import { splitFrontMatter } from './front-matter.js';
import { documentAt, rejectAt, tooManyChars } from './records.js';
import type { IngestRecord } from './types.js';

/** A first line this short reads as a headline; a longer one is the start of the body. */
const MAX_TITLE_CHARS = 150;

/** One plain-text document, with optional front matter (title, source, url, published, id, language). */
export function parsePlainText(content: string, origin: Origin, maxDocumentChars: number): IngestRecord {
  const front = splitFrontMatter(content);
  if (!front.ok) return rejectAt({ ...origin, line: front.line }, front.problem);
  const text = front.body.trim();
  if (text === '') {
    return rejectAt(origin, front.fields === null ? 'the file is empty' : 'there is no text after the front matter');
  }
  if (text.length > maxDocumentChars) return rejectAt(origin, tooManyChars(text.length, maxDocumentChars), text);
  const fields = readFields(front.fields ?? {}, text);
  if (!fields.ok) return rejectAt(origin, `front matter: ${fields.problem}`);
  const input = fields.input;
  return documentAt(origin, { ...input, title: input.title ?? headline(text) });
}

function headline(text: string): string | null {
  const first = (text.split('\n', 1)[0] ?? '').trim();
  return first.length <= MAX_TITLE_CHARS ? first : null;
}
