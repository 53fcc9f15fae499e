/**
 * sitemap.xml with hreflang alternates (xhtml:link), and robots.txt. Pure:
 * pages come in as absolute URLs grouped by the set of locale versions they
 * belong to; output is sorted so the bytes never depend on discovery order.
 */
import { escapeXml } from './xml.ts';

export interface SitemapAlternate {
  /** BCP 47 tag, or "x-default". */
  hreflang: string;
  href: string;
}

export interface SitemapPage {
  url: string;
  /** Every language version of this page, including itself (empty when the page has none). */
  alternates: SitemapAlternate[];
}

export function sitemapXml(pages: SitemapPage[]): string {
  const seen = new Set<string>();
  for (const p of pages) {
    if (!/^https?:\/\//.test(p.url)) throw new Error(`Sitemap URL "${p.url}" is not absolute.`);
    if (seen.has(p.url)) throw new Error(`Sitemap lists "${p.url}" twice.`);
    seen.add(p.url);
  }
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const p of sorted) {
    lines.push('  <url>', `    <loc>${escapeXml(p.url)}</loc>`);
    for (const a of p.alternates) {
      lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`);
    }
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** robots.txt; the Sitemap line needs an absolute URL, so an archive built without a site URL says so instead. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  const sitemap = sitemapUrl
    ? `Sitemap: ${sitemapUrl}`
    : '# No sitemap: this copy was built without ARCHIVE_SITE_URL, and a sitemap needs absolute URLs.';
  return `User-agent: *\nAllow: /\n\n${sitemap}\n`;
}

export interface SitemapLocale {
  /** URL prefix ("zh-hans"). */
  code: string;
  /** BCP 47 tag ("zh-Hans"). */
  lang: string;
}

/** Site-root path of the page an HTML file in dist/ serves ("en/about/index.html" → "/en/about/"). */
export function pagePathOfHtmlFile(htmlFile: string): string {
  const file = htmlFile.replace(/\\/g, '/').replace(/^\/+/, '');
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Every page of the site as sitemap entries. A page under a locale prefix lists
 * as alternates each locale's version of it that really exists, plus x-default
 * (the source locale's version). Pages outside the locale tree have none.
 */
export function sitemapPages(paths: string[], site: string, locales: readonly SitemapLocale[], defaultLocale: string): SitemapPage[] {
  const base = site.replace(/\/?$/, '/');
  const abs = (path: string) => new URL(path.replace(/^\//, ''), base).href;
  const existing = new Set(paths);
  const codes = new Set(locales.map((l) => l.code));
  return paths.map((path) => {
    const match = /^\/([^/]+)\/(.*)$/.exec(path);
    if (!match || !codes.has(match[1]!)) return { url: abs(path), alternates: [] };
    const rest = match[2]!;
    const alternates: SitemapAlternate[] = locales
      .filter((l) => existing.has(`/${l.code}/${rest}`))
      .map((l) => ({ hreflang: l.lang, href: abs(`/${l.code}/${rest}`) }));
    // A page with no other language version has no alternates to declare.
    if (alternates.length < 2) return { url: abs(path), alternates: [] };
    if (existing.has(`/${defaultLocale}/${rest}`)) alternates.push({ hreflang: 'x-default', href: abs(`/${defaultLocale}/${rest}`) });
    return { url: abs(path), alternates };
  });
}
