import { readFileSync } from 'node:fs';
import { InputError } from '../../src/core/index.js';

/**
 * The PETRARCH validation format (UniversalPetrarch's Arabic gold, ../shared/data/events/petrarch-ar-gold-dev.xml):
 * `<Sentence category date id>` holding `<EventText eventtext sourcetext targettext/>`, `<EventCoding plover/>`
 * and `<Text>`. The attributes are all we read; the dependency parse is ignored.
 */
export interface GoldEventSentence {
  id: string;
  /** The PLOVER type the sentence is coded with (the `plover` attribute, else the sentence category). */
  type: string;
  /** ISO publication date (the `date` attribute, YYYYMMDD), null when absent. */
  date: string | null;
  text: string;
  eventText: string;
  sourceText: string;
  targetText: string;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(quot|amp|lt|gt|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] as string;
  });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1] as string, unescape(m[2] ?? m[3] ?? ''));
  return out;
}

function isoDate(yyyymmdd: string | undefined): string | null {
  const m = yyyymmdd ? /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Parses the gold XML; a sentence without text or type raises InputError naming it. */
export function parseGoldEvents(xml: string, source: string): GoldEventSentence[] {
  const out: GoldEventSentence[] = [];
  for (const block of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = attributes(block[1] as string);
    const body = block[2] as string;
    if (attrs.get('evaluate') === 'false') continue;
    const id = attrs.get('id') ?? String(out.length);
    const event = attributes(/<EventText\b([^>]*)\/?>/.exec(body)?.[1] ?? '');
    const coding = attributes(/<EventCoding\b([^>]*)\/?>/.exec(body)?.[1] ?? '');
    const text = unescape(/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '').trim();
    const type = coding.get('plover') || attrs.get('category') || '';
    if (!text || !type) {
      throw new InputError(`${source}: sentence ${id} has no ${text ? 'type' : 'text'}`, 'each <Sentence> needs a <Text> and a category or plover attribute');
    }
    out.push({
      id,
      type,
      date: isoDate(attrs.get('date')),
      text,
      eventText: event.get('eventtext') ?? '',
      sourceText: event.get('sourcetext') ?? '',
      targetText: event.get('targettext') ?? '',
    });
  }
  return out;
}

export function readGoldEvents(path: string): GoldEventSentence[] {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the event gold file ${path}`, 'give the path of a PETRARCH-style validation XML file', { cause: error });
  }
  return parseGoldEvents(xml, path);
}
