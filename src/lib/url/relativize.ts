/**
 * Rewrite site-root URLs ("/zh-hans/…", "/_astro/…") in built HTML to URLs
 * relative to the page itself, so that one dist/ serves from "/" or from any
 * sub-path without rebuilding.
 */

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

const ROOT_URL_ATTRIBUTE = /(\s(?:href|src|action|poster|data-root-url|data-cite-page)=)(["'])(\/(?!\/)[^"']*)\2/g;

/** Rewrite every root-relative href/src/action attribute in an HTML document. */
export function relativizeHtml(html: string, htmlFile: string): string {
  const dir = pageDirectory(htmlFile);
  return html.replace(ROOT_URL_ATTRIBUTE, (_m, attr: string, quote: string, url: string) => {
    return `${attr}${quote}${relativeUrl(dir, url)}${quote}`;
  });
}

/** Rewrite root-relative url(/…) references inside a CSS file served from `cssFile`. */
export function relativizeCss(css: string, cssFile: string): string {
  const dir = pageDirectory(cssFile);
  return css.replace(/url\((["']?)(\/(?!\/)[^)"']*)\1\)/g, (_m, q: string, url: string) => `url(${q}${relativeUrl(dir, url)}${q})`);
}
