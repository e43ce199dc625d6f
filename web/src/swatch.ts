/** The coloured dot of a quad class, the same in the legend, the filters, the list and the detail as on the map. */
import type { QuadClass } from '../../src/core/events.js';
import { h } from './dom.js';
import { QUAD_COLOURS } from './quad.js';

export function swatch(quad: QuadClass, big = false): HTMLElement {
  return h('span', { class: big ? 'swatch big' : 'swatch', style: `background:${QUAD_COLOURS[quad]}` });
}
