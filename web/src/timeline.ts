/**
 * The timeline: a bar per day (or month, or year) of matching events, drawn in SVG, and a brush: dragging across
 * bars (or Shift+arrows from the keyboard) chooses the date range.
 */
import type { Ctx } from './context.js';
import { binAt, binRange, type Bin } from './days.js';
import { barChart, drawBrush } from './bars.js';
import { h } from './dom.js';

export function renderTimeline(ctx: Ctx, bins: readonly Bin[]): HTMLElement {
  const chart = barChart(bins, 70, ctx.t('timeline'));
  const brush = (r: [number, number] | null) => drawBrush(chart, bins.length, r);
  let range = binRange(bins, ctx.filters.from, ctx.filters.to);
  brush(range);
  const choose = (r: [number, number]) => {
    const a = bins[Math.min(...r)];
    const b = bins[Math.max(...r)];
    if (a && b) ctx.go({ from: a.from, to: b.to });
  };

  let anchor: number | null = null;
  const binOf = (event: PointerEvent) => {
    const box = chart.getBoundingClientRect();
    return binAt(event.clientX - box.left, box.width, bins.length);
  };
  chart.addEventListener('pointerdown', (event) => {
    if (bins.length === 0) return;
    anchor = binOf(event);
    chart.setPointerCapture(event.pointerId);
    brush([anchor, anchor]);
  });
  chart.addEventListener('pointermove', (event) => {
    if (anchor === null) return;
    const at = binOf(event);
    brush([Math.min(anchor, at), Math.max(anchor, at)]);
  });
  chart.addEventListener('pointerup', (event) => {
    if (anchor === null) return;
    const at = binOf(event);
    const start = anchor;
    anchor = null;
    choose([start, at]);
  });

  // Keyboard: arrows move a one-bar selection, Shift+arrows widen it, Enter applies it.
  const keys = h('div', {
    class: 'timeline-keys',
    tabindex: 0,
    role: 'slider',
    'aria-label': ctx.t('timelineHint'),
    'aria-valuemin': 0,
    'aria-valuemax': Math.max(0, bins.length - 1),
    'aria-valuenow': range ? range[0] : 0,
  }, chart);
  keys.addEventListener('keydown', (event) => {
    if (bins.length === 0) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const [lo, hi] = range ?? [0, 0];
      const clamp = (i: number) => Math.max(0, Math.min(bins.length - 1, i));
      range = event.shiftKey ? [lo, clamp(hi + step)] : [clamp(lo + step), clamp(lo + step)];
      if (range[1] < range[0]) range = [range[0], range[0]];
      keys.setAttribute('aria-valuenow', String(range[0]));
      keys.setAttribute('aria-valuetext', `${bins[range[0]]?.label ?? ''} – ${bins[range[1]]?.label ?? ''}`);
      brush(range);
    } else if (event.key === 'Enter' && range) {
      choose(range);
    }
  });

  return h(
    'div',
    { class: 'timeline' },
    h('div', { class: 'timeline-head' }, h('span', { class: 'panel-title' }, ctx.t('timeline')), h('span', { class: 'hint' }, ctx.t('timelineHint')),
      (ctx.filters.from || ctx.filters.to) && h('button', { type: 'button', class: 'link', onclick: () => ctx.go({ from: '', to: '' }) }, ctx.t('clearDates'))),
    keys,
  );
}
