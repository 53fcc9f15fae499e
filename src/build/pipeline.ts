/**
 * The archive's build steps after `astro build` has written its pages, in order, one module each. scripts/build.mjs
 * runs them in its own process once Astro's has exited, so Astro's memory and Pagefind's never add up; every build
 * (npm run build, the reproducibility check, the benchmarks, the tests' own builds) goes through that script.
 * A step that finds a problem throws, and the build is not swapped in.
 */
import { availableParallelism } from 'node:os';
import { indexJobs, reportsPerShard } from '../lib/search/index-shards.ts';
import { siteUrl } from '../lib/publish/site-url.ts';
import { selfContainedNotFoundPage } from './not-found-page.ts';
import { relocateDist } from './relocate.ts';
import { writeReportDownloads } from './report-downloads.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeSitemap } from './sitemap.ts';
import { stampSearchPages } from './stamp-search-pages.ts';

/** Each step's time, for the benchmarks (ARCHIVE_BUILD_TIMINGS). */
export interface StepTimings {
  downloadsMs: number;
  relativizeMs: number;
  sitemapMs: number;
  pagefindMs: number;
  pagefindPages: number;
  pagefindShards: number;
  pagefindJobs: number;
  stampMs: number;
}

export interface BuildLog {
  info(message: string): void;
  warn(message: string): void;
}

const clock = () => new Date().toTimeString().slice(0, 8);

/** Progress lines in the form and on the stream Astro prints its own ("12:00:00 [WARN] [archive-build] …" on stdout). */
export const consoleLog: BuildLog = {
  info: (message) => console.log(`${clock()} [archive-build] ${message}`),
  warn: (message) => console.log(`${clock()} [WARN] [archive-build] ${message}`),
};

/** The steps' settings, from the environment (ARCHIVE_SITE_URL, ARCHIVE_REPORTS_PER_SHARD, ARCHIVE_INDEX_JOBS). */
export interface BuildStepOptions {
  site: string | undefined;
  perShard: number;
  jobs: number;
}

/**
 * Reads and checks the steps' settings; throws naming the variable and what it takes. scripts/build.mjs calls it
 * before Astro starts, so a bad value stops the build at once, not after a long Astro build.
 */
export function buildStepOptions(env: Record<string, string | undefined>): BuildStepOptions {
  return { site: siteUrl(env), perShard: reportsPerShard(env), jobs: indexJobs(env, availableParallelism()) };
}

export async function runBuildSteps(
  distDir: string,
  { site, perShard, jobs }: BuildStepOptions = buildStepOptions(process.env),
  log: BuildLog = consoleLog,
): Promise<StepTimings> {
  const since = (started: number) => Math.round(performance.now() - started);

  let started = performance.now();
  const downloads = writeReportDownloads(distDir);
  const downloadsMs = since(started);
  log.info(`downloads: wrote ${downloads.files} file(s) of ${downloads.reports} report(s) in ${downloadsMs} ms`);

  started = performance.now();
  const { changed } = await relocateDist(distDir, [selfContainedNotFoundPage], jobs);
  const relativizeMs = since(started);
  log.info(`relative URLs: rewrote ${changed} file(s) and checked them in ${relativizeMs} ms`);

  started = performance.now();
  const listed = await writeSitemap(distDir, site);
  const sitemapMs = since(started);
  if (site) log.info(`sitemap: ${listed} page(s), robots.txt in ${sitemapMs} ms`);
  else
    log.warn(
      'no site URL (ARCHIVE_SITE_URL): no sitemap.xml, no canonical or hreflang links; feeds use relative links and citations the reader\'s address. Set ARCHIVE_SITE_URL=https://<host>/<path>/ to publish them (README, "Site URL").',
    );

  started = performance.now();
  const { pages, shards, bundles } = await buildSearchIndex(distDir, {
    perShard,
    jobs,
    onShard: (done, total, shardPages) => {
      if (total > 1) log.info(`search index: shard ${done}/${total} (${shardPages} page(s)) after ${since(started)} ms`);
    },
  });
  const pagefindMs = since(started);
  log.info(`search index: ${pages} page(s) indexed in ${shards} shard(s) in ${pagefindMs} ms (${Math.min(jobs, shards)} at once)`);

  started = performance.now();
  const stamped = await stampSearchPages(distDir, bundles);
  const stampMs = since(started);
  log.info(`search pages: ${stamped} told the index's cache tag and files to preload`);

  return {
    downloadsMs,
    relativizeMs,
    sitemapMs,
    pagefindMs,
    pagefindPages: pages,
    pagefindShards: shards,
    pagefindJobs: Math.min(jobs, shards),
    stampMs,
  };
}
