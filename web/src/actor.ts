/** An actor's page: its names, its events month by month, whom it acts with or against, and what it does. */
import type { EventType } from '../../src/core/events.js';
import type { ActorIdentity, ActorProfile } from './api.js';
import { barChart } from './bars.js';
import type { Ctx } from './context.js';
import { h, parts } from './dom.js';
import { typeLabel } from './i18n.js';
import { countryName, pickName } from './labels.js';

export function actorName(ctx: Ctx, actor: ActorIdentity): string {
  return pickName(ctx.lang, actor.nameAr, actor.nameEn ?? actor.name, actor.key);
}

export function renderActor(ctx: Ctx, actor: ActorProfile): HTMLElement {
  const name = actorName(ctx, actor);
  const other = ctx.lang === 'ar' ? (actor.nameEn ?? actor.name) : actor.nameAr;
  return h(
    'article',
    { class: 'actor-page' },
    h('header', {}, h('h2', { dir: 'auto' }, name)),
    h('div', { class: 'meta' }, ...parts(other !== name && other, actor.code, countryName(ctx.lang, actor.country), actor.sector && ctx.t('sector', { sector: actor.sector }))),
    h('div', { class: 'meta' }, `${actor.asActor} ${ctx.t('asActor')} · ${actor.asRecipient} ${ctx.t('asRecipient')}`),
    h('button', { type: 'button', onclick: () => ctx.go({ actor: actor.code ?? actor.key }) }, ctx.t('filterByActor')),
    h('h3', {}, ctx.t('actorEvents')),
    barChart(actor.months.map((m) => ({ label: m.value, count: m.count })), 70, ctx.t('actorEvents')),
    h('h3', {}, ctx.t('eventTypes')),
    h('ul', { class: 'counts' }, ...actor.types.map((t) => h('li', {}, h('span', {}, typeLabel(ctx.lang, t.value as EventType)), h('span', { class: 'count' }, t.count)))),
    h('h3', {}, ctx.t('counterparts')),
    h(
      'ul',
      { class: 'counts' },
      ...actor.counterparts.map((c) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link', onclick: () => ctx.open({ kind: 'actor', id: c.key }) }, actorName(ctx, c)),
          h('span', { class: 'count' }, `${ctx.t(c.role === 'actor' ? 'asActor' : 'asRecipient')} · ${c.events}`),
        ),
      ),
    ),
  );
}
