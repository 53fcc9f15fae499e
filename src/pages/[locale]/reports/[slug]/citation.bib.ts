/** citation.bib: classic BibTeX (journal, year, month), written from the report's citation record. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition, reportStaticPaths } from '../../../../lib/archive.ts';
import { bibtex } from '../../../../lib/cite/bibtex.ts';
import { downloadRecord } from '../../../../lib/cite/page-citations.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export const getStaticPaths: GetStaticPaths = () => reportStaticPaths((l) => l.hasReportText);

export const GET: APIRoute = ({ props, site }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return new Response(bibtex(downloadRecord(report, locale, site, getEdition())), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
