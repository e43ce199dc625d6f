import { ELEMENT_NODE, TEXT_NODE } from './dom.js';
import type { DomNode } from './dom.js';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const CELLS = new Set(['TD', 'TH']);
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT']);

/**
 * The visible text under a node, one paragraph per block element with a blank line between paragraphs (the shape
 * of the plain-text format), spaces collapsed inside each. textContent would glue a heading to the next paragraph.
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const close = (): void => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (INVISIBLE.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) close();
    if (CELLS.has(name)) current += ' ';
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) close();
  };
  visit(root);
  close();
  return paragraphs.join('\n\n');
}
