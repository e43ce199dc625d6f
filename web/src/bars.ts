/** A bar chart drawn by hand in SVG: the timeline and the actor page's events per month. */
import { svg } from './dom.js';

export const CHART_WIDTH = 1000;

export interface Bar {
  label: string;
  count: number;
}

/** Bars across CHART_WIDTH × `height` user units, the first and last labels under the axis. */
export function barChart(bars: readonly Bar[], height: number, label: string): SVGSVGElement {
  const axis = 16;
  const plot = height - axis;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = CHART_WIDTH / Math.max(1, bars.length);
  const chart = svg('svg', { viewBox: `0 0 ${CHART_WIDTH} ${height}`, preserveAspectRatio: 'none', class: 'bars', role: 'img', 'aria-label': label });
  chart.append(svg('rect', { class: 'brush', y: 0, height: plot, x: 0, width: 0 }));
  bars.forEach((bar, i) => {
    const h = (bar.count / max) * (plot - 4);
    chart.append(svg('rect', { class: 'bar', x: i * width + width * 0.1, width: width * 0.8, y: plot - h, height: h }, svg('title', {}, `${bar.label}: ${bar.count}`)));
  });
  const first = bars[0];
  const last = bars.at(-1);
  if (first && last) {
    chart.append(
      svg('text', { x: 2, y: height - 3, class: 'axis' }, first.label),
      svg('text', { x: CHART_WIDTH - 2, y: height - 3, class: 'axis', 'text-anchor': 'end' }, last.label),
    );
  }
  return chart;
}

/** Shows the brush rectangle over bars `range[0]..range[1]` (or hides it). */
export function drawBrush(chart: SVGSVGElement, bars: number, range: readonly [number, number] | null): void {
  const brush = chart.querySelector('.brush');
  const width = CHART_WIDTH / Math.max(1, bars);
  brush?.setAttribute('x', String(range ? range[0] * width : 0));
  brush?.setAttribute('width', String(range ? (range[1] - range[0] + 1) * width : 0));
}
