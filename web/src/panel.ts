/**
 * The side panel over the list, for an event, an article or an actor. It takes the focus when it opens and gives
 * it back when it closes; Escape closes it.
 */
import { h, fill } from './dom.js';

export interface Panel {
  /** Shows `content` (a loading line first, then the view); the close button and Escape call `onClose`. */
  show(content: Node, label: string): void;
  hide(): void;
}

export function createPanel(root: HTMLElement, closeLabel: () => string, onClose: () => void): Panel {
  const close = h('button', { type: 'button', class: 'close', onclick: onClose }, '×');
  const body = h('div', { class: 'panel-body' });
  root.append(close, body);
  root.hidden = true;
  root.setAttribute('role', 'dialog');
  let opener: Element | null = null;

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !root.hidden) {
      event.preventDefault();
      onClose();
    }
  });

  return {
    show(content, label) {
      if (root.hidden) opener = document.activeElement;
      root.hidden = false;
      root.setAttribute('aria-label', label);
      close.setAttribute('aria-label', closeLabel());
      close.title = closeLabel();
      fill(body, content);
      body.scrollTop = 0;
      if (!root.contains(document.activeElement)) close.focus();
    },
    hide() {
      if (root.hidden) return;
      root.hidden = true;
      fill(body);
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      opener = null;
    },
  };
}
