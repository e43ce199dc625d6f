/**
 * What the user is looking at, kept in the URL so a view can be shared and the back button works: the event filters
 * in the query string (spelled exactly as the API takes them, so an export link is the same query), the open panel
 * (an event, an article or an actor) in the fragment.
 */

/** Every filter of docs/API.md, in the order they are written to the URL. */
export const LIST_FILTERS = ['type', 'mode', 'modality', 'country'] as const;
export const TEXT_FILTERS = [
  'actor',
  'recipient',
  'place',
  'bbox',
  'from',
  'to',
  'q',
  'min_confidence',
  'document',
] as const;

type ListFilter = (typeof LIST_FILTERS)[number];
export type TextFilter = (typeof TEXT_FILTERS)[number];

/** What a record is: a canonical event (the reports of one happening merged) or one report's mention. */
export const EVENT_VIEWS = ['canonical', 'mentions'] as const;
export type EventView = (typeof EVENT_VIEWS)[number];

export type Filters = { readonly [K in ListFilter]: readonly string[] } & { readonly [K in TextFilter]: string } & { readonly view: EventView };

export const EMPTY_FILTERS: Filters = {
  type: [],
  mode: [],
  modality: [],
  country: [],
  actor: '',
  recipient: '',
  place: '',
  bbox: '',
  from: '',
  to: '',
  q: '',
  min_confidence: '',
  document: '',
  view: 'canonical',
};

function splitList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
}

/** Reads the filters from a query string (`?type=ASSAULT&q=…`); parameters that are not filters are ignored. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const lists = LIST_FILTERS.map((key) => [key, splitList(params.get(key))]);
  const texts = TEXT_FILTERS.map((key) => [key, (params.get(key) ?? '').trim()]);
  const view = params.get('view') === 'mentions' ? 'mentions' : 'canonical';
  return { ...EMPTY_FILTERS, ...Object.fromEntries([...lists, ...texts]), view } as Filters;
}

/**
 * The query string of the filters, without `?`, empty filters left out, and the view only when it is not the API's
 * default. The order is fixed, so the same filters always give the same string (and the same URL in history).
 */
export function filtersToQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of LIST_FILTERS) if (filters[key].length > 0) params.set(key, filters[key].join(','));
  for (const key of TEXT_FILTERS) if (filters[key] !== '') params.set(key, filters[key]);
  if (filters.view !== 'canonical') params.set('view', filters.view);
  return params.toString();
}

export function withFilters(filters: Filters, change: Partial<Filters>): Filters {
  return { ...filters, ...change };
}

/** Every filter cleared; the view stays, since it says what is counted rather than which events are chosen. */
export function clearedFilters(filters: Filters): Filters {
  return { ...EMPTY_FILTERS, view: filters.view };
}

/** An API path with the filters and any extra parameters (paging) appended. */
export function apiUrl(path: string, filters: Filters, extra: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams(filtersToQuery(filters));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

const PANELS = ['event', 'document', 'actor'] as const;
type PanelKind = (typeof PANELS)[number];

/** The open panel: an event or an article by id, an actor by its key. */
export type View = { kind: 'none' } | { kind: PanelKind; id: string };

/** Reads the open panel from the fragment: `#event/<id>`, `#document/<id>`, `#actor/<key>`. */
export function parseView(hash: string): View {
  const match = /^#?(\w+)\/(.+)$/.exec(hash);
  const kind = PANELS.find((panel) => panel === match?.[1]);
  if (!match || !kind) return { kind: 'none' };
  try {
    return { kind, id: decodeURIComponent(match[2] ?? '') };
  } catch {
    return { kind: 'none' };
  }
}

export function viewToHash(view: View): string {
  return view.kind === 'none' ? '' : `#${view.kind}/${encodeURIComponent(view.id)}`;
}
