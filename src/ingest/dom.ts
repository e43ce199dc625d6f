/**
 * The few DOM members the HTML reader uses. The project compiles without the DOM library (it runs on Node), and
 * linkedom's own types lean on it, so these describe what linkedom really provides.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;
