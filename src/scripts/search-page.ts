/**
 * The search page: reads the query and the page's own filters from the URL
 * (nothing else), keeps the URL in step, starts its engine at once when there is
 * a query (else when the reader turns to the form), checks candidate paragraphs against the normalized query and shows
 * results a step at a time (engines: search/records.ts for a small archive, whose page records the build lists,
 * search/engine.ts (Pagefind) for a large one; DOM: search/render.ts).
 * Everything it fills in has its room in the page from the first paint.
 */
import { type Dict, folder } from '../lib/search/fold.ts';
import { type Paragraph, rankHits } from '../lib/search/match.ts';
import { normalize, queryTerms } from '../lib/search/normalize.ts';
import { QUOTE_FILTER } from '../lib/search/page-filters.ts';
import { EARLY_RECORDS, RECORDS_ELEMENT_ID, stampedTag } from '../lib/search/preload-stamp.ts';
import { countHits, PAGES_PER_BATCH, ProgressiveResults, type ShownHit } from '../lib/search/progressive.ts';
import { cleanQuery, type FilterChoices, MAX_QUERY_LENGTH, readSearchState, searchString } from '../lib/search/url-state.ts';
import { formsForQuery, type NameAlias, withNameHits } from '../lib/translation/name-search.ts';
import { rankWordHits } from '../lib/translation/word-match.ts';
import { type Engine, type PagefindResult, startEngine } from './search/engine.ts';
import { showInPageScript } from './search/in-page-script.ts';
import { canReadRecords, fetchRecords, recordEngine } from './search/records.ts';
import { joinSentences, resultItem, sentence } from './search/render.ts';

interface PageData {
  /** Script folding: Simplified, Taiwan and Hong Kong forms of a character compare equal. */
  table: { fold: Dict; toPage: Dict };
  /** `${report slug}#${paragraph id}` → ids of the speakers quoted there. */
  quoteParagraphs: Record<string, string[]>;
  strings: Record<string, string>;
  ledeLabel: string;
  shards: string[];
  /** Present when the page searches another locale's index (a Traditional page of a large archive: index-shards.ts). */
  index?: { lang: string; locale: string; showLang: string; showLocale: string };
  reportCount: number;
  metaCacheTag: string;
  /** English search (the archive's translation): a paragraph must hold the query's words. */
  words?: boolean;
  /** Chinese search: an English name or pinyin typed in Latin letters also finds the entry's Chinese mentions. */
  names?: NameAlias[];
}

const siteRoot = new URL('../../', location.href);
// A small archive's page records (listed by the build) are fetched first thing when the URL holds a query: they are
// all the first results need. Without a query, when the engine starts.
const recordList = document.getElementById(RECORDS_ELEMENT_ID)?.textContent;
const recordUrls = recordList && canReadRecords() ? (JSON.parse(recordList) as string[]) : undefined;
// The head's script has fetched them already (preload-stamp.ts).
const early = (window as unknown as Record<string, Promise<(ArrayBuffer | null)[]> | undefined>)[EARLY_RECORDS];
let records = recordUrls && new URLSearchParams(location.search).get('q')?.trim() ? fetchRecords(recordUrls, siteRoot, early) : undefined;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const data = JSON.parse(document.getElementById('search-data')!.textContent!) as PageData;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-search-filters] select')];
const fold = folder(data.table.fold);
/** The filters rendered in the page, with their values: the only ones read from the URL. */
const choices: FilterChoices = Object.fromEntries(selects.map((s) => [s.name, [...s.options].map((o) => o.value).filter(Boolean)]));

const say = (key: string) => data.strings[key] ?? key;

let engine: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  if (engine) return engine;
  const started = recordUrls
    ? (records ??= fetchRecords(recordUrls, siteRoot)).then((fetched) =>
        recordEngine(fetched, choices['report'] ?? [], data.quoteParagraphs, data.ledeLabel),
      )
    : startEngine(
        {
          siteRoot,
          shards: data.shards,
          metaCacheTag: stampedTag(data.metaCacheTag),
          indexLang: data.index?.lang,
        },
        data.quoteParagraphs,
        data.ledeLabel,
        PAGES_PER_BATCH,
        data.reportCount,
      ).then((pagefind) => {
        const index = data.index;
        return index
          ? showInPageScript(pagefind, { fromLocale: index.locale, toLocale: index.showLocale, lang: index.showLang }, siteRoot)
          : pagefind;
      });
  // The search that needed it reports a failure; the next one tries again (a dropped connection, a server restart).
  started.catch(() => {
    if (engine === started) engine = records = undefined;
  });
  return (engine = started);
}

/** English pages match words (src/lib/translation/word-match.ts); every page also finds a name typed in Latin letters. */
function rankFor(paragraphs: readonly Paragraph[], query: string) {
  const rank = (ps: readonly Paragraph[], q: string) => (data.words ? rankWordHits(ps, q) : rankHits(ps, q, fold));
  return withNameHits(rank(paragraphs, query), paragraphs, query, data.names ?? [], rank);
}

/** The query in the script of the index this page searches (Pagefind does not convert), for choosing candidate pages. */
const inIndexScript = (text: string) => [...normalize(text, fold)].map((c) => data.table.toPage[c] ?? c).join('');

const selected = () => new Map(selects.filter((s) => s.value).map((s) => [s.name, s.value]));

function showStatus(...parts: Node[][]) {
  status.replaceChildren(...joinSentences(parts));
}

interface Session {
  results: ProgressiveResults<PagefindResult>;
  /** Each result's list item, made once. */
  items: Map<ShownHit['hit'], HTMLLIElement>;
  query: string;
  cut: boolean;
}
let current: Session | undefined;

/** The status for what has been found so far: counts, how much of a large archive was checked, the cut note. */
function resultStatus() {
  if (!current) return;
  const { results, query, cut } = current;
  const { full, partial } = countHits(results.hits);
  const parts: Node[][] = [];
  if (!results.hits.length && results.done) parts.push(sentence(say('search.none'), { q: query }));
  else parts.push(sentence(say(!partial ? 'search.count' : full ? 'search.countPartial' : 'search.onlyPartial'), { n: full, m: partial }));
  // While more candidates are to come (the rest of a large archive, pages holding parts of the query), their count
  // is not final: the status says more are being searched instead, in no more room.
  if (!results.done)
    parts.push(sentence(say(results.incomplete ? 'search.checkedSoFar' : 'search.checked'), { k: results.checked, n: results.total }));
  if (cut) parts.push(sentence(say('search.cut'), { n: MAX_QUERY_LENGTH }));
  showStatus(...parts);
  more.hidden = results.done;
}

/** Check the next step of candidates and put its results in place (earlier results keep their order). */
async function showMore(id: number): Promise<HTMLLIElement[]> {
  const session = current;
  if (!session) return [];
  const added = await session.results.more();
  if (id !== runId) return [];
  const fresh = added.map((s) => {
    const li = resultItem(s.hit, siteRoot, say('search.partial'));
    session.items.set(s.hit, li);
    return li;
  });
  // Appending moves the items already shown: the list ends up in display order.
  list.append(...session.results.hits.map((s) => session.items.get(s.hit)!));
  resultStatus();
  return fresh;
}

/** How long after the first screen the searches for more candidates start (see run()). */
const MORE_AFTER_MS = 1000;

let runId = 0;
/** The last query that was cut to length: it keeps its note when run again (Enter after typing, a filter change). */
let cutQuery: string | undefined;
async function run() {
  const cleaned = cleanQuery(input.value);
  const { query } = cleaned;
  if (cleaned.cut) {
    input.value = query;
    cutQuery = query;
  }
  const cut = query === cutQuery;
  const id = ++runId;
  const filters = selected();
  history.replaceState(null, '', searchString(query, filters, choices) || location.pathname);
  current = undefined;
  more.hidden = true;
  if (!normalize(query)) {
    list.replaceChildren();
    showStatus(sentence(say('search.prompt')));
    return;
  }
  showStatus(sentence(say('search.loading')));
  try {
    const api = await loadEngine();
    const pagefindFilters = Object.fromEntries(
      selects.filter((s) => s.value && s.hasAttribute('data-pagefind-applied')).map((s) => [s.name, [s.value]]),
    );
    const searched = data.words
      ? { whole: [query], parts: query.split(/\s+/) }
      : { whole: [...formsForQuery(query, data.names ?? []), query], parts: queryTerms(query) };
    const inIndex = (terms: string[]) => (data.words ? terms : terms.map(inIndexScript)).filter(Boolean);
    const candidates = await api.candidates({ whole: inIndex(searched.whole), parts: inIndex(searched.parts) }, pagefindFilters);
    if (id !== runId) return;
    const quoteChoice = filters.get(QUOTE_FILTER) ?? '';
    current = {
      results: new ProgressiveResults(
        candidates.pages,
        (pages) => api.paragraphs(pages, quoteChoice),
        (paragraphs) => rankFor(paragraphs, query),
        {},
        candidates.later,
      ),
      items: new Map(),
      query,
      cut,
    };
    list.replaceChildren();
    const session = current;
    await showMore(id);
    // The count of candidates becomes final once the searches for more are in: the rest of a large archive, then
    // pages holding parts of the query. They wait a moment after the first screen, and a query typed meanwhile skips
    // them: Pagefind cannot stop a search once started, and a previous query's searches would slow the next one's.
    if (session.results.incomplete) {
      await new Promise((wait) => setTimeout(wait, MORE_AFTER_MS));
      if (id !== runId) return;
      await session.results.complete();
      if (id === runId) resultStatus();
    }
  } catch (error) {
    if (id === runId) showStatus(sentence(say('search.error'), { e: error instanceof Error ? error.message : String(error) }));
  }
}

more.addEventListener('click', async () => {
  const id = runId;
  more.disabled = true;
  try {
    const added = await showMore(id);
    // Keyboard and screen-reader readers continue at the first new result.
    added[0]?.querySelector('a')?.focus();
  } finally {
    more.disabled = false;
  }
});

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 120);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run();
});
for (const select of selects) select.addEventListener('change', () => void run());

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

const initial = readSearchState(location.search, choices);
input.value = initial.query;
for (const select of selects) select.value = initial.selected.get(select.name) ?? '';
// With a query, run() starts the engine at once (a small archive's records are preloaded by the head's script, a
// large one's Pagefind entry file and metadata by its links; nothing on the page moves when it is ready). Without
// one, it starts as soon as the reader turns to the form: starting it on every visit would fetch the records, or put
// Pagefind's WebAssembly compile on the main thread, of pages opened just to read the tips.
const warm = () => void loadEngine().catch(() => {});
for (const type of ['focusin', 'pointerdown', 'pointerover'] as const) root.addEventListener(type, warm, { once: true });
root.dataset['ready'] = '';
if (initial.cut) cutQuery = initial.query;
void run();
