/**
 * One event: what, when, who, to whom, where, how sure, where it was read, and the Arabic evidence sentence with
 * the trigger, actors, recipient, place and dating words marked.
 */
import type { EventEntity, EventLocation } from '../../src/core/events.js';
import type { EventDetail } from './api.js';
import type { Ctx } from './context.js';
import { coverageRows, coverageSections, partOf } from './coverage.js';
import { h, parts, type Child } from './dom.js';
import { evidenceSpans, type Layer } from './highlight.js';
import { modalityLabel, quadLabel, typeLabel, type Key } from './i18n.js';
import { actorKey, countryName, entityName, placeName } from './labels.js';
import { highlighted } from './marks.js';
import { sourceBlock } from './source.js';
import { swatch } from './swatch.js';

export const LAYER_KEYS: Readonly<Record<Layer, Key>> = {
  entity: 'layerEntity',
  actor: 'layerActor',
  recipient: 'layerRecipient',
  place: 'layerPlace',
  date: 'layerDate',
  trigger: 'layerTrigger',
};

function row(label: string, ...value: Child[]): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

function entity(ctx: Ctx, e: EventEntity): HTMLElement {
  const name = entityName(ctx.lang, e);
  const other = ctx.lang === 'ar' ? (e.name_en ?? e.name) : e.name_ar;
  const extra = parts(e.code, e.sector && ctx.t('sector', { sector: e.sector }), countryName(ctx.lang, e.country));
  return h(
    'div',
    { class: 'entity' },
    h('button', { type: 'button', class: 'link', onclick: () => ctx.open({ kind: 'actor', id: actorKey(e) }) }, name),
    other && other !== name && h('span', { class: 'alt-name' }, other),
    e.entity_text !== name && e.entity_text !== other && h('span', { class: 'as-written', dir: 'rtl', lang: 'ar' }, `«${e.entity_text}»`),
    extra.length > 0 && h('span', { class: 'meta' }, ...extra),
  );
}

function place(ctx: Ctx, loc: EventLocation): HTMLElement {
  const name = placeName(ctx.lang, loc);
  const other = ctx.lang === 'ar' ? loc.resolved_place : loc.extracted_place;
  const coordinates = loc.lat !== null && loc.lon !== null && ctx.t('coordinates', { lat: loc.lat.toFixed(3), lon: loc.lon.toFixed(3) });
  return h(
    'div',
    { class: 'entity' },
    h('span', {}, name),
    other && other !== name && h('span', { class: 'alt-name', dir: 'auto' }, other),
    h('span', { class: 'meta' }, ...parts(countryName(ctx.lang, loc.country_code), coordinates, loc.precision)),
  );
}

export function legend(ctx: Ctx, layers: readonly Layer[]): HTMLElement {
  return h('ul', { class: 'layer-legend' }, ...layers.map((layer) => h('li', {}, h('mark', { class: `hl-${layer}` }, ctx.t(LAYER_KEYS[layer])))));
}

/** The article an event was read from, one click from the reader. */
function source(ctx: Ctx, event: EventDetail): HTMLElement[] {
  if (!event.document) return [];
  return [
    h('h3', {}, ctx.t('source')),
    sourceBlock(ctx, event.document),
    h('button', { type: 'button', class: 'link', onclick: () => ctx.open({ kind: 'document', id: event.evidence.doc_id }) }, ctx.t('readDocument')),
  ];
}

/**
 * A canonical event lists its reports (each with its own source) where a report shows its one source; a report
 * merged into a canonical event links back to it.
 */
export function renderDetail(ctx: Ctx, event: EventDetail): HTMLElement {
  const counts = (['dead', 'injured', 'arrested'] as const).flatMap((k) => {
    const c = event[k];
    return c ? [`${c.text} ${ctx.t(k)}`] : [];
  });
  const spans = evidenceSpans(event);
  const present = (['trigger', 'actor', 'recipient', 'place', 'date'] as const).filter((layer) => spans.some((s) => s.layer === layer));
  const block = event.canonical;
  return h(
    'article',
    { class: 'detail' },
    h(
      'header',
      {},
      swatch(event.quad_code, true),
      h('h2', {}, `${typeLabel(ctx.lang, event.event_type)} (${event.event_type}${event.mode ? ` · ${event.mode}` : ''})`),
    ),
    !block && event.canonical_id && partOf(ctx, event.canonical_id),
    h(
      'dl',
      {},
      ...(block ? coverageRows(ctx, block).flatMap(([label, value]) => row(label, value)) : []),
      ...row(ctx.t('what'), `${quadLabel(ctx.lang, event.quad_code)} · ${modalityLabel(ctx.lang, event.modality)}`),
      ...row(
        ctx.t('when'),
        event.date ?? ctx.t('unknown'),
        ' ',
        h('span', { class: 'meta' }, ctx.t('precision', { precision: event.date_precision ?? ctx.t('unknown') })),
        ' ',
        event.date_text ? h('span', { class: 'as-written', dir: 'rtl', lang: 'ar' }, `«${event.date_text.text}»`) : h('span', { class: 'meta' }, `(${ctx.t('publicationDate')})`),
      ),
      ...row(ctx.t('who'), ...(event.actor.length ? event.actor.map((a) => entity(ctx, a)) : [ctx.t('none')])),
      ...row(ctx.t('whom'), ...(event.recipient.length ? event.recipient.map((r) => entity(ctx, r)) : [ctx.t('none')])),
      ...row(ctx.t('where'), event.event_loc ? place(ctx, event.event_loc) : ctx.t('unknown')),
      ...row(ctx.t('confidence'), event.confidence.toFixed(2)),
      ...(counts.length ? row(ctx.t('casualties'), ...parts(...counts)) : []),
    ),
    h('h3', {}, ctx.t('evidence')),
    h('blockquote', { class: 'evidence', dir: 'rtl', lang: 'ar' }, highlighted(event.text, spans)),
    legend(ctx, present),
    ...(block ? coverageSections(ctx, block, event.reports ?? [], event.explanation ?? []) : source(ctx, event)),
  );
}
