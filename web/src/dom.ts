/**
 * Building DOM nodes. Text always goes in as text nodes, never parsed as HTML: article text and every name come
 * from the data, and a document holding <script> must show it, not run it.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  [name: string]: string | number | boolean | null | undefined | ((event: Event) => void);
}

/** An element with attributes (`on…` functions become listeners; false/null/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

function setAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `parent`. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * The non-empty parts, each in its own <bdi> and separated by a middle dot: an Arabic name beside a date or an
 * English name keeps its own direction instead of reordering its neighbours (2025-03-17 stays 2025-03-17).
 */
export function parts(...values: (string | null | undefined | false)[]): Node[] {
  return values
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .flatMap((v, i) => (i === 0 ? [h('bdi', {}, v)] : [document.createTextNode(' · '), h('bdi', {}, v)]));
}
