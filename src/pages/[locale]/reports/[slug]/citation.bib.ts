import type { APIRoute, GetStaticPaths } from 'astro';
import { reportStaticPaths } from '../../../../lib/archive.ts';
import { pageCitations } from '../../../../lib/cite/page-citations.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export const getStaticPaths: GetStaticPaths = () => reportStaticPaths((l) => l.hasReportText);

export const GET: APIRoute = ({ props, site }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return new Response(pageCitations(report, locale, site!).bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
