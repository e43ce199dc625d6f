/** Highlighted text as DOM: each piece covered by a layer becomes a <mark> with a class per layer. */
import { h } from './dom.js';
import { pieces, type LayerSpan } from './highlight.js';

export function highlighted(text: string, spans: readonly LayerSpan[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of pieces(text, spans)) {
    if (piece.layers.length === 0) fragment.append(document.createTextNode(piece.text));
    else fragment.append(h('mark', { class: piece.layers.map((layer) => `hl-${layer}`).join(' '), 'data-layers': piece.layers.join(' ') }, piece.text));
  }
  return fragment;
}
