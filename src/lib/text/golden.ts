/**
 * The converted text of a report as a reviewable snapshot: header, summary,
 * section titles and every paragraph, one per line, each with its id. The
 * golden files in tests/golden/<locale>/ are this text, reviewed line by line.
 */
import type { Report } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ReportBody } from './blocks.ts';
import { localizeReport } from './localize.ts';

export function goldenText(slug: string, data: Report, body: ReportBody, locale: Locale): string {
  const r = localizeReport(slug, data, body, locale);
  const lines = [`headline\t${r.header.headline}`];
  if (r.header.subtitle) lines.push(`subtitle\t${r.header.subtitle}`);
  r.header.bylines.forEach((b) => lines.push(`byline\t${b}`));
  lines.push(`dateline\t${r.header.dateline}`, `summary\t${r.summary}`);
  const blocks = (list: ReportBody['lede']) =>
    list.forEach((b) => lines.push(b.kind === 'break' ? `break\t${b.text}` : `${b.id}\t${b.text}`));
  blocks(r.body.lede);
  for (const s of r.body.sections) {
    lines.push(`${s.id}\t${s.title}`);
    blocks(s.blocks);
  }
  return lines.join('\n') + '\n';
}

/** Where a report's golden snapshot for a locale lives, relative to the project root. */
export function goldenPath(localeCode: string, slug: string): string {
  return `tests/golden/${localeCode}/${slug}.txt`;
}
