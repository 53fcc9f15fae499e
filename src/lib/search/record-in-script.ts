/**
 * A Simplified page record shown on a Traditional search page. A large archive indexes its Chinese text once, in
 * Simplified (src/lib/search/index-shards.ts); the Taiwan and Hong Kong search pages take Pagefind's Simplified
 * record of a report and give it their own script: the report's URL in their locale, its headline, section titles and
 * paragraphs from the report's text export (/data/reports/<slug>.json, every script by paragraph id), which is the
 * text their own report page shows. Everything else (filters, the order of anchors) is the record's own.
 */
import type { TextExport } from '../cite/text-export.ts';
import type { PageRecord } from './page-records.ts';

const SECTION_ID = /^s\d+$/;
const PARAGRAPH_ID = /^(s\d+-)?p\d+$/;

/** What the conversion reads of a report's text export. */
export type ReportText = Pick<TextExport, 'slug' | 'headline' | 'sections' | 'paragraphs'>;

export interface ScriptSwap {
  /** URL prefix of the indexed locale ("zh-hans") and of the page's own ("zh-tw"). */
  fromLocale: string;
  toLocale: string;
  /** BCP 47 tag of the page's script, the key of its text in the export ("zh-Hant-TW"). */
  lang: string;
}

/** The report page a record's URL names, split around its locale: null for any other page. */
function reportUrlParts(url: string, locale: string): { before: string; slug: string; after: string } | null {
  const m = new RegExp(`^(.*/)${locale}/reports/([a-z0-9][a-z0-9-]*)/(.*)$`).exec(url);
  return m ? { before: m[1]!, slug: m[2]!, after: m[3]! } : null;
}

/** The slug of the report a record of the indexed locale belongs to (null: not a report page). */
export function recordReportSlug(record: Pick<PageRecord, 'url'>, fromLocale: string): string | null {
  return reportUrlParts(record.url, fromLocale)?.slug ?? null;
}

/**
 * The record as the page's own locale shows it. Throws, naming the report and the paragraph, when the export does not
 * hold what the record names (an index and a text export from different builds).
 */
export function recordInScript(record: PageRecord, text: ReportText, swap: ScriptSwap): PageRecord {
  const parts = reportUrlParts(record.url, swap.fromLocale);
  if (!parts || parts.slug !== text.slug)
    throw new Error(`${record.url}: not the ${swap.fromLocale} page of report "${text.slug}"; rebuild the archive so its index is whole.`);
  const inScript = (what: string, texts: Record<string, string> | undefined): string => {
    const found = texts?.[swap.lang];
    if (found === undefined)
      throw new Error(
        `/data/reports/${text.slug}.json has no ${swap.lang} text for ${what}; rebuild the archive so its index and text agree.`,
      );
    return found;
  };
  const sections = new Map(text.sections.map((s) => [s.id, s.title]));
  const paragraphs = new Map(text.paragraphs.map((p) => [p.id, p.text]));
  return {
    ...record,
    url: `${parts.before}${swap.toLocale}/reports/${parts.slug}/${parts.after}`,
    meta: { ...record.meta, title: inScript('its headline', text.headline) },
    anchors: record.anchors.map((a) => {
      if (a.element === 'h2' && sections.has(a.id)) return { ...a, text: inScript(`section ${a.id}`, sections.get(a.id)) };
      if (a.element === 'p' && paragraphs.has(a.id)) return { ...a, text: inScript(`paragraph ${a.id}`, paragraphs.get(a.id)) };
      if ((a.element === 'h2' && SECTION_ID.test(a.id)) || (a.element === 'p' && PARAGRAPH_ID.test(a.id)))
        throw new Error(
          `/data/reports/${text.slug}.json has no ${a.element === 'h2' ? 'section' : 'paragraph'} "${a.id}"; rebuild the archive.`,
        );
      return a;
    }),
  };
}
