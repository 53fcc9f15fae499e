/**
 * Pagefind, loaded relative to the archive root (any sub-path), with every
 * index shard merged, and what the search page asks of it: the candidate
 * report pages for a query, and the paragraphs of some of them.
 */
import type { Paragraph } from '../../lib/search/match.ts';
import { type PageRecord, recordParagraphs } from '../../lib/search/page-records.ts';
import type { ShardMetas } from '../../lib/search/preload-stamp.ts';

/** A candidate page: Pagefind's result, or a record the build listed (search/records.ts). */
export interface PagefindResult {
  id: string;
  data: () => Promise<PageRecord>;
}
interface PagefindApi {
  search: (term: string | null, options?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (bundlePath: string, options?: object) => Promise<void>;
}

export interface EngineConfig {
  siteRoot: URL;
  /** Bundle directories of the index shards, relative to the archive root; the first is Pagefind's own. */
  shards: string[];
  /** The entry files' cache tag (null: Pagefind adds a fresh one to each request). */
  metaCacheTag: string | null;
  /** The `lang` of the index searched, when it is not the page's own (a Traditional page of a large archive). */
  indexLang?: string | undefined;
  /** Each shard's metadata files, when the index has several shards (written by the build: preload-stamp.ts). */
  shardMetas?: ShardMetas;
}

/** What is searched for: the whole query (and the names it may stand for), and its parts. */
export interface CandidateQuery {
  whole: string[];
  parts: string[];
}

export interface Candidates {
  /** Pages in rank order. */
  pages: PagefindResult[];
  /** Pages that hold only parts of the query (none of `pages`), searched when asked for. */
  later?: () => Promise<PagefindResult[]>;
}

export interface Engine {
  /** Candidate report pages: every page (archive order) when there are few, else Pagefind's ranking for the query. */
  candidates: (query: CandidateQuery, filters: Record<string, string[]>) => Promise<Candidates>;
  /** The paragraphs of some pages that pass the quotation filter, in reading order. */
  paragraphs: (pages: readonly PagefindResult[], quoteChoice: string) => Promise<Paragraph[]>;
}

/**
 * Run `make` while <html lang> names the index's language. Pagefind 1.6.0 chooses an instance's index by the page's
 * lang when the instance is made, and createInstance overrides any `language` option with it; a Traditional page
 * of a large archive searches the Simplified index (src/lib/search/index-shards.ts). The instance reads the
 * attribute synchronously, so it is restored before anything renders or any assistive technology reads it.
 */
function inLanguage<T>(lang: string | undefined, make: () => T): T {
  const html = document.documentElement;
  const own = html.getAttribute('lang');
  if (lang === undefined || lang === own) return make();
  html.setAttribute('lang', lang);
  try {
    return make();
  } finally {
    if (own === null) html.removeAttribute('lang');
    else html.setAttribute('lang', own);
  }
}

/**
 * Fetch the shards' entry files and metadata now, while Pagefind's WebAssembly loads. Pagefind reads a merged shard's
 * files only once its WebAssembly is ready, one shard after another as connections free up: at 10,000 reports (26
 * shards) they arrived 300–400 ms after it. Preloads at low priority, so the WebAssembly goes first; Pagefind's own
 * requests for the same URLs then take the preloaded responses. Nothing when the entry files' URLs are not known
 * (no cache tag: Pagefind stamps each request with the time) or the index has one shard (the page preloads it).
 */
function preloadShards({ shards, shardMetas, metaCacheTag, siteRoot }: EngineConfig, lang: string): void {
  if (!shardMetas || metaCacheTag === null || shards.length < 2) return;
  const preloaded = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.href));
  for (const shard of shards) {
    const languages = shardMetas[shard] ?? {};
    // The metadata Pagefind picks: the language's own, else its primary subtag's (findIndex in pagefind.js).
    const meta = languages[lang] ?? languages[lang.split('-')[0]!];
    for (const file of [`pagefind-entry.json?ts=${metaCacheTag}`, ...(meta ? [`pagefind.${meta}.pf_meta`] : [])]) {
      const href = new URL(`${shard}${file}`, siteRoot).href;
      if (preloaded.has(href)) continue;
      const link = document.createElement('link');
      Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
      link.setAttribute('fetchpriority', 'low');
      document.head.append(link);
    }
  }
}

const unique = (results: PagefindResult[]) => {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.id) && seen.add(r.id));
};

/**
 * Start Pagefind. checkAllUpTo: an archive (or a filtered part of one) of at most this many pages is checked page by
 * page, so the browser's segmentation of the query can never hide a paragraph; a larger one is ranked by Pagefind.
 */
export async function startEngine(
  config: EngineConfig,
  quoteParagraphs: Record<string, string[]>,
  ledeLabel: string,
  checkAllUpTo: number,
  reportCount: number,
): Promise<Engine> {
  const [primary, ...others] = config.shards;
  const url = new URL(`${primary}pagefind.js`, config.siteRoot).href;
  const mod = (await import(/* @vite-ignore */ url)) as { createInstance: (o: object) => PagefindApi };
  // Result URLs come back as paths under the archive root, wherever the archive is served.
  const options = {
    excerptLength: 0,
    baseUrl: config.siteRoot.pathname,
    ...(config.metaCacheTag ? { metaCacheTag: config.metaCacheTag } : {}),
  };
  const api = inLanguage(config.indexLang, () => mod.createInstance({ noWorker: true, ...options }));
  preloadShards(config, (config.indexLang ?? document.documentElement.lang).toLowerCase());
  // A large archive's index comes in shards (src/lib/search/index-shards.ts); searches then cover them all.
  await Promise.all(others.map((path) => api.mergeIndex(new URL(path, config.siteRoot).pathname, options)));
  // Pagefind's search waits for its WebAssembly by polling every 50 ms; calls 10 ms apart get through within
  // 10 ms of it being ready. A small archive is checked page by page, so its first call lists every page. A larger
  // one only waits: the list of every page cost 110–170 ms at 10,000 reports, and an empty query returns at once.
  const first = (term: string | null) =>
    Promise.race([0, 10, 20, 30, 40].map((ms) => new Promise((wait) => setTimeout(wait, ms)).then(() => api.search(term))));
  const everyPage = reportCount <= checkAllUpTo ? first(null).then((r) => unique(r?.results ?? [])) : undefined;
  await (everyPage ?? first(''));

  return {
    async candidates({ whole, parts }, filters) {
      const filtered = Object.keys(filters).length > 0;
      if (everyPage || filtered) {
        const all = everyPage && !filtered ? await everyPage : unique((await api.search(null, { filters }))?.results ?? []);
        if (all.length <= checkAllUpTo) return { pages: all };
      }
      const search = async (terms: string[]) =>
        unique((await Promise.all(terms.map((t) => api.search(t, { filters })))).flatMap((r) => r?.results ?? []));
      // Pages holding all of the query rank before pages holding a part, so the parts' searches (Pagefind scores
      // every page holding a common word, in every shard) wait until the reader gets past the first.
      const wholeTerms = [...new Set(whole)];
      const partTerms = [...new Set(parts)].filter((t) => !wholeTerms.includes(t));
      const pages = await search(wholeTerms);
      if (!partTerms.length) return { pages };
      const seen = new Set(pages.map((p) => p.id));
      return { pages, later: async () => (await search(partTerms)).filter((p) => !seen.has(p.id)) };
    },
    async paragraphs(pages, quoteChoice) {
      const datas = await Promise.all(pages.map((r) => r.data()));
      return datas.flatMap((page) => recordParagraphs(page, ledeLabel, quoteParagraphs, quoteChoice));
    },
  };
}
