import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Origin } from '../core/index.js';
import type { DomDocument, DomNode } from './dom.js';
import { blockText } from './html-text.js';
import { normalizePublished } from './published.js';
import { documentAt, rejectAt, tooManyChars } from './records.js';
import type { IngestRecord } from './types.js';

// Where pages state their publication time, most explicit first (keys are lower-cased property/name/itemprop).
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'date',
];

/** One HTML page: its main article text (Readability), or the whole body's text when no article stands out. */
export function parseHtml(html: string, origin: Origin, maxDocumentChars: number): IngestRecord {
  const document = load(html);
  const meta = metaTags(document);
  const article = readArticle(document);
  const text = article?.text || blockText(load(html).body ?? emptyNode);
  if (text === '') return rejectAt(origin, 'the page has no text');
  if (text.length > maxDocumentChars) return rejectAt(origin, tooManyChars(text.length, maxDocumentChars), text);
  const source = meta.get('og:site_name') ?? article?.siteName ?? null;
  const times = Array.from(document.querySelectorAll('time[datetime]'), (time) => time.getAttribute('datetime'));
  const published = [...PUBLISHED_KEYS.map((key) => meta.get(key)), article?.publishedTime, ...times].find(
    (value): value is string => typeof value === 'string' && normalizePublished(value) !== null,
  );
  return documentAt(origin, {
    id: null,
    source,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta.get('og:url') || null,
    title: withoutSiteName(article?.title || meta.get('og:title') || document.title, source),
    publishedAt: published ?? null,
    language: document.documentElement?.getAttribute('lang')?.trim() || null,
    text,
  });
}

const emptyNode: DomNode = { nodeType: 1, nodeName: 'BODY', textContent: '', childNodes: [] };

function load(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

interface Article {
  text: string;
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** Runs Readability, which rewrites the document: read everything else from it first. */
function readArticle(document: DomDocument): Article | null {
  let parsed;
  try {
    // The serializer hands back the content node itself, so it is walked once instead of serialized and re-parsed.
    parsed = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  return {
    text: blockText(parsed.content),
    title: parsed.title?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime ?? null,
  };
}

/** "اشتباكات في مصراتة | الشرق الأوسط" → "اشتباكات في مصراتة" when the page names its site. */
function withoutSiteName(title: string, site: string | null): string | null {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (site === null) return trimmed || null;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ']) {
    if (trimmed.endsWith(`${separator}${site}`)) return trimmed.slice(0, -(separator.length + site.length)).trim() || null;
  }
  return trimmed || null;
}
