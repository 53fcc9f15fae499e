/** /data/reports/<slug>.json: a report's text by paragraph id in every script, with source lines and edition. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition, getReports, getReportVersions } from '../../../lib/archive.ts';
import { textExport } from '../../../lib/cite/text-export.ts';
import { SOURCE_LOCALE } from '../../../lib/i18n/locales.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getReports(SOURCE_LOCALE)).map((report) => ({ params: { slug: report.slug } }));

export const GET: APIRoute = async ({ params }) => {
  const versions = (await getReportVersions()).get(params.slug!)!;
  const data = textExport(versions, getEdition(), { title: versions[0]!.report.data.en.headline });
  return new Response(JSON.stringify(data, null, 1) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
