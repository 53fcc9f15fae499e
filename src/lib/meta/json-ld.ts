/** schema.org NewsArticle for a report page (JSON-LD data, not script: CSP does not execute it). */
import { OUTLET_INFO } from '../model/outlets.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedReport } from '../text/localize.ts';

export function newsArticleJsonLd(
  report: LocalizedReport,
  locale: Locale,
  options: { url?: string | undefined; archiveName: string; archiveUrl?: string | undefined; description: string },
): Record<string, unknown> {
  const english = !locale.hasReportText;
  const headline = english ? report.data.en.headline : report.header.headline + (report.header.subtitle ?? '');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: report.header.headlineIsEditorial && !english ? `[${headline}]` : headline,
    ...(report.header.headlineIsEditorial ? { alternativeHeadline: 'Title written by the archive; the source carries none.' } : {}),
    datePublished: report.data.published,
    author: report.data.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      affiliation: { '@type': 'NewsMediaOrganization', name: OUTLET_INFO[a.outlet].zh },
    })),
    publisher: report.data.outlets.map((o) => ({
      '@type': 'NewsMediaOrganization',
      name: OUTLET_INFO[o].zh,
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
