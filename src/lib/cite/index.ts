/**
 * Citations of a report, or of one paragraph, as a page in one locale shows
 * them: GB/T 7714-2015, APA, MLA, BibLaTeX and CSL-JSON.
 */
import { forLocale } from '../i18n/convert.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedReport } from '../text/localize.ts';
import { apa } from './apa.ts';
import { bibtex } from './bibtex.ts';
import { cslJson, type CslItem } from './csl-json.ts';
import { gbt7714 } from './gbt7714.ts';
import type { CitationInput } from './model.ts';
import { mla } from './mla.ts';

export interface Citations {
  gbt7714: string[];
  apa: string;
  mla: string;
  bibtex: string;
  csl: CslItem;
}

export function citationInput(
  report: LocalizedReport,
  locale: Locale,
  options: { url: string; archiveTitle: string; paragraph?: { id: string; number: number }; accessed?: string },
): CitationInput {
  const zh = (text: string) => forLocale(text, locale);
  return {
    // The full title: headline and subtitle (the subtitle carries its own leading ——).
    title: report.header.headline + (report.header.subtitle ?? ''),
    titleIsEditorial: report.header.headlineIsEditorial,
    titleEn: report.data.en.headline,
    authors: report.authors.map((a) => a.name),
    outlets: report.data.outlets,
    published: report.data.published,
    url: options.paragraph ? `${options.url}#${options.paragraph.id}` : options.url,
    archiveTitle: options.archiveTitle,
    language: locale.hasReportText ? locale.lang : 'zh-Hans',
    slug: report.slug,
    zh,
    ...(options.paragraph ? { paragraph: options.paragraph } : {}),
    ...(options.accessed ? { accessed: options.accessed } : {}),
  };
}

export function citations(input: CitationInput): Citations {
  return { gbt7714: gbt7714(input), apa: apa(input), mla: mla(input), bibtex: bibtex(input), csl: cslJson(input) };
}
