/**
 * The document reader: the whole article with every annotation layer marked, a switch per layer, and the events
 * coded from it.
 */
import type { AnnotatedDocument } from './api.js';
import type { Ctx } from './context.js';
import { LAYER_KEYS } from './detail.js';
import { h, fill } from './dom.js';
import { annotationSpans, DOCUMENT_LAYERS, type Layer } from './highlight.js';
import { typeLabel } from './i18n.js';
import { highlighted } from './marks.js';
import { sourceBlock } from './source.js';

export function renderReader(ctx: Ctx, { document: doc, annotations, events }: AnnotatedDocument): HTMLElement {
  const shown = new Set<Layer>(DOCUMENT_LAYERS);
  const body = h('div', { class: 'article-text', dir: 'rtl', lang: 'ar' });
  const draw = () => fill(body, highlighted(doc.text, annotationSpans(annotations, shown)));
  draw();

  const switches = DOCUMENT_LAYERS.map((layer) => {
    const count = annotationSpans(annotations, new Set([layer])).length;
    const box = h('input', { type: 'checkbox', checked: true, 'data-layer': layer });
    box.addEventListener('change', () => {
      if (box.checked) shown.add(layer);
      else shown.delete(layer);
      draw();
    });
    return h('label', { class: 'check' }, box, h('mark', { class: `hl-${layer}` }, ctx.t(LAYER_KEYS[layer])), h('span', { class: 'count' }, count));
  });

  return h(
    'article',
    { class: 'reader' },
    h('header', {}, h('h2', { dir: 'auto' }, doc.title ?? ctx.t('document'))),
    sourceBlock(ctx, doc, false),
    h('button', { type: 'button', onclick: () => ctx.go({ document: doc.id }) }, ctx.t('filterByDocument')),
    h('fieldset', { class: 'layers' }, h('legend', {}, ctx.t('layers')), ...switches),
    body,
    events.length > 0 && h('h3', {}, ctx.t('documentEvents')),
    events.length > 0 &&
      h(
        'ul',
        { class: 'doc-events' },
        ...events.map((event) =>
          h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => ctx.open({ kind: 'event', id: event.id }) }, `${typeLabel(ctx.lang, event.event_type)} · ${event.event_text}`)),
        ),
      ),
  );
}
