/**
 * The engine of a small archive: the build listed the page records (Pagefind's
 * fragment files) of this page's language (src/lib/search/preload-stamp.ts), and
 * every one of them is checked paragraph by paragraph anyway, so the page
 * fetches them itself — no WebAssembly, nothing to compile. The fetches start
 * as soon as the engine is made; with a query in the URL that is when the
 * page's script first runs.
 */
import { isGzip, type PageRecord, parseRecord, passesFilters, recordParagraphs, recordUrl } from '../../lib/search/page-records.ts';
import { reportSlugOf } from '../../lib/search/quote-filter.ts';
import type { Engine, PagefindResult } from './engine.ts';

/** Whether this browser can unpack the records natively (else the page uses Pagefind, which carries its own gunzip). */
export const canReadRecords = () => typeof DecompressionStream === 'function';

async function bytesOf(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${url.pathname}: ${response.status} ${response.statusText}; rebuild the archive so its index is whole.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGzip(bytes)) return bytes;
  const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(unpacked).arrayBuffer());
}

export interface FetchedRecord {
  id: string;
  record: PageRecord;
}

/**
 * Fetch and read the records (URLs relative to the page); their URLs become paths under the archive root. `early`:
 * the bytes the head's script already fetched and unpacked (null where it failed), in the same order.
 */
export function fetchRecords(
  urls: readonly string[],
  siteRoot: URL,
  early?: Promise<readonly (ArrayBuffer | null)[]>,
): Promise<FetchedRecord[]> {
  const all = (early ?? Promise.resolve([]))
    .catch(() => [])
    .then((ready) =>
      Promise.all(
        urls.map(async (href, i) => {
          const url = new URL(href, location.href);
          const fetched = ready[i];
          const record = parseRecord(fetched ? new Uint8Array(fetched) : await bytesOf(url), url.pathname);
          return { id: url.pathname, record: { ...record, url: recordUrl(record.url, siteRoot.pathname) } };
        }),
      ),
    );
  // A failed fetch is reported by the search that needs it, not as an unhandled rejection.
  all.catch(() => {});
  return all;
}

/**
 * The engine over fetched records. reportOrder: report slugs in archive order, so results of equal rank come in the
 * order the archive lists its reports.
 */
export function recordEngine(
  fetched: readonly FetchedRecord[],
  reportOrder: readonly string[],
  quoteParagraphs: Record<string, string[]>,
  ledeLabel: string,
): Engine {
  const place = (record: PageRecord) => {
    const at = reportOrder.indexOf(reportSlugOf(record.url) ?? '');
    return at === -1 ? reportOrder.length : at;
  };
  const pages = [...fetched].sort((a, b) => place(a.record) - place(b.record));

  return {
    async candidates(_query, filters) {
      return {
        pages: pages.filter((p) => passesFilters(p.record, filters)).map((p): PagefindResult => ({ id: p.id, data: async () => p.record })),
      };
    },
    async paragraphs(candidates, quoteChoice) {
      const records = await Promise.all(candidates.map((c) => c.data()));
      return records.flatMap((record) => recordParagraphs(record, ledeLabel, quoteParagraphs, quoteChoice));
    },
  };
}
