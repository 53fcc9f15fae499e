/**
 * A Traditional search page of a large archive searches the Simplified index (src/lib/search/index-shards.ts):
 * this wraps its engine so each candidate's record comes in the page's own script, taken by paragraph id from the
 * report's text export (src/lib/search/record-in-script.ts). Each report's export is fetched once, when one of its
 * paragraphs is first checked.
 */
import type { TextExport } from '../../lib/cite/text-export.ts';
import { type ReportText, recordInScript, recordReportSlug, type ScriptSwap } from '../../lib/search/record-in-script.ts';
import type { Engine, PagefindResult } from './engine.ts';

async function fetchReportText(url: URL): Promise<ReportText> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${url.pathname}: ${response.status} ${response.statusText}; rebuild the archive so every report's text is published.`);
  const text = (await response.json()) as Partial<TextExport>;
  if (!text.slug || !text.headline || !Array.isArray(text.sections) || !Array.isArray(text.paragraphs))
    throw new Error(`${url.pathname}: not a report text export (no slug, headline, sections or paragraphs); rebuild the archive.`);
  return text as ReportText;
}

export function showInPageScript(engine: Engine, swap: ScriptSwap, siteRoot: URL): Engine {
  const texts = new Map<string, Promise<ReportText>>();
  const textOf = (slug: string) => {
    let text = texts.get(slug);
    if (!text) {
      text = fetchReportText(new URL(`data/reports/${slug}.json`, siteRoot));
      // A failed fetch is tried again by the next search (a dropped connection), not remembered.
      text.catch(() => texts.delete(slug));
      texts.set(slug, text);
    }
    return text;
  };
  const shown = (result: PagefindResult): PagefindResult => ({
    id: result.id,
    data: async () => {
      const record = await result.data();
      const slug = recordReportSlug(record, swap.fromLocale);
      return slug === null ? record : recordInScript(record, await textOf(slug), swap);
    },
  });
  return {
    candidates: async (query, filters) => {
      const { pages, later = [] } = await engine.candidates(query, filters);
      return { pages: pages.map(shown), later: later.map((source) => async () => (await source()).map(shown)) };
    },
    paragraphs: (pages, quoteChoice) => engine.paragraphs(pages, quoteChoice),
  };
}
