/**
 * citation.bib: classic BibTeX (journal, year, month), written from the report's citation record. This endpoint and
 * its four siblings serve `astro dev`; the build writes the same files from one bundle per report
 * (src/lib/publish/download-bundle.ts), so in a build they have no paths of their own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition, reportStaticPaths } from '../../../../lib/archive.ts';
import { downloadResponse } from '../../../../lib/cite/downloads.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export const getStaticPaths: GetStaticPaths = () => (import.meta.env.PROD ? [] : reportStaticPaths((l) => l.hasReportText));

export const GET: APIRoute = ({ props, site }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return downloadResponse('citation.bib', report, locale, site, getEdition());
};
