/** citation-biblatex.bib: BibLaTeX for biber (journaltitle, date, @online), written from the citation record. Served by `astro dev`; the build writes it from the report's download bundle (see citation.bib.ts). */
import type { APIRoute } from 'astro';
import { getEdition } from '../../../../lib/archive.ts';
import { downloadResponse } from '../../../../lib/cite/downloads.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export { getStaticPaths } from './citation.bib.ts';

export const GET: APIRoute = ({ props, site }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return downloadResponse('citation-biblatex.bib', report, locale, site, getEdition());
};
