/**
 * The event list: pages of matching events, newest first, with a button for the next page (the API's cursor).
 * Each row is a button: Tab reaches it, Enter opens the event.
 */
import { getPage, type EventRow } from './api.js';
import type { Ctx } from './context.js';
import { coverageBadge } from './coverage.js';
import { h, parts } from './dom.js';
import { modalityLabel, plural, typeLabel } from './i18n.js';
import { entityName, placeName } from './labels.js';
import { swatch } from './swatch.js';
import { apiUrl } from './state.js';

const PAGE = 50;

function row(ctx: Ctx, event: EventRow): HTMLElement {
  const meta = parts(...event.actor.map((a) => entityName(ctx.lang, a)), event.event_loc && placeName(ctx.lang, event.event_loc));
  return h(
    'li',
    {},
    h(
      'button',
      { type: 'button', class: 'event-row', 'data-id': event.id, onclick: () => ctx.open({ kind: 'event', id: event.id }) },
      h(
        'span',
        { class: 'row-head' },
        swatch(event.quad_code),
        h('strong', {}, typeLabel(ctx.lang, event.event_type)),
        // Not every coded event happened: a negated, future or hypothetical one says so in the list already.
        event.modality !== 'asserted' && h('span', { class: 'badge' }, modalityLabel(ctx.lang, event.modality)),
        event.canonical && coverageBadge(ctx, event.canonical),
        h('span', { class: 'date' }, event.date ?? ''),
      ),
      meta.length > 0 && h('span', { class: 'row-meta' }, ...meta),
      h('span', { class: 'row-text', dir: 'rtl', lang: 'ar' }, event.text),
    ),
  );
}

/**
 * The list of the current filters; it loads its first page itself and reports a failure through `fail`. `total`
 * is the number of matching events, shown in the heading when it comes.
 */
export function renderList(ctx: Ctx, signal: AbortSignal, fail: (error: unknown) => void, total: Promise<number>): HTMLElement {
  const count = h('span', { class: 'count' });
  const reports = ctx.filters.view === 'mentions';
  total.then((n) => (count.textContent = reports ? plural(ctx.lang, 'reports', n) : ctx.t('eventCount', { count: n }))).catch(() => undefined);
  const items = h('ol', { class: 'events', 'aria-live': 'polite' });
  const status = h('p', { class: 'status' }, ctx.t('loading'));
  const more = h('button', { type: 'button', class: 'more', hidden: true }, ctx.t('more'));
  let cursor: string | null = null;

  const load = async () => {
    more.disabled = true;
    try {
      const page = await getPage<EventRow>(apiUrl('api/events', ctx.filters, { limit: String(PAGE), ...(cursor ? { cursor } : {}) }), signal);
      items.append(...page.data.map((event) => row(ctx, event)));
      cursor = page.next;
      more.hidden = cursor === null;
      status.textContent = items.childElementCount === 0 ? ctx.t('noEvents') : '';
    } catch (error) {
      status.textContent = '';
      fail(error);
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void load());
  void load();
  return h('section', { class: 'list', 'aria-label': ctx.t(reports ? 'viewMentions' : 'events') }, h('div', { class: 'list-head' }, h('h2', { class: 'panel-title' }, ctx.t(reports ? 'viewMentions' : 'events')), count), status, items, more);
}
