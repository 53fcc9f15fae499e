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

export function localizeReport(slug: string, data: Report, body: ReportBody, locale: Locale): LocalizedReport {
  const c = (text: string) => forLocale(text, locale);
  const header = reportHeader(data);
  const block = (b: Block): Block => ({ ...b, text: c(b.text) });
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
    body: {
      lede: body.lede.map(block),
      sections: body.sections.map((s) => ({ ...s, title: c(s.title), blocks: s.blocks.map(block) })),
    },
  };
}
