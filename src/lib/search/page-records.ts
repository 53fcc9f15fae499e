/**
 * Pagefind's record of one page (a fragment file: gzip of a signature and
 * JSON) and what the search page reads from it: the page's URL under the
 * archive root, its title, its filter values and its paragraphs in reading
 * order with their section. Shared by both engines (src/scripts/search/), so a
 * result is the same whether Pagefind listed the page or the build did.
 */
import type { Paragraph } from './match.ts';
import { passesQuoteFilter, reportSlugOf } from './quote-filter.ts';

/** What the search page reads of a page's record (Pagefind's `data()` gives the same fields). */
export interface PageRecord {
  url: string;
  meta: { title?: string };
  anchors: { element: string; id: string; text: string }[];
  filters?: Record<string, string[]>;
}

/** Pagefind writes this signature before the JSON of every file it compresses. */
const SIGNATURE = 'pagefind_dcd';
const PARAGRAPH_ID = /^(s\d+-)?p\d+$/;

/** Whether the bytes are still gzip (a host that serves the file with Content-Encoding: gzip hands over the JSON). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A record from a fragment file's uncompressed bytes; the error names the file and what is wrong with it. */
export function parseRecord(bytes: Uint8Array, file: string): PageRecord {
  const text = new TextDecoder().decode(bytes);
  if (!text.startsWith(SIGNATURE))
    throw new Error(`${file}: not a Pagefind record (no "${SIGNATURE}" signature); rebuild the archive so its index is whole.`);
  const record = JSON.parse(text.slice(SIGNATURE.length)) as PageRecord;
  if (typeof record.url !== 'string' || !Array.isArray(record.anchors))
    throw new Error(`${file}: a Pagefind record without "url" or "anchors"; rebuild the archive with the pinned Pagefind.`);
  return record;
}

/** The record's URL under the archive root, as Pagefind's baseUrl option gives it (one slash between the parts). */
export function recordUrl(raw: string, basePath: string): string {
  if (/^(https?:)?\/\//.test(raw)) return raw;
  return `${basePath}/${raw}`.replace(/\/+/g, '/');
}

/** Whether a page's filter values hold every chosen value (Pagefind's filters, applied to the record itself). */
export function passesFilters(record: Pick<PageRecord, 'filters'>, chosen: Record<string, string[]>): boolean {
  return Object.entries(chosen).every(([name, values]) => values.some((v) => record.filters?.[name]?.includes(v)));
}

/**
 * The paragraphs of a page that pass the quotation filter, in reading order, each with its section's title (the
 * lede's label before the first heading).
 */
export function recordParagraphs(
  page: PageRecord,
  ledeLabel: string,
  quoteParagraphs: Record<string, string[]>,
  quoteChoice: string,
): Paragraph[] {
  const slug = reportSlugOf(page.url);
  let section = ledeLabel;
  const out: Paragraph[] = [];
  for (const a of page.anchors) {
    if (a.element === 'h2') section = a.text;
    else if (a.element === 'p' && PARAGRAPH_ID.test(a.id) && passesQuoteFilter({ paragraphs: quoteParagraphs }, quoteChoice, slug, a.id))
      out.push({ url: page.url, pageTitle: page.meta.title ?? '', id: a.id, sectionTitle: section, text: a.text });
  }
  return out;
}
