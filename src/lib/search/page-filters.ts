/**
 * The search page's filters, decided at build time and rendered as selects in
 * the page itself, so nothing moves when the engine starts. Report and outlet
 * are Pagefind filters (src/components/report/SearchFilters.astro marks them in
 * each report); the quotation filter is applied to paragraphs by the page.
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

interface ReportLike {
  slug: string;
  headline: string;
  outlets: readonly string[];
}

export interface FilterLabels {
  report: string;
  outlet: string;
  /** Outlet code → name in the page's locale. */
  outletNames: Record<string, string>;
}

/** Report (in archive order), outlet (those the reports have, in outletNames' order) and quotation filters. */
export function pageFilters(reports: readonly ReportLike[], labels: FilterLabels, quotes: QuoteFilterData): PageFilter[] {
  const present = new Set(reports.flatMap((r) => r.outlets));
  const outlets = Object.keys(labels.outletNames).filter((o) => present.has(o));
  return [
    { name: 'report', label: labels.report, options: reports.map((r) => [r.slug, r.headline]), pagefind: true },
    { name: 'outlet', label: labels.outlet, options: outlets.map((o) => [o, labels.outletNames[o]!]), pagefind: true },
    { name: QUOTE_FILTER, label: quotes.label, options: [[ANY_QUOTE, quotes.anyLabel], ...quotes.speakers], pagefind: false },
  ];
}

/** Each filter's name with the values the page offers: what may be read from the URL. */
export function filterChoices(filters: readonly Pick<PageFilter, 'name' | 'options'>[]): FilterChoices {
  return Object.fromEntries(filters.map((f) => [f.name, f.options.map(([value]) => value)]));
}
