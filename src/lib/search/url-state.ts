/**
 * What the search page reads from its URL and writes back: the query and the
 * page's own filters, nothing else. Links from elsewhere carry utm_source,
 * fbclid, ref and the like; those are ignored rather than turned into filters
 * that match nothing. Filter values not offered on the page are ignored too.
 */

/** Longer queries are cut (with a note on the page): no quotation in the archive is near this long, and a pasted page of text must not block the tab. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Bidirectional-text controls (embeddings, overrides, isolates, marks). Chinese text never needs them, and a
 * query holding U+202E would reverse the sentence that shows it back.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export interface CleanQuery {
  query: string;
  /** Whether the query was longer than MAX_QUERY_LENGTH characters and was cut. */
  cut: boolean;
}

/** A query as typed or linked, made safe to search and show: bidi controls removed, trimmed, cut to MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: string, max = MAX_QUERY_LENGTH): CleanQuery {
  const query = stripBidiControls(raw).trim();
  // Cut by code point, so a character outside the BMP is never split in half (max code points fit in 2 × max units).
  if (query.length <= max) return { query, cut: false };
  const head = Array.from(query.slice(0, max * 2 + 1));
  if (head.length <= max) return { query, cut: false };
  return { query: head.slice(0, max).join('').trimEnd(), cut: true };
}

/** The page's filters: each name with the values it offers ('' = all, never listed). */
export type FilterChoices = Readonly<Record<string, readonly string[]>>;

export interface SearchState extends CleanQuery {
  /** Filter name → chosen value, only for the page's own filters and values. */
  selected: Map<string, string>;
}

/** The query (first q) and the page's own filters from a location.search string; everything else is ignored. */
export function readSearchState(search: string, filters: FilterChoices): SearchState {
  const params = new URLSearchParams(search);
  const selected = new Map<string, string>();
  for (const [name, values] of Object.entries(filters)) {
    const value = params.get(name);
    if (value && values.includes(value)) selected.set(name, value);
  }
  return { ...cleanQuery(params.get('q') ?? ''), selected };
}

/** The search string (with "?", or '' when there is nothing) for a query and filters, filters in the page's order. */
export function searchString(query: string, selected: ReadonlyMap<string, string>, filters: FilterChoices): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const name of Object.keys(filters)) {
    const value = selected.get(name);
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
