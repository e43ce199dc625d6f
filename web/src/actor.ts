/** An actor's page: its names, its events month by month, whom it acts with or against, and what it does. */
import type { EventType } from '../../src/core/events.js';
import type { ActorPage } from './api.js';
import { barChart } from './bars.js';
import type { Ctx } from './context.js';
import { h } from './dom.js';
import { typeLabel } from './i18n.js';
import { pickName } from './labels.js';

export function renderActor(ctx: Ctx, actor: ActorPage): HTMLElement {
  const name = pickName(ctx.lang, actor.name_ar, actor.name_en, actor.code);
  const other = ctx.lang === 'ar' ? actor.name_en : actor.name_ar;
  return h(
    'article',
    { class: 'actor-page' },
    h('header', {}, h('h2', { id: 'panel-title', dir: 'auto' }, name)),
    h('div', { class: 'meta' }, [other !== name ? other : null, actor.code, actor.country, actor.sector && ctx.t('sector', { sector: actor.sector })].filter(Boolean).join(' · ')),
    h('button', { type: 'button', onclick: () => ctx.go({ actor: actor.code }) }, ctx.t('filterByActor')),
    h('h3', {}, ctx.t('actorEvents')),
    h('div', { class: 'actor-chart', dir: 'ltr' }, barChart(actor.months.map((m) => ({ label: m.month, count: m.count })), 80, ctx.t('actorEvents'))),
    h('h3', {}, ctx.t('eventTypes')),
    h('ul', { class: 'counts' }, ...actor.types.map((t) => h('li', {}, h('span', {}, typeLabel(ctx.lang, t.type as EventType)), h('span', { class: 'count' }, t.count)))),
    h('h3', {}, ctx.t('counterparts')),
    h(
      'ul',
      { class: 'counts' },
      ...actor.counterparts.map((c) =>
        h(
          'li',
          {},
          c.code
            ? h('button', { type: 'button', class: 'link', onclick: () => ctx.open({ kind: 'actor', code: c.code as string }) }, pickName(ctx.lang, c.name_ar, c.name_en, c.code))
            : h('span', {}, pickName(ctx.lang, c.name_ar, c.name_en)),
          h('span', { class: 'count' }, c.count),
        ),
      ),
    ),
  );
}
