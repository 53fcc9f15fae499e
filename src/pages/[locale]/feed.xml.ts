/**
 * /<locale>/feed.xml: an Atom feed of the reports in this locale, with absolute URLs from the site URL, or, in an
 * archive built without one, URLs relative to the feed (which sits in the locale's folder).
 */
import type { APIRoute } from 'astro';
import { getEnglishReport, getReports, getTranslation } from '../../lib/archive.ts';
import { countWord } from '../../lib/i18n/count-words.ts';
import { type Locale, localeStaticPaths } from '../../lib/i18n/locales.ts';
import { useTranslations } from '../../lib/i18n/strings.ts';
import { atomFeed, type FeedEntry } from '../../lib/publish/atom.ts';
import { summaryWithTranslationNote } from '../../lib/translation/labels.ts';
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
    entries: await Promise.all(
      reports.map(async (r): Promise<FeedEntry> => {
        const entry = {
          url: url(routes.report(locale.code, r.slug)),
          title: isEnglish ? r.data.en.headline : r.header.headline,
          summary: isEnglish ? r.data.en.summary : r.summary,
          published: r.data.published,
          // Names as the report page prints them (converted on Traditional feeds; the original on English ones).
          authors: r.authors.map((a) => a.name),
        };
        // An English entry whose page shows the archive's translation says so, and links the Chinese original.
        const english = isEnglish ? await getEnglishReport(r.slug) : undefined;
        if (!english) return entry;
        // The original sits in the Simplified folder, beside this feed's.
        const original = site ? absoluteUrl(site, routes.report('zh-hans', r.slug)) : `..${routes.report('zh-hans', r.slug)}`;
        const romanised = (await getTranslation(r.slug))?.data.authors.map((a) => a.en);
        return {
          ...entry,
          title: english.header.headline,
          ...(romanised ? { authors: romanised } : {}),
          summary: summaryWithTranslationNote(entry.summary, t('translation.feedNote', { url: original })),
          related: { url: original, lang: 'zh-Hans', title: t('translation.original') },
        };
      }),
    ),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
