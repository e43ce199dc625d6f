/**
 * The app: reads what to show from the URL, loads it from the API, and re-renders when the filters, the open
 * panel or the language change. Filters are a new history entry, so the back button undoes them.
 */
import './style.css';
import { renderActor } from './actor.js';
import { ApiError, dayCounts, getData, getPage, type ActorProfile, type AnnotatedDocument, type EventDetail, type EventRow, type Facets, type FacetCount, type PlaceSummary } from './api.js';
import type { Ctx } from './context.js';
import { timeBins } from './days.js';
import { renderDetail } from './detail.js';
import { fill, h, type Child } from './dom.js';
import { renderFilters } from './filters.js';
import { direction, format, isLang, quadLabel, type Lang } from './i18n.js';
import { placeLabel } from './labels.js';
import { renderList } from './list.js';
import { createMap } from './map.js';
import { createPanel } from './panel.js';
import { placeKey, renderPlacePopup } from './popup.js';
import { QUADS } from './quad.js';
import { swatch } from './swatch.js';
import { renderReader } from './reader.js';
import { apiUrl, filtersToQuery, parseFilters, parseView, viewToHash, withFilters, type Filters, type View } from './state.js';
import { renderTimeline } from './timeline.js';

const LANG_KEY = 'marsad-lang';

function region(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}

const regions = {
  brand: region('brand'),
  exports: region('exports'),
  langSwitch: region('lang-switch') as HTMLButtonElement,
  filters: region('filters'),
  map: region('map'),
  legend: region('legend'),
  timeline: region('timeline'),
  list: region('list'),
  panel: region('panel'),
  error: region('error'),
};

let lang: Lang = (() => {
  const stored = localStorage.getItem(LANG_KEY);
  return isLang(stored) ? stored : navigator.language.startsWith('ar') ? 'ar' : 'en';
})();
let filters: Filters = parseFilters(location.search);
let view: View = parseView(location.hash);
let loads = new AbortController();

function ctx(): Ctx {
  return {
    lang,
    filters,
    t: (key, values) => format(lang, key, values),
    go: (change) => navigate(withFilters(filters, change), { kind: 'none' }),
    open: (next) => navigate(filters, next),
  };
}

function navigate(nextFilters: Filters, nextView: View): void {
  const query = filtersToQuery(nextFilters);
  const url = `${location.pathname}${query ? `?${query}` : ''}${viewToHash(nextView)}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  history.pushState(null, '', url);
  update();
}

/** Re-reads the URL and redraws what changed: everything for new filters, only the panel for a new view. */
function update(): void {
  const next = parseFilters(location.search);
  const filtersChanged = filtersToQuery(next) !== filtersToQuery(filters);
  filters = next;
  view = parseView(location.hash);
  if (filtersChanged) refresh();
  void showPanel();
}

/** What went wrong and, from the API, what to do about it. */
function errorNodes(error: unknown): Child[] {
  const message = error instanceof Error ? error.message : String(error);
  return [h('strong', {}, format(lang, 'errorTitle')), ' ', message, error instanceof ApiError && error.hint && h('div', { class: 'hint' }, error.hint)];
}

function showError(error: unknown): void {
  fill(regions.error, ...errorNodes(error));
  regions.error.hidden = false;
}

/**
 * Replaces a region's content. When the focus was in it (typing in a filter), the redrawn control with the same id
 * takes it back, with what was typed so far.
 */
function replace(target: HTMLElement, content: Node): void {
  const focused = document.activeElement;
  const inside = focused instanceof HTMLElement && focused.id !== '' && target.contains(focused);
  fill(target, content);
  if (!inside) return;
  const again = document.getElementById(focused.id);
  if (again instanceof HTMLInputElement && focused instanceof HTMLInputElement && focused.type !== 'checkbox') again.value = focused.value;
  again?.focus();
}

const panel = createPanel(regions.panel, () => format(lang, 'close'), () => ctx().open({ kind: 'none' }));

function actorLabel(f: FacetCount): string {
  return f.label || f.value;
}

/** Opens a marker's popup with the place's newest matching events. */
async function pickPlace(place: PlaceSummary, marker: Parameters<typeof map.popup>[0]): Promise<void> {
  const c = ctx();
  const page = await getPage<EventRow>(apiUrl('api/events', withFilters(filters, { place: placeKey(place) }), { limit: '10' }), loads.signal);
  map.popup(marker, renderPlacePopup(c, place, page.data));
}

function renderChrome(c: Ctx): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = direction(lang);
  document.title = c.t('appTitle');
  fill(regions.brand, c.t('brand'));
  regions.langSwitch.textContent = c.t('language');
  regions.langSwitch.setAttribute('aria-label', c.t('languageLabel'));
  regions.langSwitch.lang = lang === 'ar' ? 'en' : 'ar';
  const link = (ext: string, label: string) => h('a', { href: apiUrl(`api/events.${ext}`, filters), download: `marsad-events.${ext}`, class: `export-${ext}` }, label);
  fill(regions.exports, h('span', {}, c.t('export')), link('csv', c.t('exportCsv')), link('geojson', c.t('exportGeojson')), link('jsonl', c.t('exportJsonl')));
  fill(
    regions.legend,
    h('div', { class: 'legend-title' }, c.t('legend')),
    ...QUADS.map((quad) => h('div', {}, swatch(quad), quadLabel(lang, quad))),
  );
  regions.map.setAttribute('aria-label', c.t('map'));
}

/** Reloads every view of the filters. */
function refresh(): void {
  loads.abort();
  loads = new AbortController();
  const { signal } = loads;
  const c = ctx();
  regions.error.hidden = true;
  renderChrome(c);
  replace(regions.filters, renderFilters(c, null, actorLabel));
  const failed = (error: unknown) => {
    if (!signal.aborted) showError(error);
  };
  const facets = getData<Facets>(apiUrl('api/facets', filters, { facet: 'type,country,actor' }), signal);
  replace(regions.list, renderList(c, signal, failed, facets.then((f) => f.total)));
  facets
    .then((facets) => replace(regions.filters, renderFilters(c, facets, actorLabel)))
    .catch(failed);
  // The timeline shows every date of the other filters, so the brushed range can be seen and moved.
  getData<Facets>(apiUrl('api/facets', withFilters(filters, { from: '', to: '' }), { facet: 'day' }), signal)
    .then((facets) => replace(regions.timeline, renderTimeline(c, timeBins(dayCounts(facets)))))
    .catch(failed);
  getData<PlaceSummary[]>(apiUrl('api/places', filters), signal)
    .then((places) => map.show(places, (place) => placeLabel(lang, place), (place, marker) => void pickPlace(place, marker).catch(failed)))
    .catch(failed);
}

let panelLoad = 0;
async function showPanel(): Promise<void> {
  const c = ctx();
  const shown = view;
  if (shown.kind === 'none') {
    panel.hide();
    return;
  }
  const ticket = ++panelLoad;
  const label = c.t(shown.kind === 'event' ? 'detail' : shown.kind === 'document' ? 'document' : 'actorPage');
  panel.show(h('p', { class: 'status' }, c.t('loading')), label);
  try {
    let content: HTMLElement;
    if (shown.kind === 'event') content = renderDetail(c, await getData<EventDetail>(`api/events/${encodeURIComponent(shown.id)}`));
    else if (shown.kind === 'document') content = renderReader(c, await getData<AnnotatedDocument>(`api/documents/${encodeURIComponent(shown.id)}`));
    else content = renderActor(c, await getData<ActorProfile>(`api/actors/${encodeURIComponent(shown.id)}`));
    if (ticket === panelLoad) panel.show(content, label);
  } catch (error) {
    if (ticket === panelLoad) panel.show(h('div', { class: 'error-bar', role: 'alert' }, ...errorNodes(error)), label);
  }
}

regions.langSwitch.addEventListener('click', () => {
  lang = lang === 'ar' ? 'en' : 'ar';
  localStorage.setItem(LANG_KEY, lang);
  refresh();
  void showPanel();
});
window.addEventListener('popstate', update);

// The first requests leave before the map is built (the slowest part of start-up); their answers are handled
// only after this module has run, when `map` exists.
refresh();
const map = createMap(regions.map);
new ResizeObserver(() => map.resize()).observe(regions.map);
void showPanel();
