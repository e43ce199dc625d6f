/** A map marker's popup: the place's newest matching events, one click from each to its evidence. */
import type { EventRow, PlaceSummary } from './api.js';
import type { Ctx } from './context.js';
import { coverageBadge } from './coverage.js';
import { h } from './dom.js';
import { typeLabel } from './i18n.js';
import { placeLabel } from './labels.js';
import { swatch } from './swatch.js';

/** What the place filter takes for a marker: its GeoNames id, or its name for places the gazetteer curates. */
export function placeKey(place: PlaceSummary): string {
  return place.geonameid !== null ? String(place.geonameid) : (place.name ?? place.extracted ?? '');
}

export function renderPlacePopup(ctx: Ctx, place: PlaceSummary, events: readonly EventRow[]): HTMLElement {
  return h(
    'div',
    { class: 'place-popup' },
    h('strong', {}, ctx.t('placeCount', { count: place.count, place: placeLabel(ctx.lang, place) })),
    h(
      'ul',
      {},
      ...events.map((event) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link popup-event', onclick: () => ctx.open({ kind: 'event', id: event.id }) },
            swatch(event.quad_code),
            `${typeLabel(ctx.lang, event.event_type)} · ${event.date ?? ''} `,
            h('span', { dir: 'rtl', lang: 'ar' }, event.event_text),
            event.canonical && ' ',
            event.canonical && coverageBadge(ctx, event.canonical),
          ),
        ),
      ),
    ),
    h('button', { type: 'button', onclick: () => ctx.go({ place: placeKey(place) }) }, ctx.t('filterByPlace')),
  );
}
