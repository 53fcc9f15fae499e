/**
 * Pagefind, loaded relative to the archive root (any sub-path), and what the
 * search page asks of it: the candidate report pages for a query, and the
 * paragraphs of some of them. A large archive's index comes in shards
 * (src/lib/search/index-shards.ts): its first shard answers first, on the
 * page's thread, and a second instance in Pagefind's web worker merges every
 * shard for the rest of the archive.
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
  /**
   * More pages, none of `pages` or of each other's, searched in turn when asked for: the rest of a large archive
   * (pages holding all of the query), then pages holding only parts of it.
   */
  later?: (() => Promise<PagefindResult[]>)[];
}

export interface Engine {
  /**
   * Candidate report pages: every page (archive order) when there are few, else Pagefind's ranking for the query; in
   * an archive of several shards, the first shard's ranking first, then the rest's.
   */
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

/** Pagefind's results for some terms, each page once, in rank order (the first term's pages first). */
async function searchAll(api: PagefindApi, terms: string[], filters: Record<string, string[]>): Promise<PagefindResult[]> {
  return unique((await Promise.all(terms.map((t) => api.search(t, { filters })))).flatMap((r) => r?.results ?? []));
}

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
  const make = (noWorker: boolean) => inLanguage(config.indexLang, () => mod.createInstance({ noWorker, ...options }));
  // The first shard, on the page's thread: Pagefind returns and scores every page holding the query, so at 10,000
  // reports, where a common word is in every page, a search of all 26 shards took 1–3 s before its first result.
  const api = make(true);
  // The whole archive, in Pagefind's web worker so that its long searches leave the page responsive. Made once the
  // first shard has answered a search: made at once, its loading slowed the first shard's answer on a 2-core machine.
  let whole: Promise<PagefindApi> | undefined = others.length ? undefined : Promise.resolve(api);
  const wholeArchive = () => {
    if (!whole) {
      const all = make(false);
      const merged = Promise.all(others.map((path) => all.mergeIndex(new URL(path, config.siteRoot).pathname, options))).then(() => all);
      // A failure is reported by the search that needs the rest of the archive, and the next one tries again.
      merged.catch(() => {
        if (whole === merged) whole = undefined;
      });
      whole = merged;
    }
    return whole;
  };
  // Pagefind's search waits for its WebAssembly by polling every 50 ms; calls 10 ms apart get through within
  // 10 ms of it being ready. A small archive is checked page by page, so its first call lists every page. A larger
  // one only waits: the list of every page cost 110–170 ms at 10,000 reports, and an empty query returns at once.
  const first = (term: string | null) =>
    Promise.race([0, 10, 20, 30, 40].map((ms) => new Promise((wait) => setTimeout(wait, ms)).then(() => api.search(term))));
  // (Every page is in every shard's list only when the shards are merged: a small archive built with tiny shards.)
  const listed = () => (others.length ? wholeArchive().then((all) => all.search(null)) : first(null));
  const everyPage = reportCount <= checkAllUpTo ? listed().then((r) => unique(r?.results ?? [])) : undefined;
  await (everyPage ?? first(''));

  return {
    async candidates({ whole: wholeQuery, parts }, filters) {
      const filtered = Object.keys(filters).length > 0;
      if (everyPage || filtered) {
        const all =
          everyPage && !filtered ? await everyPage : unique((await (await wholeArchive()).search(null, { filters }))?.results ?? []);
        if (all.length <= checkAllUpTo) return { pages: all };
      }
      // Pages holding all of the query rank before pages holding a part, so the parts' searches (Pagefind scores
      // every page holding a common word, in every shard) wait until the reader gets past the first.
      const wholeTerms = [...new Set(wholeQuery)];
      const partTerms = [...new Set(parts)].filter((t) => !wholeTerms.includes(t));
      const seen = new Set<string>();
      const fresh = (pages: PagefindResult[]) => pages.filter((p) => !seen.has(p.id) && seen.add(p.id));
      // A filter is applied to the whole archive at once (its pages may be in any shard).
      const pages = fresh(await searchAll(filtered || !others.length ? await wholeArchive() : api, wholeTerms, filters));
      void wholeArchive();
      const later: (() => Promise<PagefindResult[]>)[] = [];
      if (others.length && !filtered) later.push(async () => fresh(await searchAll(await wholeArchive(), wholeTerms, filters)));
      if (partTerms.length) later.push(async () => fresh(await searchAll(await wholeArchive(), partTerms, filters)));
      return { pages, later };
    },
    async paragraphs(pages, quoteChoice) {
      const datas = await Promise.all(pages.map((r) => r.data()));
      return datas.flatMap((page) => recordParagraphs(page, ledeLabel, quoteParagraphs, quoteChoice));
    },
  };
}
