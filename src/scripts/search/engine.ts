/**
 * Pagefind, loaded relative to the archive root (any sub-path), with every
 * index shard merged, and what the search page asks of it: the candidate
 * report pages for a query, and the paragraphs of some of them.
 */
import type { Paragraph } from '../../lib/search/match.ts';
import { type PageRecord, recordParagraphs } from '../../lib/search/page-records.ts';

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
  // A large archive's index comes in shards (src/lib/search/index-shards.ts); searches then cover them all.
  await Promise.all(others.map((path) => api.mergeIndex(new URL(path, config.siteRoot).pathname, options)));
  // Pagefind's search waits for its WebAssembly by polling every 50 ms; calls 10 ms apart get through within
  // 10 ms of it being ready. The first to return lists every page, which the check-all path needs anyway.
  const everyPage = Promise.race(
    [0, 10, 20, 30, 40].map((ms) => new Promise((wait) => setTimeout(wait, ms)).then(() => api.search(null))),
  ).then((r) => unique(r?.results ?? []));
  await everyPage;

  return {
    async candidates({ whole, parts }, filters) {
      const filtered = Object.keys(filters).length > 0;
      if (reportCount <= checkAllUpTo || filtered) {
        const all = filtered ? unique((await api.search(null, { filters }))?.results ?? []) : await everyPage;
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
