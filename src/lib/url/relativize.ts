/**
 * Rewrite site-root URLs ("/zh-hans/…", "/_astro/…") in built HTML to URLs
 * relative to the page itself, so that one dist/ serves from "/" or from any
 * sub-path without rebuilding. Which attributes carry URLs: url-attributes.ts.
 */
import {
  URL_ATTRIBUTES,
  URL_LIST_ATTRIBUTES,
  isRootPath,
  mayHaveUrlList,
  srcsetCandidates,
  urlAttributePattern,
} from './url-attributes.ts';

/** Directory of the page that a dist-relative HTML file serves, as a site-root path ending in "/". */
export function pageDirectory(htmlFile: string): string {
  const file = htmlFile.replace(/\\/g, '/').replace(/^\/+/, '');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return `/${dir}`;
}

/** Relative URL from a page directory ("/a/b/") to a site-root target ("/a/c/x.css#y"). */
export function relativeUrl(fromDir: string, target: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const hashOrQuery = /[?#]/.exec(target);
  const pathPart = hashOrQuery ? target.slice(0, hashOrQuery.index) : target;
  const suffix = hashOrQuery ? target.slice(hashOrQuery.index) : '';
  const to = pathPart.split('/').filter(Boolean);
  const trailingSlash = pathPart.endsWith('/') && to.length > 0;
  let common = 0;
  while (common < from.length && common < to.length - (trailingSlash ? 0 : 1) && from[common] === to[common]) {
    common++;
  }
  const ups = from.length - common;
  const restParts = to.slice(common);
  const rest = restParts.join('/') + (trailingSlash && restParts.length > 0 ? '/' : '');
  const rel = '../'.repeat(ups) + rest;
  return (rel === '' ? './' : rel) + suffix;
}

const SINGLE_URL = urlAttributePattern(URL_ATTRIBUTES);
const URL_LIST = urlAttributePattern(URL_LIST_ATTRIBUTES);

/** Rewrite every root-relative URL in the document's URL attributes (url-attributes.ts). */
export function relativizeHtml(html: string, htmlFile: string): string {
  const dir = pageDirectory(htmlFile);
  // A page repeats its links (every paragraph's, the header's on each page): each target is worked out once.
  const known = new Map<string, string>();
  const relative = (url: string) => {
    let rel = known.get(url);
    if (rel === undefined) known.set(url, (rel = relativeUrl(dir, url)));
    return rel;
  };
  const single = html.replace(SINGLE_URL, (whole, attr: string, quote: string, url: string) =>
    isRootPath(url) ? `${attr}${quote}${relative(url)}${quote}` : whole,
  );
  // The list pattern costs as much as the other on a long page; most pages have no srcset at all.
  if (!mayHaveUrlList(single)) return single;
  return single.replace(URL_LIST, (whole, attr: string, quote: string, value: string) => {
    const candidates = srcsetCandidates(value);
    if (!candidates.some((c) => isRootPath(c.url))) return whole;
    const rewritten = candidates.map((c) => (isRootPath(c.url) ? relativeUrl(dir, c.url) : c.url) + c.descriptor).join(', ');
    return `${attr}${quote}${rewritten}${quote}`;
  });
}

/** Rewrite root-relative url(/…) references inside a CSS file served from `cssFile`. */
export function relativizeCss(css: string, cssFile: string): string {
  const dir = pageDirectory(cssFile);
  return css.replace(/url\((["']?)(\/(?!\/)[^)"']*)\1\)/g, (_m, q: string, url: string) => `url(${q}${relativeUrl(dir, url)}${q})`);
}
