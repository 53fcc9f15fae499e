/**
 * schema.org NewsArticle for a report page (JSON-LD data, not script: CSP does
 * not execute it). Names read as the page prints them: the authors from the
 * localized report, outlet names converted for Traditional locales.
 */
import { OUTLET_INFO } from '../model/outlets.ts';
import { forLocale } from '../i18n/convert.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedReport } from '../text/localize.ts';

export function newsArticleJsonLd(
  report: LocalizedReport,
  locale: Locale,
  options: { url?: string | undefined; archiveName: string; archiveUrl?: string | undefined; description: string },
): Record<string, unknown> {
  const english = !locale.hasReportText;
  const outletName = (o: keyof typeof OUTLET_INFO) => forLocale(OUTLET_INFO[o].zh, locale);
  const headline = english ? report.data.en.headline : report.header.headline + (report.header.subtitle ?? '');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: report.header.headlineIsEditorial && !english ? `[${headline}]` : headline,
    ...(report.header.headlineIsEditorial ? { alternativeHeadline: 'Title written by the archive; the source carries none.' } : {}),
    datePublished: report.data.published,
    author: report.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      affiliation: { '@type': 'NewsMediaOrganization', name: outletName(a.outlet) },
    })),
    publisher: report.data.outlets.map((o) => ({
      '@type': 'NewsMediaOrganization',
      name: outletName(o),
      alternateName: OUTLET_INFO[o].en,
    })),
    inLanguage: english ? 'en' : locale.lang,
    isPartOf: { '@type': 'WebSite', name: options.archiveName, ...(options.archiveUrl ? { url: options.archiveUrl } : {}) },
    // Absolute addresses only when the site URL is known; structured data has no use for a relative one.
    ...(options.url ? { url: options.url, mainEntityOfPage: options.url } : {}),
    description: options.description,
  };
}

/** Serialise for a <script type="application/ld+json"> element: "<" escaped so text can never close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
