/**
 * A report's download bundle: the texts of its downloads in every script, by path. Build only: a build step writes
 * the files from it and removes it (src/lib/publish/download-bundle.ts says why); `astro dev` serves each download
 * from its own endpoint instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition, getReports, getReportVersions } from '../../lib/archive.ts';
import { DOWNLOAD_NAMES, downloadText } from '../../lib/cite/downloads.ts';
import { SOURCE_LOCALE } from '../../lib/i18n/locales.ts';
import type { DownloadBundle } from '../../lib/publish/download-bundle.ts';
import { routes } from '../../lib/url/routes.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  import.meta.env.PROD ? (await getReports(SOURCE_LOCALE)).map((report) => ({ params: { slug: report.slug } })) : [];

export const GET: APIRoute = async ({ params, site }) => {
  const bundle: DownloadBundle = { files: {} };
  for (const { locale, report } of (await getReportVersions()).get(params.slug!)!) {
    const folder = routes.report(locale.code, report.slug).slice(1);
    for (const name of DOWNLOAD_NAMES) bundle.files[folder + name] = downloadText(name, report, locale, site, getEdition());
  }
  return new Response(JSON.stringify(bundle), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
