/**
 * After Pagefind has written the index, the search pages learn its file names:
 * the entry file gets a cache tag (Pagefind's metaCacheTag, a hash of the entry
 * files, so a new index is never read with an old entry), and the page's
 * language metadata is preloaded. The engine then finds both fetched, or on
 * their way, when the page's script starts it. The WebAssembly (56 KB) is not
 * preloaded: on a page opened without a query it competed with the page's own
 * files and delayed the first paint (Lighthouse 99); the script fetches it first
 * thing when there is a query.
 *
 * A small index (at most DIRECT_RECORDS_MAX pages in the page's language, one
 * shard) needs no Pagefind in the page at all: the search page checks every
 * report paragraph by paragraph anyway, and Pagefind only listed the pages, at
 * the cost of fetching, unpacking and compiling its WebAssembly (about 250 ms of
 * a cold search). The build lists the language's page records (fragment files,
 * named by content hash) in the page instead, and the page fetches those.
 */

/** Written into the search pages at render time; replaced by the cache tag once the index exists. */
export const META_CACHE_TAG_TOKEN = '__PAGEFIND_META_CACHE_TAG__';

/** The parts of Pagefind's pagefind-entry.json the stamp reads. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; page_count?: number }>;
}

/**
 * The most pages a language may have for its search page to read their records directly: all are fetched at once,
 * as the engine's check-every-page path does (progressive.ts PAGES_PER_BATCH, kept equal by a unit test; not
 * imported, as the build step runs this file under Node's type stripping).
 */
export const DIRECT_RECORDS_MAX = 8;

/** The element that lists a search page's page records (URLs relative to the page), when it has them. */
export const RECORDS_ELEMENT_ID = 'search-records';

/** Where the head's script leaves the records it fetched: a promise of each one's unpacked bytes, or null, in list order. */
export const EARLY_RECORDS = '__archiveSearchRecords';

/**
 * Written right after the list: with a query in the URL, the records are fetched and unpacked while the rest of the
 * page is still being parsed, so the page's script (a module, run once the whole page is parsed) finds them ready and
 * shows the first results before the page's first layout, not after it (that layout, CJK fonts and all, took
 * 50–70 ms). A record that failed (null) is fetched again by the page's script, which reports what went wrong
 * (search/records.ts unpacks the same way). Without a query nothing is fetched. Inline, so the page's CSP lists its
 * hash (search.astro); written out by hand, as the build step and the page must hash the same text.
 */
export const RECORDS_PRELOAD_SCRIPT = `if(new URLSearchParams(location.search).get('q')?.trim()&&typeof DecompressionStream=='function')window.${EARLY_RECORDS}=Promise.all(JSON.parse(document.getElementById('${RECORDS_ELEMENT_ID}').textContent).map(h=>fetch(h).then(r=>r.ok?r.arrayBuffer():null).then(b=>{if(!b)return null;const u=new Uint8Array(b);return u[0]==31&&u[1]==139?new Response(new Blob([u]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer():b}).catch(()=>null)))`;

/**
 * For each language of the index whose pages can be read directly, its fragment files (names in Pagefind's fragment
 * folder, `<language>_<hash>.pf_fragment`), sorted. A language is left out when it has more pages than
 * DIRECT_RECORDS_MAX or when its files do not add up to its page count (an index written differently: let Pagefind
 * read it).
 */
export function directRecords(entry: PagefindEntry, fragmentFiles: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [lang, { page_count }] of Object.entries(entry.languages)) {
    const files = fragmentFiles.filter((f) => f.startsWith(`${lang}_`) && /^[\w.-]+\.pf_fragment$/.test(f)).sort();
    if (page_count !== undefined && files.length === page_count && files.length <= DIRECT_RECORDS_MAX) out[lang] = files;
  }
  return out;
}

/** The cache tag the page's script reads: whether the token was replaced (an unstamped page lets Pagefind pick its own). */
export function stampedTag(value: string): string | null {
  return value && value !== META_CACHE_TAG_TOKEN ? value : null;
}

/** Pagefind's script, preloaded by the page itself: the index's files sit next to it. */
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]*?)pagefind\.js"[^>]*>/;
const HTML_LANG = /<html\b[^>]*\blang="([^"]+)"/;

/**
 * A search page with the tag in place of the token and, at the end of its head, preloads for the entry file (with
 * the tag) and its language's metadata, from the folder of Pagefind's script (relative URLs stay right). They come
 * after the stylesheets and at low priority: they are needed when the page's script runs, not for the first paint.
 * Pages without Pagefind's script preload are returned with only the token replaced; a language the index lacks
 * gets the entry preload only. A language in `records` (directRecords) gets the list of its page records instead,
 * and neither Pagefind's script nor its files are preloaded: the page will not load them.
 */
export function stampSearchPage(html: string, tag: string, entry: PagefindEntry, records: Record<string, string[]> = {}): string {
  let out = html.replaceAll(META_CACHE_TAG_TOKEN, tag);
  const script = SCRIPT_PRELOAD.exec(out);
  const folder = script?.[1];
  const headEnd = out.indexOf('</head>');
  if (!script || folder === undefined || headEnd === -1) return out;
  const lang = HTML_LANG.exec(out)?.[1]?.toLowerCase();
  const direct = lang ? records[lang] : undefined;
  if (direct) {
    // File names are letters, digits, "-", "_" and "."; the list cannot close the element.
    const list = JSON.stringify(direct.map((file) => `${folder}fragment/${file}`));
    out = out.slice(0, script.index) + out.slice(script.index + script[0].length);
    const end = out.indexOf('</head>');
    const records = `<script type="application/json" id="${RECORDS_ELEMENT_ID}">${list}</script><script>${RECORDS_PRELOAD_SCRIPT}</script>`;
    return out.slice(0, end) + records + out.slice(end);
  }
  const index = lang ? entry.languages[lang] : undefined;
  const preload = (file: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="${folder}${file}">`;
  const links = preload(`pagefind-entry.json?ts=${tag}`) + (index ? preload(`pagefind.${index.hash}.pf_meta`) : '');
  return out.slice(0, headEnd) + links + out.slice(headEnd);
}
