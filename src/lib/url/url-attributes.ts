/**
 * The HTML attributes that carry URLs the archive writes as site-root paths ("/zh-hans/…", "/_astro/…"). The
 * build rewrites them to page-relative URLs (relativize.ts) and then fails on any that still points at the host
 * root (publish/relocatable.ts): one list for both, so the guard checks every attribute the rewrite covers.
 */

/** Attributes whose whole value is one URL. */
export const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data-root-url', 'data-cite-page'] as const;

/** Attributes whose value is a comma-separated list of "URL [descriptor]" candidates (responsive images). */
export const URL_LIST_ATTRIBUTES = ['srcset', 'imagesrcset'] as const;

/** False when no URL-list attribute can be in the HTML (every name in URL_LIST_ATTRIBUTES ends in "srcset"). */
export const mayHaveUrlList = (html: string): boolean => html.includes('srcset=');

/** A site-root path: "/…" but not "//…" (which names another host). */
export const isRootPath = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

/**
 * HTML's whitespace, the only characters that separate attributes (not \s, which takes in U+00A0: the build reads
 * pages as Latin-1 text, where that is a byte of many a Chinese character; see build/relocate-pages.ts).
 */
export const HTML_SPACE = '[\\t\\n\\f\\r ]';

/** Whether a character code is HTML whitespace (HTML_SPACE). */
export const isHtmlSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/**
 * Every URL attribute in an HTML document, with its quoted value: ` name="value"` (1: ` name=`, 2: the quote,
 * 3: the value). A fresh global pattern each call, so callers never share lastIndex.
 */
export const urlAttributePattern = (names: readonly string[]): RegExp =>
  new RegExp(`(${HTML_SPACE}(?:${names.join('|')})=)(["'])([^"']*)\\2`, 'g');

/** The URLs of a srcset value, each with the descriptor that follows it ("a.png 2x"). */
export function srcsetCandidates(value: string): { url: string; descriptor: string }[] {
  return value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const space = c.search(/\s/);
      return space < 0 ? { url: c, descriptor: '' } : { url: c.slice(0, space), descriptor: c.slice(space) };
    });
}
