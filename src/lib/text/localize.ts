/**
 * A report as one locale shows it. Chinese locales get every string — headline,
 * header, summary, section titles, each whole paragraph — converted in one
 * place; ids and numbers are untouched, so they match across scripts. What the
 * archive writes itself (the summary, an editorial headline) is also given the
 * region's wording; the report's own words are only converted. Every output
 * (page, feed, JSON-LD, citation files) reads the report from here.
 */
import { forLocale } from '../i18n/convert.ts';
import { ownText } from '../i18n/regional.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Report } from '../model/schema.ts';
import type { Block, ReportBody } from './blocks.ts';
import { type ReportHeader, reportHeader } from './header.ts';

export interface LocalizedReport {
  slug: string;
  data: Report;
  header: ReportHeader;
  summary: string;
  /** The authors with their names in the locale's script (outlets stay codes). */
  authors: Report['authors'];
  body: ReportBody;
}

/** What a report's citation records read: the report as one locale shows it, without its body. */
export type LocalizedHeading = Omit<LocalizedReport, 'body'>;

/**
 * The report's heading in one locale: the cheap part of localizeReport (its strings are short), so the build can
 * start rendering citations before the bodies, most of the conversion, are converted.
 */
export function localizeHeading(slug: string, data: Report, locale: Locale): LocalizedHeading {
  const c = (text: string) => forLocale(text, locale);
  const header = reportHeader(data);
  return {
    slug,
    data,
    header: {
      ...header,
      headline: header.headlineIsEditorial ? ownText(header.headline, locale) : c(header.headline),
      ...(header.subtitle ? { subtitle: c(header.subtitle) } : {}),
      bylines: header.bylines.map(c),
      dateline: c(header.dateline),
    },
    summary: ownText(data.summary, locale),
    authors: data.authors.map((a) => ({ ...a, name: c(a.name) })),
  };
}

export function localizeReport(slug: string, data: Report, body: ReportBody, locale: Locale): LocalizedReport {
  const c = (text: string) => forLocale(text, locale);
  const block = (b: Block): Block => ({ ...b, text: c(b.text) });
  return {
    ...localizeHeading(slug, data, locale),
    body: {
      lede: body.lede.map(block),
      sections: body.sections.map((s) => ({ ...s, title: c(s.title), blocks: s.blocks.map(block) })),
    },
  };
}
