/**
 * The report header as the archive prints it: headline, subtitle, bylines,
 * dateline. Bylines are built from the author data the way the papers print
 * them ("新华社记者 郝薇薇 杨依军"), one line per outlet, in author order.
 */
import { OUTLET_INFO } from '../model/outlets.ts';
import type { Report } from '../model/schema.ts';

export interface ReportHeader {
  headline: string;
  headlineIsEditorial: boolean;
  subtitle?: string;
  bylines: string[];
  dateline: string;
}

export function bylines(report: Pick<Report, 'authors'>): string[] {
  const groups = new Map<string, string[]>();
  for (const author of report.authors) {
    const names = groups.get(author.outlet) ?? [];
    names.push(author.name);
    groups.set(author.outlet, names);
  }
  return [...groups].map(([outlet, names]) => `${OUTLET_INFO[outlet as keyof typeof OUTLET_INFO].reporterLabel} ${names.join(' ')}`);
}

export function reportHeader(report: Report): ReportHeader {
  return {
    headline: report.headline.text,
    headlineIsEditorial: report.headline.kind === 'editorial',
    ...(report.subtitle ? { subtitle: report.subtitle } : {}),
    bylines: bylines(report),
    dateline: report.dateline,
  };
}

/** Header text in printed order, for fidelity checks. */
export function headerText(header: ReportHeader): string[] {
  return [header.headline, ...(header.subtitle ? [header.subtitle] : []), ...header.bylines, header.dateline];
}
