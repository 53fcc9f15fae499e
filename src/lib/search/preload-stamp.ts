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

const ENTRY_PRELOAD = /<link\b[^>]*\bdata-pagefind-entry\b[^>]*>/;
const HREF = /\bhref="([^"]*?)pagefind-entry\.json\?ts=/;
const HTML_LANG = /<html\b[^>]*\blang="([^"]+)"/;

/**
 * A search page with the tag in place of the token and a preload for its language's metadata after the entry
 * preload (same folder, so relative URLs stay right). Pages without the entry preload are
 * returned with only the token replaced; a language the index lacks gets no extra preloads.
 */
export function stampSearchPage(html: string, tag: string, entry: PagefindEntry): string {
  let out = html.replaceAll(META_CACHE_TAG_TOKEN, tag);
  const link = ENTRY_PRELOAD.exec(out);
  const folder = link ? HREF.exec(link[0])?.[1] : undefined;
  const lang = HTML_LANG.exec(out)?.[1]?.toLowerCase();
  const index = lang ? entry.languages[lang] : undefined;
  if (!link || folder === undefined || !index) return out;
  const preload = (file: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${folder}${file}">`;
  const extra = preload(`pagefind.${index.hash}.pf_meta`);
  const end = link.index + link[0].length;
  out = out.slice(0, end) + extra + out.slice(end);
  return out;
}
