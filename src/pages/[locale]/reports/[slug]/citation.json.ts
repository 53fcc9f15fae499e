import type { APIRoute } from 'astro';
import { pageCitations } from '../../../../lib/cite/page-citations.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export { getStaticPaths } from './citation.bib.ts';

/** CSL-JSON is a list of items. */
export const GET: APIRoute = ({ props, site }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return new Response(JSON.stringify([pageCitations(report, locale, site!).csl], null, 2) + '\n', {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
