/**
 * The citations a report page shows: of the page itself, or — on English
 * pages, which carry no report text — of the Simplified original.
 */
import { getLocale, type Locale } from '../i18n/locales.ts';
import { uiStrings } from '../i18n/strings.ts';
import type { LocalizedReport } from '../text/localize.ts';
import { absoluteUrl, routes } from '../url/routes.ts';
import { type Citations, citationInput, citations } from './index.ts';

export function citedLocale(locale: Locale): Locale {
  return locale.hasReportText ? locale : getLocale('zh-hans');
}

export function pageCitations(
  report: LocalizedReport,
  locale: Locale,
  site: URL | string,
  paragraph?: { id: string; number: number },
): Citations {
  const cited = citedLocale(locale);
  return citations(
    citationInput(report, cited, {
      url: absoluteUrl(site, routes.report(cited.code, report.slug)),
      archiveTitle: uiStrings(cited.code)['site.title'],
      ...(paragraph ? { paragraph } : {}),
    }),
  );
}
