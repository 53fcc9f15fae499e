/**
 * The one citation record of a report as one page cites it: CSL-JSON, the format citeproc-js, Zotero and Mendeley
 * read. Every visible citation and every download is derived from it.
 *
 * Item types: a report carried by a newspaper (report A, in People's Daily) is a newspaper article consulted online
 * (GB/T 7714 gives [N/OL]); one only an agency released (report B, Xinhua) is a web document ([EB/OL]), with the
 * agency as publisher and its seat as place. A report both outlets carried gets one record, the newspaper's: the
 * fixed, library-held form, so a researcher's reference manager holds one item, not two for one text.
 */
import { OUTLET_INFO } from '../model/outlets.ts';
import { beijingDate } from '../format/dates.ts';
import { forLocale } from '../i18n/convert.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedHeading } from '../text/localize.ts';

type DateParts = { 'date-parts': [[number, number, number]] };

export interface CslRecord {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author: { literal: string }[];
  /** The newspaper (newspaper articles only). */
  'container-title'?: string;
  /** The agency and its seat (web documents only). */
  publisher?: string;
  'publisher-place'?: string;
  issued: DateParts;
  accessed?: DateParts;
  /** Absent when the archive was built without a site URL and the address is not known. */
  URL?: string;
  /** CSL language tag: citeproc's styles read zh-CN / zh-TW. */
  language: string;
  /** Where the copy cited was consulted: this archive. */
  archive: string;
  /** The archive edition the text was taken from (downloads only). */
  note?: string;
}

/** CSL language of a page: citeproc and Zotero know zh-CN, zh-TW and zh-HK, not script subtags. */
const CSL_LANGUAGE: Record<string, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant-TW': 'zh-TW', 'zh-Hant-HK': 'zh-HK' };

function dateParts(isoDay: string): DateParts {
  const { year, month, day } = beijingDate(isoDay);
  return { 'date-parts': [[year, month, day]] };
}

/** The title as the page shows it; a title the archive wrote (the source has none) stands in [ ], as a description. */
export function recordTitle(report: LocalizedHeading): string {
  const full = report.header.headline + (report.header.subtitle ?? '');
  return report.header.headlineIsEditorial ? `[${full}]` : full;
}

export function citationRecord(
  report: LocalizedHeading,
  cited: Locale,
  options: { archiveTitle: string; url?: string | undefined; accessed?: string | undefined; note?: string | undefined },
): CslRecord {
  const zh = (text: string) => forLocale(text, cited);
  const newspaper = report.data.outlets.find((o) => OUTLET_INFO[o].kind === 'newspaper');
  const agency = OUTLET_INFO[report.data.outlets[0]!];
  return {
    id: report.slug,
    type: newspaper ? 'article-newspaper' : 'webpage',
    title: recordTitle(report),
    author: report.data.authors.map((a) => ({ literal: zh(a.name) })),
    ...(newspaper
      ? { 'container-title': zh(OUTLET_INFO[newspaper].zh) }
      : { publisher: zh(agency.zh), 'publisher-place': zh(agency.place) }),
    issued: dateParts(report.data.published),
    ...(options.accessed ? { accessed: dateParts(options.accessed) } : {}),
    ...(options.url ? { URL: options.url } : {}),
    language: CSL_LANGUAGE[cited.lang] ?? 'zh-CN',
    archive: options.archiveTitle,
    ...(options.note ? { note: options.note } : {}),
  };
}
