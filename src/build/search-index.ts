/**
 * Build step: the Pagefind index (pagefind_extended, which segments Chinese) in shards of whole reports, the
 * primary in every indexed locale and the rest in one locale each (src/lib/search/index-shards.ts), each in its own
 * Pagefind process (search-index-shard.ts), at most `jobs` at once, so memory stays bounded by jobs × one shard.
 * After a shard fails no new one starts; those running finish before the step throws.
 */
import { open, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LOCALES } from '../lib/i18n/locales.ts';
import { type PublishedDates, reportSlugOfHtmlFile, shardPlan } from '../lib/search/index-shards.ts';
import { filesUnder } from './dist-files.ts';
import { indexShard } from './search-index-shard.ts';

/** The attribute that marks the text Pagefind indexes on a page. */
const PAGEFIND_BODY = /\sdata-pagefind-body[\s=>]/;

/** Where a report's text export names its publication date (near its start: src/lib/cite/text-export.ts). */
const PUBLISHED = /"published":\s*"([^"]*)"/;

/**
 * The reports' publication dates, from their text exports (/data/reports/<slug>.json): the newest go into the primary
 * shard. Only each file's first kilobyte is read, where the date stands (10,000 whole exports are 0.7 GB).
 */
async function publishedDates(distDir: string, slugs: readonly string[]): Promise<PublishedDates> {
  const dates: Record<string, string> = {};
  for (const slug of new Set(slugs)) {
    const file = join(distDir, 'data', 'reports', `${slug}.json`);
    const handle = await open(file).catch(() => {
      throw new Error(
        `${file}: missing, so report "${slug}" has no date to shard by; rebuild the archive so every report's text is published.`,
      );
    });
    try {
      const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(1024) });
      const date =
        PUBLISHED.exec(buffer.subarray(0, bytesRead).toString('utf8'))?.[1] ??
        (JSON.parse(await readFile(file, 'utf8')) as { published?: string }).published;
      if (!date) throw new Error(`${file}: no "published" date for report "${slug}"; rebuild the archive.`);
      dates[slug] = date;
    } finally {
      await handle.close();
    }
  }
  return dates;
}

export interface SearchIndexOptions {
  perShard: number;
  jobs: number;
  /** Called as each shard finishes (shards may finish out of order). */
  onShard?: (shard: number, total: number, pages: number) => void;
}

export async function buildSearchIndex(distDir: string, { perShard, jobs, onShard = () => {} }: SearchIndexOptions) {
  const pages = (await filesUnder(distDir, '.html')).map((f) => relative(distDir, f));
  const slugs = pages.map(reportSlugOfHtmlFile).filter((s) => s !== null);
  // Locales with no report pages (an archive being set up) get no shards of their own.
  const locales = LOCALES.filter((l) => pages.some((p) => p.startsWith(`${l.code}/`) && reportSlugOfHtmlFile(p) !== null));
  // A page without report text (an English page of a report not yet translated) has no data-pagefind-body.
  const withText: Record<string, string[]> = {};
  for (const locale of locales.filter((l) => !l.hasReportText)) {
    const own = pages.filter((p) => p.startsWith(`${locale.code}/`) && reportSlugOfHtmlFile(p) !== null);
    withText[locale.code] = [];
    for (const page of own)
      if (PAGEFIND_BODY.test(await readFile(join(distDir, page), 'utf8'))) withText[locale.code]!.push(reportSlugOfHtmlFile(page)!);
  }
  // Dates matter only when there is more than the primary (an archive of one shard indexes every report there).
  const published = new Set(slugs).size > perShard ? await publishedDates(distDir, slugs) : {};
  const shards = shardPlan(slugs, locales, perShard, withText, published);
  let indexed = 0;
  let next = 0;
  let failure: unknown;
  const lane = async () => {
    while (next < shards.length && failure === undefined) {
      const shard = next++;
      try {
        const added = await indexShard({ distDir, shard, shards: shards.length, ...shards[shard]! });
        indexed += added;
        onShard(shard + 1, shards.length, added);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, shards.length)) }, lane));
  if (failure !== undefined) throw failure;
  return { pages: indexed, shards: shards.length, bundles: shards.map((s) => s.bundle) };
}
