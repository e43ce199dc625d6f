/** What every view needs from the app: the language, the filters, and the ways to change what is shown. */
import type { Key, Lang } from './i18n.js';
import type { Filters, View } from './state.js';

export interface Ctx {
  readonly lang: Lang;
  readonly filters: Filters;
  t(key: Key, values?: Readonly<Record<string, string | number>>): string;
  /** Changes some filters: a new history entry, and every view reloads. */
  go(change: Partial<Filters>): void;
  /** Opens a panel (an event, an article, an actor) over the list. */
  open(view: View): void;
}
