import { readFileSync } from 'node:fs';
import { InputError } from '../../src/core/index.js';
import { parseTag, toIob2, type TaggedSentence } from '../../src/extract/ner/index.js';

export interface ConllSentence extends TaggedSentence {
  /** 1-based line of the sentence's first token, to find it in the file. */
  line: number;
}

/**
 * Reads CoNLL-style NER data: `token TAG` a line (extra middle columns are ignored, the tag is the last column),
 * a blank line or `-DOCSTART-` between sentences. Tags may be IOB1 or IOB2; they come back as IOB2.
 * `file` names the source in errors.
 */
export function parseConll(content: string, file: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let first = 0;
  const close = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags: toIob2(tags), line: first });
    tokens = [];
    tags = [];
  };
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('-DOCSTART-')) return close();
    const fields = line.split(/\s+/);
    const token = fields[0] ?? '';
    const tag = fields[fields.length - 1] ?? '';
    if (fields.length < 2) {
      throw new InputError(
        `${file}:${index + 1}: expected "token TAG", found "${line.slice(0, 40)}"`,
        'Each line holds a token and its tag separated by a space or tab; sentences are separated by a blank line.',
      );
    }
    if (parseTag(tag) === null) {
      throw new InputError(
        `${file}:${index + 1}: unknown tag "${tag.slice(0, 20)}" for token "${token.slice(0, 20)}"`,
        'Tags must be O, B-X or I-X with X one of PERS, LOC, ORG, MISC (IOB1 or IOB2).',
      );
    }
    if (tokens.length === 0) first = index + 1;
    tokens.push(token);
    tags.push(tag);
  });
  close();
  return sentences;
}

/** Reads a CoNLL file; a missing or unreadable file is an InputError saying where the data is expected. */
export function readConllFile(path: string): ConllSentence[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputError(
      `cannot read the NER data ${path}`,
      'pass a CoNLL file (token TAG a line); ANERcorp is expected at ../shared/data/ner/anercorp-train.conll beside the repository',
      { cause },
    );
  }
  return parseConll(content, path);
}
