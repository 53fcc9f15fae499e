/** /<locale>/feed.xml: an Atom feed of the reports in this locale, with absolute URLs from the site URL. */
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
  if (!site) throw new Error('The feed needs the site URL: set ARCHIVE_SITE_URL (see README).');
  const t = useTranslations(locale.code);
  const reports = await getReports(locale);
  const isEnglish = locale.code === 'en';
  const body = atomFeed({
    selfUrl: absoluteUrl(site, routes.feed(locale.code)),
    pageUrl: absoluteUrl(site, routes.home(locale.code)),
    title: t('site.title'),
    subtitle: t('site.description', { count: countWord(reports.length, locale.code) }),
    lang: locale.lang,
    entries: reports.map((r) => ({
      url: absoluteUrl(site, routes.report(locale.code, r.slug)),
      title: isEnglish ? r.data.en.headline : r.header.headline,
      summary: isEnglish ? r.data.en.summary : r.summary,
      published: r.data.published,
      authors: r.data.authors.map((a) => a.name),
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
