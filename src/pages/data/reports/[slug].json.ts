/** /data/reports/<slug>.json: a report's text by paragraph id in every script, with source lines and edition. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition, getReports } from '../../../lib/archive.ts';
import { textExport } from '../../../lib/cite/text-export.ts';
import { LOCALES, SOURCE_LOCALE } from '../../../lib/i18n/locales.ts';
import type { LocalizedReport } from '../../../lib/text/localize.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getReports(SOURCE_LOCALE)).map((report) => ({ params: { slug: report.slug } }));

/** Every Chinese locale's reports by slug, built once for all export files. */
let bySlug: Promise<Map<string, { locale: (typeof LOCALES)[number]; report: LocalizedReport }[]>> | undefined;
function versionsBySlug() {
  bySlug ??= (async () => {
    const map = new Map<string, { locale: (typeof LOCALES)[number]; report: LocalizedReport }[]>();
    for (const locale of LOCALES.filter((l) => l.hasReportText))
      for (const report of await getReports(locale)) map.set(report.slug, [...(map.get(report.slug) ?? []), { locale, report }]);
    return map;
  })();
  return bySlug;
}

export const GET: APIRoute = async ({ params }) => {
  const versions = (await versionsBySlug()).get(params.slug!)!;
  const data = textExport(versions, getEdition(), { title: versions[0]!.report.data.en.headline });
  return new Response(JSON.stringify(data, null, 1) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
