/**
 * A report's download bundle: the texts of its downloads in every script and of its text export (/data/reports/), by
 * path. Build only: a build step writes the files from it and removes it (src/lib/publish/download-bundle.ts says
 * why); `astro dev` serves each file from its own endpoint instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition, getReports, getReportVersions } from '../../lib/archive.ts';
import { DOWNLOAD_NAMES, downloadText } from '../../lib/cite/downloads.ts';
import { reportTextJson } from '../../lib/cite/text-export.ts';
import { SOURCE_LOCALE } from '../../lib/i18n/locales.ts';
import type { DownloadBundle } from '../../lib/publish/download-bundle.ts';
import { routes } from '../../lib/url/routes.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  import.meta.env.PROD ? (await getReports(SOURCE_LOCALE)).map((report) => ({ params: { slug: report.slug } })) : [];

export const GET: APIRoute = async ({ params, site }) => {
  const bundle: DownloadBundle = { files: {} };
  const versions = (await getReportVersions()).get(params.slug!)!;
  for (const { locale, report } of versions) {
    const folder = routes.report(locale.code, report.slug).slice(1);
    for (const name of DOWNLOAD_NAMES) bundle.files[folder + name] = downloadText(name, report, locale, site, getEdition());
  }
  bundle.files[routes.reportTextJson(params.slug!).slice(1)] = reportTextJson(versions, getEdition());
  return new Response(JSON.stringify(bundle), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
