/**
 * Tests only: the converted text of a report as a reviewable file snapshot — header, summary, section titles,
 * breaks and every paragraph, one per line, each with its id. tests/unit/golden.test.ts compares it with
 * tests/golden/<locale>/<slug>.txt (reviewed line by line); `npm run test:update` rewrites those files.
 */
import type { Report } from '../../src/lib/model/schema.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { ReportBody } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';

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
