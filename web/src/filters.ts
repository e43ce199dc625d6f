/**
 * The filter panel: one form whose every field is a filter of the URL. Any change applies at once (text fields on
 * Enter or when they lose focus); facet counts beside the choices say what each would give.
 */
import { EVENT_TYPES, QUAD_CLASS } from '../../src/core/events.js';
import type { Facets, FacetCount } from './api.js';
import type { Ctx } from './context.js';
import { h, type Child } from './dom.js';
import { MODALITIES, modalityLabel, quadLabel, typeLabel, type Key } from './i18n.js';
import { countryName } from './labels.js';
import { QUADS } from './quad.js';
import { swatch } from './swatch.js';
import { clearedFilters, EVENT_VIEWS, type EventView, type Filters, type TextFilter } from './state.js';

function counts(facet: readonly FacetCount[] | undefined): Map<string, number> {
  return new Map((facet ?? []).map((f) => [f.value, f.count]));
}

function checkbox(name: string, value: string, checked: boolean, label: Child, count: number | undefined): HTMLElement {
  return h(
    'label',
    { class: 'check' },
    // An id, so the redrawn form can give the focus back to the box just toggled.
    h('input', { type: 'checkbox', name, value, checked, id: `filter-${name}-${value}` }),
    h('span', {}, label),
    count !== undefined && h('span', { class: 'count' }, count),
  );
}

function field(ctx: Ctx, name: TextFilter, label: Key, attrs: Record<string, string> = {}, hint?: Key): HTMLElement {
  const id = `filter-${name}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, ctx.t(label)),
    h('input', { id, name, value: ctx.filters[name], type: 'text', ...attrs, ...(hint ? { placeholder: ctx.t(hint), title: ctx.t(hint) } : {}) }),
  );
}

/** Reads the form back into filters; filters the panel does not show (bbox, recipient…) are kept as they are. */
function read(form: HTMLFormElement, current: Filters): Filters {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const list = (name: string) => data.getAll(name).map(String);
  return {
    ...current,
    view: EVENT_VIEWS.find((v) => v === text('view')) ?? current.view,
    type: list('type'),
    modality: list('modality'),
    country: text('country').split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== ''),
    actor: text('actor'),
    place: text('place'),
    q: text('q'),
    min_confidence: text('min_confidence'),
    from: text('from'),
    to: text('to'),
  };
}

const VIEW_KEYS: Readonly<Record<EventView, Key>> = { canonical: 'viewCanonical', mentions: 'viewMentions' };

/** Events or reports: two radio buttons (arrow keys move between them), applied at once like every filter. */
function viewToggle(ctx: Ctx): HTMLElement {
  return h(
    'fieldset',
    { class: 'view-toggle', title: ctx.t('viewHint') },
    h('legend', {}, ctx.t('viewLabel')),
    ...EVENT_VIEWS.map((view) =>
      h(
        'label',
        {},
        h('input', { type: 'radio', name: 'view', value: view, checked: ctx.filters.view === view, id: `filter-view-${view}` }),
        h('span', {}, ctx.t(VIEW_KEYS[view])),
      ),
    ),
  );
}

function facetChips(title: string, facet: readonly FacetCount[], pick: (value: string) => void, label: (f: FacetCount) => string): HTMLElement | null {
  if (facet.length === 0) return null;
  return h(
    'div',
    { class: 'facet' },
    h('div', { class: 'facet-title' }, title),
    h('ul', { class: 'chips' }, ...facet.slice(0, 8).map((f) => h('li', {}, h('button', { type: 'button', class: 'chip', onclick: () => pick(f.value) }, label(f), h('span', { class: 'count' }, f.count))))),
  );
}

export function renderFilters(ctx: Ctx, facets: Facets | null, actorName: (f: FacetCount) => string): HTMLElement {
  const types = counts(facets?.type);
  const selectedTypes = new Set(ctx.filters.type);
  const selectedModalities = new Set(ctx.filters.modality);

  const typeGroups = QUADS.map((quad) =>
    h(
      'div',
      { class: 'type-group' },
      h('div', { class: 'quad-name' }, swatch(quad), quadLabel(ctx.lang, quad)),
      ...EVENT_TYPES.filter((type) => QUAD_CLASS[type] === quad).map((type) =>
        checkbox('type', type, selectedTypes.has(type), typeLabel(ctx.lang, type), types.get(type)),
      ),
    ),
  );

  const form = h(
    'form',
    { class: 'filters', 'aria-label': ctx.t('filters') },
    h('h2', { class: 'panel-title' }, ctx.t('filters')),
    viewToggle(ctx),
    field(ctx, 'q', 'query', { type: 'search', dir: 'auto' }, 'queryHint'),
    h('fieldset', {}, h('legend', {}, ctx.t('type')), ...typeGroups),
    h('fieldset', {}, h('legend', {}, ctx.t('modality')), ...MODALITIES.map((m) => checkbox('modality', m, selectedModalities.has(m), modalityLabel(ctx.lang, m), undefined))),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'filter-country' }, ctx.t('country')),
      h('input', { id: 'filter-country', name: 'country', type: 'text', value: ctx.filters.country.join(','), placeholder: ctx.t('countryHint'), title: ctx.t('countryHint'), dir: 'ltr' }),
    ),
    field(ctx, 'actor', 'actor', { dir: 'auto' }, 'actorHint'),
    field(ctx, 'place', 'place', { dir: 'auto' }, 'placeHint'),
    field(ctx, 'min_confidence', 'minConfidence', { type: 'number', min: '0', max: '1', step: '0.05' }),
    h('div', { class: 'dates' }, field(ctx, 'from', 'from', { type: 'date' }), field(ctx, 'to', 'to', { type: 'date' })),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit' }, ctx.t('apply')),
      h('button', { type: 'button', class: 'link', onclick: () => ctx.go(clearedFilters(ctx.filters)) }, ctx.t('clear')),
    ),
    facets && facetChips(ctx.t('country'), facets.country ?? [], (value) => ctx.go({ country: [value] }), (f) => countryName(ctx.lang, f.value)),
    facets && facetChips(ctx.t('actor'), facets.actor ?? [], (value) => ctx.open({ kind: 'actor', id: value }), actorName),
  );
  const apply = () => ctx.go(read(form, ctx.filters));
  // Applied after the event: when Tab leaves a text field, the focus has reached the next field by then, and the
  // redrawn form gives it back to that field.
  form.addEventListener('change', () => setTimeout(apply));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  return form;
}
