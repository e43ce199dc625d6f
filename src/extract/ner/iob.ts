/** The entity classes of ANERcorp and of the CoNLL shared tasks; every tag is O, B-TYPE or I-TYPE. */
export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The IOB2 label set the tagger decodes over, O first so that label 0 means "outside". */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`])];

/** A run of tokens [start, end) that names one entity. */
export interface Chunk {
  start: number;
  end: number;
  type: EntityType;
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Splits a tag into its prefix and type; null when it is not O, B-TYPE or I-TYPE with a known type. */
export function parseTag(tag: string): { prefix: 'O' } | { prefix: 'B' | 'I'; type: EntityType } | null {
  if (tag === 'O') return { prefix: 'O' };
  const prefix = tag.slice(0, 2);
  const type = tag.slice(2);
  if ((prefix === 'B-' || prefix === 'I-') && isEntityType(type)) return { prefix: prefix === 'B-' ? 'B' : 'I', type };
  return null;
}

export type ParsedTag = NonNullable<ReturnType<typeof parseTag>>;

/**
 * The entities a tag sequence names, read the way conlleval reads them: an I-X that does not continue an X entity
 * starts one, so IOB1 (B- only between touching entities), IOB2 and slightly broken system output all decode.
 * Tags must already be valid (see parseTag).
 */
export function chunks(tags: readonly string[]): Chunk[] {
  return chunksOf(
    tags.map((tag) => {
      const parsed = parseTag(tag);
      if (parsed === null) throw new RangeError(`not an IOB tag: "${tag}"`);
      return parsed;
    }),
  );
}

/** The same for tags already parsed (the tagger parses its nine labels once, not every token's tag). */
export function chunksOf(tags: readonly ParsedTag[]): Chunk[] {
  const found: Chunk[] = [];
  let open: Chunk | null = null;
  tags.forEach((parsed, index) => {
    if (parsed.prefix === 'I' && open !== null && open.type === parsed.type) {
      open.end = index + 1;
      return;
    }
    if (open !== null) found.push(open);
    open = parsed.prefix === 'O' ? null : { start: index, end: index + 1, type: parsed.type };
  });
  if (open !== null) found.push(open);
  return found;
}

/** The same entities written in IOB2 (every entity opens with B-), whatever IOB scheme the input used. */
export function toIob2(tags: readonly string[]): string[] {
  const out = new Array<string>(tags.length).fill('O');
  for (const chunk of chunks(tags)) {
    out[chunk.start] = `B-${chunk.type}`;
    for (let i = chunk.start + 1; i < chunk.end; i++) out[i] = `I-${chunk.type}`;
  }
  return out;
}

/**
 * Which label may follow which, as a (labels + 1) × labels 0/1 matrix whose last row is the sentence start:
 * in IOB2 an I-X may only continue a B-X or I-X. Decoding under this mask never produces a broken entity.
 */
export function iob2Transitions(labels: readonly string[]): Uint8Array {
  const size = labels.length;
  const allowed = new Uint8Array((size + 1) * size);
  for (let from = 0; from <= size; from++) {
    const previous = from === size ? null : parseTag(labels[from] ?? '');
    for (let to = 0; to < size; to++) {
      const next = parseTag(labels[to] ?? '');
      if (next === null) throw new RangeError(`not an IOB tag: "${labels[to]}"`);
      const continues = previous !== null && previous.prefix !== 'O' && previous.type === (next.prefix === 'O' ? null : next.type);
      allowed[from * size + to] = next.prefix !== 'I' || continues ? 1 : 0;
    }
  }
  return allowed;
}
