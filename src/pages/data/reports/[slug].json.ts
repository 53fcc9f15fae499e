/**
 * /data/reports/<slug>.json: a report's text by paragraph id in every script, with source lines and edition. The build
 * writes it from the report's download bundle (src/pages/build-downloads/[slug].json.ts: one Astro page per report
 * instead of two); `astro dev` serves it here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition, getReports, getReportVersions } from '../../../lib/archive.ts';
import { reportTextJson } from '../../../lib/cite/text-export.ts';
import { SOURCE_LOCALE } from '../../../lib/i18n/locales.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  import.meta.env.PROD ? [] : (await getReports(SOURCE_LOCALE)).map((report) => ({ params: { slug: report.slug } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(reportTextJson((await getReportVersions()).get(params.slug!)!, getEdition()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
