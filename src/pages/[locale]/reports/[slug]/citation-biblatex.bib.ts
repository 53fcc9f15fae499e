/** citation-biblatex.bib: BibLaTeX for biber (journaltitle, date, @online), written from the citation record. */
import type { APIRoute } from 'astro';
import { getEdition } from '../../../../lib/archive.ts';
import { biblatex } from '../../../../lib/cite/bibtex.ts';
import { downloadRecord } from '../../../../lib/cite/page-citations.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export { getStaticPaths } from './citation.bib.ts';

export const GET: APIRoute = ({ props, site }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return new Response(biblatex(downloadRecord(report, locale, site, getEdition())), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
