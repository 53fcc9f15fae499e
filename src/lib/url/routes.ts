/**
 * Site-root paths of every page. Pages and components link with these root
 * paths; the build rewrites them to relative URLs (see relativize.ts) so the
 * archive works unchanged at any sub-path of any server.
 * Every path ends in "/" (directory pages) or a file name.
 */
import type { LocaleCode } from '../i18n/locales.ts';

export const routes = {
  root: () => '/',
  home: (locale: LocaleCode) => `/${locale}/`,
  report: (locale: LocaleCode, slug: string) => `/${locale}/reports/${slug}/`,
  about: (locale: LocaleCode) => `/${locale}/about/`,
  search: (locale: LocaleCode) => `/${locale}/search/`,
  /** The Chinese original and the archive's English translation side by side. */
  parallel: (locale: LocaleCode, slug: string) => `/${locale}/reports/${slug}/parallel/`,
  reportCitations: (locale: LocaleCode, slug: string) => `/${locale}/reports/${slug}/cite/`,
  reportBibtex: (locale: LocaleCode, slug: string) => `/${locale}/reports/${slug}/citation.bib`,
  reportBiblatex: (locale: LocaleCode, slug: string) => `/${locale}/reports/${slug}/citation-biblatex.bib`,
  reportRis: (locale: LocaleCode, slug: string) => `/${locale}/reports/${slug}/citation.ris`,
  reportCslJson: (locale: LocaleCode, slug: string) => `/${locale}/reports/${slug}/citation.json`,
  /** The report's text in this script, one paragraph a line with its id. */
  reportPlainText: (locale: LocaleCode, slug: string) => `/${locale}/reports/${slug}/text.txt`,
  /** The report's text by paragraph in every script, with its source lines and edition (one file for all locales). */
  reportTextJson: (slug: string) => `/data/reports/${slug}.json`,
  feed: (locale: LocaleCode) => `/${locale}/feed.xml`,
  quotes: (locale: LocaleCode) => `/${locale}/quotes/`,
  people: (locale: LocaleCode) => `/${locale}/people/`,
  person: (locale: LocaleCode, id: string) => `/${locale}/people/${id}/`,
  /** A paragraph of a report, in the locale that shows the text (English links to the original). */
  paragraph: (locale: LocaleCode, slug: string, paragraphId: string) =>
    `/${locale === 'en' ? 'zh-hans' : locale}/reports/${slug}/#${paragraphId}`,
} as const;

/** Swap the locale prefix of a site-root path: the same page in another locale. */
export function switchLocalePath(path: string, to: LocaleCode): string {
  const match = /^\/([a-z-]+)\/(.*)$/.exec(path);
  if (!match) return routes.home(to);
  return `/${to}/${match[2]}`;
}

/** Absolute URL for feeds, canonical links and structured data. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path.replace(/^\//, ''), String(site).replace(/\/?$/, '/')).href;
}
