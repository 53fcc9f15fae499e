/** citation.ris: RIS (EndNote, Zotero, Mendeley), written from the citation record. */
import type { APIRoute } from 'astro';
import { getEdition } from '../../../../lib/archive.ts';
import { downloadRecord } from '../../../../lib/cite/page-citations.ts';
import { ris } from '../../../../lib/cite/ris.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export { getStaticPaths } from './citation.bib.ts';

export const GET: APIRoute = ({ props, site }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return new Response(ris(downloadRecord(report, locale, site, getEdition())), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
