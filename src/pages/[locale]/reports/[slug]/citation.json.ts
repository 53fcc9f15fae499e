/** citation.json: the citation record itself, CSL-JSON (a list of items), as Zotero, Mendeley and citeproc read it. */
import type { APIRoute } from 'astro';
import { getEdition } from '../../../../lib/archive.ts';
import { downloadRecord } from '../../../../lib/cite/page-citations.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export { getStaticPaths } from './citation.bib.ts';

export const GET: APIRoute = ({ props, site }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return new Response(JSON.stringify([downloadRecord(report, locale, site, getEdition())], null, 2) + '\n', {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
