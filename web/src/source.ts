/** Where an article came from: title, outlet, date and a link to the original when it is a web address. */
import type { DocumentRef } from './api.js';
import type { Ctx } from './context.js';
import { h, parts } from './dom.js';
import { safeHref } from './labels.js';

/** `withTitle` false when the title is already the heading. */
export function sourceBlock(ctx: Ctx, doc: DocumentRef, withTitle = true): HTMLElement {
  const href = safeHref(doc.url);
  return h(
    'div',
    { class: 'source' },
    withTitle && h('div', { class: 'doc-title', dir: 'auto' }, doc.title ?? doc.id),
    h('div', { class: 'meta' }, ...parts(doc.source, doc.publishedAt?.slice(0, 10))),
    href && h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, ctx.t('openOriginal')),
  );
}
