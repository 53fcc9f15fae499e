/**
 * The citation a report page shows and offers for download: of the page itself, or — on English pages, which carry
 * no report text — of the Simplified original. One record per (report, cited script), rendered once per build.
 */
import { getLocale, type Locale, type LocaleCode } from '../i18n/locales.ts';
import { uiStrings } from '../i18n/strings.ts';
import type { Edition } from '../publish/edition.ts';
import type { LocalizedHeading, LocalizedReport } from '../text/localize.ts';
import { absoluteUrl, routes } from '../url/routes.ts';
import { type CitedAddress } from './marks.ts';
import { citationRecord, type CslRecord } from './record.ts';
import { RecentCache } from './recent-cache.ts';
import { prefetchCitations, renderCitations, type RenderedCitations } from './render.ts';

export function citedLocale(locale: Locale): Locale {
  return locale.hasReportText ? locale : getLocale('zh-hans');
}

export interface ReportCitation {
  /** The locale whose page is cited. */
  cited: Locale;
  /** The record as downloads carry it: the absolute URL when the site URL is known, else none. */
  record: CslRecord;
  /** Every style, rendered once, with marks for address, access date and paragraph. */
  rendered: RenderedCitations;
  /** Where the cited page is. */
  address: CitedAddress;
  edition: Edition;
}

/** "Edition 3f2a… (2026-11-27)" in the cited page's language, for notes in downloads. */
export function editionNote(edition: Edition, code: LocaleCode): string {
  const t = uiStrings(code);
  return `${t['cite.edition']} ${edition.id} (${edition.date ?? t['cite.editionUnrecorded']})`;
}

/**
 * Each report's citation in each script is asked for by seven routes, one route after the other: keeping every one
 * for the whole build held three per report in memory. Only the last few are kept; a later route's request derives
 * the citation again, which costs no citeproc render (render.ts keeps the rendered forms per record shape).
 */
const cache = new RecentCache<string, Promise<ReportCitation>>(64);

/** The record a page cites, as it shows it (downloads add the edition note). */
function shownRecord(report: LocalizedHeading, cited: Locale, url: string | undefined, note?: string): CslRecord {
  return citationRecord(report, cited, { archiveTitle: uiStrings(cited.code)['site.title'], url, note });
}

/** The cited page's address: its site-root path, and the absolute URL when the site URL is known. */
function citedAddress(report: LocalizedReport, cited: Locale, site: URL | undefined): CitedAddress {
  const path = routes.report(cited.code, report.slug);
  return { href: path, absolute: site ? absoluteUrl(site, path) : undefined };
}

/** The record as the page's downloads carry it (BibTeX, BibLaTeX, RIS, CSL-JSON): no render needed. */
export function downloadRecord(report: LocalizedReport, locale: Locale, site: URL | undefined, edition: Edition): CslRecord {
  const cited = citedLocale(locale);
  return shownRecord(report, cited, citedAddress(report, cited, site).absolute, editionNote(edition, cited.code));
}

export function reportCitation(report: LocalizedReport, locale: Locale, site: URL | undefined, edition: Edition): Promise<ReportCitation> {
  const cited = citedLocale(locale);
  const key = `${report.slug}@${cited.code}@${edition.id}@${site ?? ''}`;
  let citation = cache.get(key);
  if (!citation) {
    const record = downloadRecord(report, locale, site, edition);
    const { note: _downloadsOnly, ...shown } = record;
    const address = citedAddress(report, cited, site);
    citation = renderCitations(shown, key, report.data.en.headline).then((rendered) => ({ cited, record, rendered, address, edition }));
    cache.set(key, citation);
  }
  return citation;
}

/**
 * The build's head start on citations (render.ts `prefetchCitations`): these pages' records, in the order they will
 * be rendered. Shapes ignore the address and the edition note, so neither is needed here.
 */
export function prefetchReportCitations(pages: readonly { report: LocalizedHeading; locale: Locale }[]): void {
  prefetchCitations(pages.map(({ report, locale }) => shownRecord(report, citedLocale(locale), undefined)));
}
