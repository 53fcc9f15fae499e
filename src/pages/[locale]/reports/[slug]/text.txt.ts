/** text.txt: the report in this script as plain text, each paragraph prefixed with its permanent id. */
import type { APIRoute } from 'astro';
import { getEdition } from '../../../../lib/archive.ts';
import { plainText } from '../../../../lib/cite/text-export.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';
import { useTranslations } from '../../../../lib/i18n/strings.ts';
import type { LocalizedReport } from '../../../../lib/text/localize.ts';

export { getStaticPaths } from './citation.bib.ts';

export const GET: APIRoute = ({ props }) => {
  const { locale, report } = props as { locale: Locale; report: LocalizedReport };
  return new Response(plainText(report, getEdition(), useTranslations(locale.code)('cite.edition')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
