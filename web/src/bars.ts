/** A bar chart drawn by hand in SVG: the timeline and the actor page's events per month. */
import { h, svg } from './dom.js';

const CHART_WIDTH = 1000;

export interface Bar {
  label: string;
  count: number;
}

/**
 * Bars stretched to the width of their box, `height` pixels high, with the first and last labels under them (in
 * HTML: text inside a stretched SVG would be stretched too).
 */
export function barChart(bars: readonly Bar[], height: number, label: string): HTMLElement {
  const plot = height;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = CHART_WIDTH / Math.max(1, bars.length);
  const chart = svg('svg', { viewBox: `0 0 ${CHART_WIDTH} ${height}`, width: '100%', height, preserveAspectRatio: 'none', class: 'bars', role: 'img', 'aria-label': label });
  chart.append(svg('rect', { class: 'brush', y: 0, height: plot, x: 0, width: 0 }));
  bars.forEach((bar, i) => {
    const h = (bar.count / max) * (plot - 4);
    chart.append(svg('rect', { class: 'bar', x: i * width + width * 0.1, width: width * 0.8, y: plot - h, height: h }, svg('title', {}, `${bar.label}: ${bar.count}`)));
  });
  return h('div', { class: 'bar-chart', dir: 'ltr' }, chart, h('div', { class: 'axis' }, h('span', {}, bars[0]?.label), h('span', {}, bars.length > 1 && bars.at(-1)?.label)));
}

/** Shows the brush rectangle over bars `range[0]..range[1]` (or hides it). */
export function drawBrush(chart: Element, bars: number, range: readonly [number, number] | null): void {
  const brush = chart.querySelector('.brush');
  const width = CHART_WIDTH / Math.max(1, bars);
  brush?.setAttribute('x', String(range ? range[0] * width : 0));
  brush?.setAttribute('width', String(range ? (range[1] - range[0] + 1) * width : 0));
}
