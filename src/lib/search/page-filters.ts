/**
 * The search page's filters, decided at build time and rendered as selects in
 * the page itself, so nothing moves when the engine starts. Report (or, in a
 * large archive, month) and outlet are Pagefind filters
 * (src/components/report/SearchFilters.astro marks them in each report); the
 * quotation filter is applied to paragraphs by the page.
 */
import type { FilterChoices } from './url-state.ts';
import { ANY_QUOTE, type QuoteFilterData } from './quote-filter.ts';

/** The URL parameter and select name of the quotation filter (not a Pagefind filter). */
export const QUOTE_FILTER = 'quote';

export interface PageFilter {
  name: string;
  label: string;
  /** [value, label]; the page adds "all" (value '') first. */
  options: [value: string, label: string][];
  /** Whether Pagefind applies it (else the page does, per paragraph). */
  pagefind: boolean;
}

/**
 * With more reports than this the report filter gives way to one by month of publication: a list that long is no
 * use to a reader, and every report puts its headline in the page (about 90 bytes; 10,000 reports made the page
 * 1.4 MB, DOMContentLoaded near 2 s).
 */
export const REPORT_FILTER_MAX = 100;

interface ReportLike {
  slug: string;
  headline: string;
  outlets: readonly string[];
  /** ISO 8601 with the publisher's offset ('2025-06-19T00:00:00+08:00'). */
  published: string;
}

/** A report's month of publication as its Pagefind filter value ("2025-06"), in the publisher's own time zone. */
export function reportMonth(published: string): string {
  const month = /^(\d{4}-\d{2})-\d{2}/.exec(published)?.[1];
  if (!month) throw new Error(`publication date "${published}" does not begin with YYYY-MM-DD`);
  return month;
}

export interface FilterLabels {
  report: string;
  month: string;
  /** "2025-06" → the month's name in the page's language. */
  monthName: (month: string) => string;
  outlet: string;
  /** Outlet code → name in the page's locale. */
  outletNames: Record<string, string>;
}

/**
 * Report (in archive order; by month, oldest first, beyond REPORT_FILTER_MAX reports), outlet (those the reports
 * have, in outletNames' order) and quotation filters.
 */
export function pageFilters(reports: readonly ReportLike[], labels: FilterLabels, quotes: QuoteFilterData): PageFilter[] {
  const present = new Set(reports.flatMap((r) => r.outlets));
  const outlets = Object.keys(labels.outletNames).filter((o) => present.has(o));
  const months = [...new Set(reports.map((r) => reportMonth(r.published)))].sort();
  return [
    reports.length <= REPORT_FILTER_MAX
      ? { name: 'report', label: labels.report, options: reports.map((r) => [r.slug, r.headline]), pagefind: true }
      : { name: 'month', label: labels.month, options: months.map((m) => [m, labels.monthName(m)]), pagefind: true },
    { name: 'outlet', label: labels.outlet, options: outlets.map((o) => [o, labels.outletNames[o]!]), pagefind: true },
    { name: QUOTE_FILTER, label: quotes.label, options: [[ANY_QUOTE, quotes.anyLabel], ...quotes.speakers], pagefind: false },
  ];
}

/** Each filter's name with the values the page offers: what may be read from the URL. */
export function filterChoices(filters: readonly Pick<PageFilter, 'name' | 'options'>[]): FilterChoices {
  return Object.fromEntries(filters.map((f) => [f.name, f.options.map(([value]) => value)]));
}
