/**
 * Rewrite site-root URLs ("/zh-hans/…", "/_astro/…") in built HTML to URLs
 * relative to the page itself, so that one dist/ serves from "/" or from any
 * sub-path without rebuilding. Which attributes carry URLs: url-attributes.ts.
 */
import {
  URL_ATTRIBUTES,
  URL_LIST_ATTRIBUTES,
  isHtmlSpace,
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
  const [pathPart, suffix] = splitSuffix(target);
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

const SINGLE_URL_NAMES: ReadonlySet<string> = new Set(URL_ATTRIBUTES);
const URL_LIST = urlAttributePattern(URL_LIST_ATTRIBUTES);

/**
 * Rewrite every root-relative URL in the document's URL attributes (url-attributes.ts): the values that
 * urlAttributePattern(URL_ATTRIBUTES) matches and isRootPath accepts, as a replace with that pattern would
 * (tests/unit/relativize.test.ts holds the two equal). Written as a scan for `="/` and `='/` because a large
 * archive's build runs it on 70,000 pages: the pattern tried every space of a 50,000-character page, the scan looks
 * only at the 100–200 places where a root path can start. Only ASCII characters decide anything here, so the page
 * may also be its bytes read as Latin-1 text (build/relocate-pages.ts).
 */
export function relativizeHtml(html: string, htmlFile: string): string {
  const dir = pageDirectory(htmlFile);
  // A page repeats its targets (every paragraph's links to the same pages, with their own fragments): each path is
  // worked out once, and the fragment or query appended (relativeUrl keeps it as it is).
  const known = new Map<string, string>();
  const relative = (url: string) => {
    const [path, suffix] = splitSuffix(url);
    let rel = known.get(path);
    if (rel === undefined) known.set(path, (rel = relativeUrl(dir, path)));
    return rel + suffix;
  };
  const parts: string[] = [];
  let copied = 0;
  const next = rootValueFinder(html);
  let at = next(0);
  while (at >= 0) {
    const quote = html[at - 1]!;
    const end = html.indexOf(quote, at);
    const value = end < 0 ? '' : html.slice(at, end);
    const nameEnd = at - 2; // where the "=" is
    let nameStart = nameEnd;
    while (nameStart > 0 && isNameChar(html.charCodeAt(nameStart - 1))) nameStart--;
    const matches =
      end >= 0 &&
      !value.includes(quote === '"' ? "'" : '"') &&
      isRootPath(value) &&
      nameStart > 0 &&
      isHtmlSpace(html.charCodeAt(nameStart - 1)) &&
      SINGLE_URL_NAMES.has(html.slice(nameStart, nameEnd));
    if (matches) {
      parts.push(html.slice(copied, at), relative(value));
      copied = end;
    }
    at = next(matches ? end + 1 : at);
  }
  const single = copied === 0 ? html : (parts.push(html.slice(copied)), parts.join(''));
  // The list pattern costs as much as the other on a long page; most pages have no srcset at all.
  if (!mayHaveUrlList(single)) return single;
  return single.replace(URL_LIST, (whole, attr: string, quote: string, value: string) => {
    const candidates = srcsetCandidates(value);
    if (!candidates.some((c) => isRootPath(c.url))) return whole;
    const rewritten = candidates.map((c) => (isRootPath(c.url) ? relativeUrl(dir, c.url) : c.url) + c.descriptor).join(', ');
    return `${attr}${quote}${rewritten}${quote}`;
  });
}

/** Whether a character code is one of /[\w-]/: enough to take in every name in URL_ATTRIBUTES. */
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95;

/** A URL's path and what follows it from its first "?" or "#" on ("" if neither). */
function splitSuffix(url: string): [path: string, suffix: string] {
  const query = url.indexOf('?');
  const hash = url.indexOf('#');
  const cut = query < 0 ? hash : hash < 0 ? query : Math.min(query, hash);
  return cut < 0 ? [url, ''] : [url.slice(0, cut), url.slice(cut)];
}

/**
 * Where the next attribute value that starts with "/" begins (after `="` or `='`), from a position on (never
 * smaller than the last); -1 if none. Each quote's next place is kept until passed: a page has no `='/` at all, and
 * looking for it again after every match would read the rest of the page each time.
 */
function rootValueFinder(html: string): (from: number) => number {
  let double = html.indexOf('="/');
  let single = html.indexOf("='/");
  return (from) => {
    if (double >= 0 && double < from) double = html.indexOf('="/', from);
    if (single >= 0 && single < from) single = html.indexOf("='/", from);
    const first = double < 0 ? single : single < 0 ? double : Math.min(double, single);
    return first < 0 ? -1 : first + 2;
  };
}

/** Rewrite root-relative url(/…) references inside a CSS file served from `cssFile`. */
export function relativizeCss(css: string, cssFile: string): string {
  const dir = pageDirectory(cssFile);
  return css.replace(/url\((["']?)(\/(?!\/)[^)"']*)\1\)/g, (_m, q: string, url: string) => `url(${q}${relativeUrl(dir, url)}${q})`);
}
