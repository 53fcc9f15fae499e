/**
 * The search page: reads ?q=, keeps the URL in step with the box, starts
 * Pagefind (relative to this page) when there is a query or the box is focused,
 * checks every candidate paragraph against the normalized query, and renders
 * results with DOM nodes only — the query is never parsed as HTML.
 */
import { interpolate } from '../lib/i18n/interpolate.ts';
import { type Dict, folder } from '../lib/search/fold.ts';
import { excerpt, type Hit, type Paragraph, rankHits } from '../lib/search/match.ts';
import { normalize } from '../lib/search/normalize.ts';
import { ANY_QUOTE, passesQuoteFilter, type QuoteFilterData, reportSlugOf } from '../lib/search/quote-filter.ts';

interface PageData {
  /** Script folding: Simplified, Taiwan and Hong Kong forms of a character compare equal. */
  table: { fold: Dict; toPage: Dict };
  quotes: QuoteFilterData;
  strings: Record<string, string>;
  /** Filter key → its label and value labels; keys not listed show their raw names. */
  filterLabels: Record<string, { label: string; values: Record<string, string> }>;
  ledeLabel: string;
  /** Bundle directories of the index shards, relative to the archive root; the first is Pagefind's own. */
  shards: string[];
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: { title?: string }; anchors: { element: string; id: string; text: string }[] }>;
}
interface PagefindApi {
  search: (term: string | null, options?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (bundlePath: string, options?: object) => Promise<void>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const data = JSON.parse(document.getElementById('search-data')!.textContent!) as PageData;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
const fold = folder(data.table.fold);
const PARAGRAPH_ID = /^(s\d+-)?p\d+$/;
/**
 * Up to this many report pages are all checked paragraph by paragraph; in a larger archive Pagefind's ranking
 * picks this many to check (each page's data is a download of the whole report), and the status says so.
 */
const CHECKED_PAGES = 8;
/** The URL parameter and select name of the quotation filter (not a Pagefind filter). */
const QUOTE_FILTER = 'quote';
const siteRoot = new URL('../../', location.href);

const say = (key: string, vars: Record<string, string | number> = {}) => interpolate(data.strings[key] ?? key, vars);

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const [primary, ...others] = data.shards;
    const url = new URL(`${primary}pagefind.js`, siteRoot).href;
    const mod = (await import(/* @vite-ignore */ url)) as { createInstance: (o: object) => PagefindApi };
    // Result URLs come back as paths under the archive root, wherever the archive is served (any sub-path).
    const options = { excerptLength: 0, baseUrl: siteRoot.pathname };
    const api = mod.createInstance({ noWorker: true, ...options });
    // A large archive's index comes in shards (src/lib/search/index-shards.ts); searches then cover them all.
    await Promise.all(others.map((path) => api.mergeIndex(new URL(path, siteRoot).pathname, options)));
    void renderFilters(api);
    return api;
  })();
  return pagefind;
}

const selected = new Map<string, string>();
for (const [k, v] of new URLSearchParams(location.search)) if (k !== 'q' && v) selected.set(k, v);

async function renderFilters(api: PagefindApi) {
  const available = await api.filters();
  filterBox.replaceChildren();
  for (const [key, values] of Object.entries(available)) {
    const labels = data.filterLabels[key];
    filterBox.append(
      filterSelect(
        key,
        labels?.label ?? key,
        Object.keys(values).map((v) => [v, labels?.values[v] ?? v]),
      ),
    );
  }
  // Narrowing to quotations, any or one speaker's, is applied to paragraphs here, not by Pagefind.
  filterBox.append(filterSelect(QUOTE_FILTER, data.quotes.label, [[ANY_QUOTE, data.quotes.anyLabel], ...data.quotes.speakers]));
  filterBox.hidden = !filterBox.childElementCount;
}

/** A labelled select for one filter ("all" first), kept in step with `selected` and the URL. */
function filterSelect(name: string, caption: string, options: [value: string, label: string][]): HTMLLabelElement {
  const label = document.createElement('label');
  const text = document.createElement('span');
  text.textContent = caption;
  const select = document.createElement('select');
  select.name = name;
  select.append(new Option(say('search.filterAll'), ''));
  for (const [value, optionLabel] of options) select.append(new Option(optionLabel, value, false, selected.get(name) === value));
  select.addEventListener('change', () => {
    if (select.value) selected.set(name, select.value);
    else selected.delete(name);
    void run();
  });
  label.append(text, select);
  return label;
}

/** The query in the script of this page's index (Pagefind does not convert), for choosing candidate pages. */
const inPageScript = (query: string) => [...normalize(query, fold)].map((c) => data.table.toPage[c] ?? c).join('');

function syncUrl(query: string) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [k, v] of selected) params.set(k, v);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

const unique = (results: PagefindResult[]) => {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.id) && seen.add(r.id));
};

async function paragraphsOf(api: PagefindApi, query: string): Promise<{ paragraphs: Paragraph[]; narrowed: boolean }> {
  const filters = Object.fromEntries([...selected].filter(([k]) => k !== QUOTE_FILTER).map(([k, v]) => [k, [v]]));
  const quoteChoice = selected.get(QUOTE_FILTER) ?? '';
  // A small archive is checked page by page and paragraph by paragraph, so the browser's segmentation of the
  // query can never hide a paragraph and no index chunk is downloaded. A large one lets Pagefind rank pages
  // for the query first and checks the best of them.
  let pages = unique((await api.search(null, { filters }))?.results ?? []);
  const narrowed = pages.length > CHECKED_PAGES;
  if (narrowed) pages = unique((await api.search(inPageScript(query), { filters }))?.results ?? []).slice(0, CHECKED_PAGES);
  const datas = await Promise.all(pages.map((r) => r.data()));
  const paragraphs = datas.flatMap((page) => {
    const slug = reportSlugOf(page.url);
    let section = data.ledeLabel;
    const out: Paragraph[] = [];
    for (const a of page.anchors) {
      if (a.element === 'h2') section = a.text;
      else if (a.element === 'p' && PARAGRAPH_ID.test(a.id) && passesQuoteFilter(data.quotes, quoteChoice, slug, a.id))
        out.push({ url: page.url, pageTitle: page.meta.title ?? '', id: a.id, sectionTitle: section, text: a.text });
    }
    return out;
  });
  return { paragraphs, narrowed };
}

function resultItem(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.dataset['kind'] = hit.kind;
  const link = document.createElement('a');
  const target = new URL(hit.paragraph.url, siteRoot);
  for (const term of hit.found.slice(0, 8)) target.searchParams.append('hl', term);
  target.hash = hit.paragraph.id;
  link.href = target.href;
  link.dataset['resultLink'] = '';
  const title = document.createElement('span');
  title.className = 'search-result__title';
  title.textContent = hit.paragraph.pageTitle;
  const section = document.createElement('span');
  section.className = 'search-result__section';
  section.textContent = hit.paragraph.sectionTitle;
  const text = document.createElement('span');
  text.className = 'search-result__excerpt';
  for (const piece of excerpt(hit.paragraph.text, hit.ranges)) {
    if (piece.marked) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      text.append(mark);
    } else text.append(piece.text);
  }
  link.append(title, section, text);
  li.append(link);
  if (hit.kind === 'partial') {
    const badge = document.createElement('span');
    badge.className = 'search-result__partial';
    badge.textContent = say('search.partial');
    li.append(badge);
  }
  return li;
}

let runId = 0;
async function run() {
  const query = input.value.trim();
  const id = ++runId;
  syncUrl(query);
  if (!normalize(query)) {
    list.replaceChildren();
    status.textContent = say('search.prompt');
    return;
  }
  status.textContent = say('search.loading');
  try {
    const api = await loadPagefind();
    const { paragraphs, narrowed } = await paragraphsOf(api, query);
    const hits = rankHits(paragraphs, query, fold);
    if (id !== runId) return;
    const full = hits.filter((h) => h.kind !== 'partial').length;
    const partial = hits.length - full;
    list.replaceChildren(...hits.map(resultItem));
    status.textContent =
      (!hits.length
        ? say('search.none', { q: query })
        : partial
          ? say('search.countPartial', { n: full, m: partial })
          : say('search.count', { n: full })) + (narrowed ? ` ${say('search.narrowed', { n: CHECKED_PAGES })}` : '');
  } catch (error) {
    if (id === runId) status.textContent = say('search.error', { e: error instanceof Error ? error.message : String(error) });
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 120);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run();
});

const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
root.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const all = links();
  if (!all.length) return;
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input) {
    if (event.key !== 'ArrowDown') return;
    all[0]!.focus();
  } else if (at === -1) return;
  else if (event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]!.focus();
  else if (at === 0) input.focus();
  else all[at - 1]!.focus();
  event.preventDefault();
});

// Without a query, Pagefind starts when the reader goes to the box (the page stays still until then: its filters
// appear with it); with one, run() below starts it at once.
input.addEventListener('focus', () => void loadPagefind(), { once: true });
input.value = new URLSearchParams(location.search).get('q') ?? '';
root.dataset['ready'] = '';
void run();
