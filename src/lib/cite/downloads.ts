/**
 * A report's downloadable files in one script: its citation record as BibTeX, BibLaTeX, RIS and CSL-JSON, and its
 * text as plain text. One function writes each, for both ways they reach a reader: `astro dev` serves them from
 * their own endpoints (src/pages/[locale]/reports/[slug]/*.ts), and the build writes them from one bundle per
 * report (download-bundle.ts), so the two cannot drift apart.
 */
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/strings.ts';
import type { Edition } from '../publish/edition.ts';
import type { LocalizedReport } from '../text/localize.ts';
import { biblatex, bibtex } from './bibtex.ts';
import { downloadRecord } from './page-citations.ts';
import { ris } from './ris.ts';
import { plainText } from './text-export.ts';

/** The files, by name in the report's folder, with the type a server should give each. */
export const DOWNLOADS = {
  'citation.bib': 'application/x-bibtex; charset=utf-8',
  'citation-biblatex.bib': 'application/x-bibtex; charset=utf-8',
  'citation.ris': 'application/x-research-info-systems; charset=utf-8',
  'citation.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  'text.txt': 'text/plain; charset=utf-8',
} as const;

export type DownloadName = keyof typeof DOWNLOADS;

export const DOWNLOAD_NAMES = Object.keys(DOWNLOADS) as DownloadName[];

/** One file's text. */
export function downloadText(name: DownloadName, report: LocalizedReport, locale: Locale, site: URL | undefined, edition: Edition): string {
  if (name === 'text.txt') return plainText(report, edition, useTranslations(locale.code)('cite.edition'));
  const record = downloadRecord(report, locale, site, edition);
  if (name === 'citation.bib') return bibtex(record);
  if (name === 'citation-biblatex.bib') return biblatex(record);
  if (name === 'citation.ris') return ris(record);
  return JSON.stringify([record], null, 2) + '\n';
}

/** One file as an endpoint's response (`astro dev`). */
export function downloadResponse(
  name: DownloadName,
  report: LocalizedReport,
  locale: Locale,
  site: URL | undefined,
  edition: Edition,
): Response {
  return new Response(downloadText(name, report, locale, site, edition), { headers: { 'Content-Type': DOWNLOADS[name] } });
}
