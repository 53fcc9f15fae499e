/**
 * A report as one locale shows it. Chinese locales get every string — headline,
 * header, summary, section titles, each whole paragraph — converted in one
 * place; ids and numbers are untouched, so they match across scripts.
 */
import { forLocale } from '../i18n/convert.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Report } from '../model/schema.ts';
import type { Block, ReportBody } from './blocks.ts';
import { type ReportHeader, reportHeader } from './header.ts';

export interface LocalizedReport {
  slug: string;
  data: Report;
  header: ReportHeader;
  summary: string;
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
      headline: c(header.headline),
      ...(header.subtitle ? { subtitle: c(header.subtitle) } : {}),
      bylines: header.bylines.map(c),
      dateline: c(header.dateline),
    },
    summary: c(data.summary),
    body: {
      lede: body.lede.map(block),
      sections: body.sections.map((s) => ({ ...s, title: c(s.title), blocks: s.blocks.map(block) })),
    },
  };
}
