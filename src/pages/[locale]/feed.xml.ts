/**
 * /<locale>/feed.xml: an Atom feed of the reports in this locale, with absolute URLs from the site URL, or, in an
 * archive built without one, URLs relative to the feed (which sits in the locale's folder).
 */
import type { APIRoute } from 'astro';
import { getReports } from '../../lib/archive.ts';
import { countWord } from '../../lib/i18n/count-words.ts';
import { type Locale, localeStaticPaths } from '../../lib/i18n/locales.ts';
import { useTranslations } from '../../lib/i18n/strings.ts';
import { atomFeed } from '../../lib/publish/atom.ts';
import { absoluteUrl, routes } from '../../lib/url/routes.ts';

export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const url = (path: string) => (site ? absoluteUrl(site, path) : path.slice(`/${locale.code}/`.length) || './');
  const t = useTranslations(locale.code);
  const reports = await getReports(locale);
  const isEnglish = locale.code === 'en';
  const body = atomFeed({
    selfUrl: url(routes.feed(locale.code)),
    pageUrl: url(routes.home(locale.code)),
    idName: locale.code,
    title: t('site.title'),
    subtitle: t('site.description', { count: countWord(reports.length, locale.code) }),
    lang: locale.lang,
    entries: reports.map((r) => ({
      url: url(routes.report(locale.code, r.slug)),
      title: isEnglish ? r.data.en.headline : r.header.headline,
      summary: isEnglish ? r.data.en.summary : r.summary,
      published: r.data.published,
      // Names as the report page prints them (converted on Traditional feeds; the original on English ones).
      authors: r.authors.map((a) => a.name),
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
