/**
 * Narrowing search to quotations: the build lists, per paragraph, who is quoted in it; the search page keeps
 * only the paragraphs that quote anyone (ANY_QUOTE) or the chosen speaker. Pagefind indexes report pages
 * only, so results still land on paragraphs.
 */

/** The filter value for "any quotation"; any other non-empty value is a speaker's entry id. */
export const ANY_QUOTE = 'any';

export interface QuoteFilterData {
  label: string;
  anyLabel: string;
  /** [entry id, name in the page's locale], in the order the speakers are first quoted. */
  speakers: [string, string][];
  /** `${report slug}#${paragraph id}` → ids of the speakers quoted there. */
  paragraphs: Record<string, string[]>;
}

interface QuoteLike {
  quote: { report: string; paragraph: string; speaker: string };
  speakerName: string;
}

export const paragraphKey = (slug: string, paragraphId: string) => `${slug}#${paragraphId}`;

export function quoteFilterData(quotes: readonly QuoteLike[], label: string, anyLabel: string): QuoteFilterData {
  const speakers = new Map<string, string>();
  const paragraphs: Record<string, string[]> = {};
  for (const { quote, speakerName } of quotes) {
    if (!speakers.has(quote.speaker)) speakers.set(quote.speaker, speakerName);
    const list = (paragraphs[paragraphKey(quote.report, quote.paragraph)] ??= []);
    if (!list.includes(quote.speaker)) list.push(quote.speaker);
  }
  return { label, anyLabel, speakers: [...speakers], paragraphs };
}

/** The report slug of a report page URL (site-root or relative), if it is one. */
export function reportSlugOf(url: string): string | undefined {
  return /(?:^|\/)reports\/([^/]+)\/?$/.exec(url.replace(/[?#].*$/, ''))?.[1];
}

/** Whether a paragraph passes the quotation filter ('' lets everything through). */
export function passesQuoteFilter(
  data: Pick<QuoteFilterData, 'paragraphs'>,
  choice: string,
  slug: string | undefined,
  paragraphId: string,
): boolean {
  if (!choice) return true;
  const quoted = slug ? data.paragraphs[paragraphKey(slug, paragraphId)] : undefined;
  if (!quoted) return false;
  return choice === ANY_QUOTE || quoted.includes(choice);
}
