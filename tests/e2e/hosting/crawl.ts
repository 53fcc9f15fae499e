/**
 * The full crawl's HTML side, without a browser: pages fetched from a running server and read with linkedom
 * (their links, ids and CSP), and a built page's ids read from dist/. The browser half (every page loaded
 * cleanly, links the page's scripts add) is in hosting.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** What a page's HTML holds that the crawl follows and checks. */
export interface PageLinks {
  /** Every id and a[name] the page declares. */
  ids: string[];
  /**
   * a[href], link[href], form[action] (the search form leads to the search pages), script[src] and img[src],
   * resolved against the page URL.
   */
  links: { tag: string; rel: string; href: string }[];
  /** How many Content-Security-Policy meta elements it has. */
  csp: number;
}

/** Links, ids and CSP of an HTML document at `url`. */
export function readPage(html: string, url: string): PageLinks {
  const { document } = parseHTML(html);
  return {
    ids: [
      ...[...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!),
      ...[...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')!),
    ],
    links: [...document.querySelectorAll('a[href], link[href], form[action], script[src], img[src]')].map((e) => ({
      tag: e.tagName.toUpperCase(),
      rel: e.getAttribute('rel') ?? '',
      href: new URL(e.getAttribute('href') ?? e.getAttribute('action') ?? e.getAttribute('src')!, url).href,
    })),
    csp: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
  };
}

/** The dist/ file a URL of the archive served at `base` stands for (a folder's index.html), or null outside it. */
export function distFileOf(url: string, base: string): string | null {
  const clean = url.replace(/[?#].*$/, '');
  if (!clean.startsWith(base)) return null;
  const path = decodeURIComponent(clean.slice(base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The ids of built pages, read once each from dist/ (the targets of anchors). */
export function distIds(dist: string): (file: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (file) => {
    let ids = cache.get(file);
    if (!ids) {
      ids = new Set(readPage(readFileSync(join(dist, file), 'utf8'), 'http://localhost/').ids);
      cache.set(file, ids);
    }
    return ids;
  };
}
