/**
 * After Pagefind has written the index, the search pages learn its file names:
 * the entry file gets a cache tag (Pagefind's metaCacheTag, a hash of the entry
 * files, so a new index is never read with an old entry), and the page's
 * language metadata is preloaded. The engine then finds both fetched, or on
 * their way, when the page's script starts it. The WebAssembly (56 KB) is not
 * preloaded: on a page opened without a query it competed with the page's own
 * files and delayed the first paint (Lighthouse 99); the script fetches it first
 * thing when there is a query.
 */

/** Written into the search pages at render time; replaced by the cache tag once the index exists. */
export const META_CACHE_TAG_TOKEN = '__PAGEFIND_META_CACHE_TAG__';

/** The parts of Pagefind's pagefind-entry.json the stamp reads. */
export interface PagefindEntry {
  languages: Record<string, { hash: string }>;
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
 * gets the entry preload only.
 */
export function stampSearchPage(html: string, tag: string, entry: PagefindEntry): string {
  const out = html.replaceAll(META_CACHE_TAG_TOKEN, tag);
  const folder = SCRIPT_PRELOAD.exec(out)?.[1];
  const headEnd = out.indexOf('</head>');
  if (folder === undefined || headEnd === -1) return out;
  const lang = HTML_LANG.exec(out)?.[1]?.toLowerCase();
  const index = lang ? entry.languages[lang] : undefined;
  const preload = (file: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="${folder}${file}">`;
  const links = preload(`pagefind-entry.json?ts=${tag}`) + (index ? preload(`pagefind.${index.hash}.pf_meta`) : '');
  return out.slice(0, headEnd) + links + out.slice(headEnd);
}
