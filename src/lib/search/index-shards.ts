/**
 * The search index is built in shards of whole reports. Pagefind's extended
 * indexer (which segments Chinese) holds about 1.4 MB per indexed page until it
 * writes the index, so one run over a large archive would need tens of GB. Each
 * shard is its own Pagefind process and bundle directory, small enough that two
 * run at once within 3 GB; the search page merges them (Pagefind's mergeIndex). An archive of
 * up to REPORTS_PER_SHARD reports has one shard, in Pagefind's usual place.
 */

/**
 * 200 reports × 4 indexed pages (three scripts and English) = 800 pages, measured at 1.1 GB for one Pagefind
 * process, so two shards indexed at once (MAX_INDEX_JOBS) stay at 2.2 GB, within a 3 GB build (Astro has exited
 * by then). 300 reports were 1.7 GB each, 3.2 GB two at once. More shards mean more files for a cold search.
 */
export const REPORTS_PER_SHARD = 200;

/**
 * Reports per shard for this build: ARCHIVE_REPORTS_PER_SHARD when set (fewer for a machine with less memory,
 * more for fewer shards), else REPORTS_PER_SHARD. Read by both the index step and the search page, so they agree.
 */
export function reportsPerShard(env: Record<string, string | undefined>): number {
  const raw = env['ARCHIVE_REPORTS_PER_SHARD'];
  if (raw === undefined || raw === '') return REPORTS_PER_SHARD;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(
      `ARCHIVE_REPORTS_PER_SHARD is "${raw}": set it to a whole number of reports (1 or more), or unset it for ${REPORTS_PER_SHARD}.`,
    );
  }
  return n;
}

function checkPerShard(perShard: number): void {
  if (!Number.isInteger(perShard) || perShard < 1) throw new Error(`reports per shard must be a positive integer, not ${perShard}`);
}

export function shardCount(reportCount: number, perShard = REPORTS_PER_SHARD): number {
  checkPerShard(perShard);
  return Math.max(1, Math.ceil(reportCount / perShard));
}

/** Bundle directory of shard k (0-based), relative to the site root, with a trailing slash. */
export function shardBundlePath(k: number): string {
  return k === 0 ? 'pagefind/' : `pagefind-shard-${k + 1}/`;
}

/** The inverse of shardBundlePath for a folder name in dist/ ("pagefind-shard-3" → 2); null for any other folder. */
export function shardOfBundleDir(name: string): number | null {
  if (name === 'pagefind') return 0;
  const k = /^pagefind-shard-([2-9]|[1-9]\d+)$/.exec(name)?.[1];
  return k ? Number(k) - 1 : null;
}

/** Every shard's bundle directory for an archive of this many reports, the primary (pagefind/) first. */
export function shardBundlePaths(reportCount: number, perShard = REPORTS_PER_SHARD): string[] {
  return Array.from({ length: shardCount(reportCount, perShard) }, (_, k) => shardBundlePath(k));
}

/** Report slugs split into shards: sorted, then in runs of perShard, so a report's shard never depends on input order. */
export function shardReports(slugs: readonly string[], perShard = REPORTS_PER_SHARD): string[][] {
  checkPerShard(perShard);
  const sorted = [...new Set(slugs)].sort();
  const shards: string[][] = [];
  for (let i = 0; i < sorted.length; i += perShard) shards.push(sorted.slice(i, i + perShard));
  return shards.length ? shards : [[]];
}

/** A report page's slug from its path in dist/ ("zh-tw/reports/<slug>/index.html"); null for every other page. */
export function reportSlugOfHtmlFile(path: string): string | null {
  return /^[^/]+\/reports\/([^/]+)\/index\.html$/.exec(path.replaceAll('\\', '/'))?.[1] ?? null;
}

/** A Pagefind glob selecting these reports' pages in every locale. */
export function shardGlob(slugs: readonly string[]): string {
  for (const slug of slugs) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
      throw new Error(`report slug "${slug}" cannot go into a Pagefind glob: use lowercase letters, digits and hyphens`);
  }
  return slugs.length === 1 ? `*/reports/${slugs[0]}/index.html` : `*/reports/{${slugs.join(',')}}/index.html`;
}

/** At most this many shards are indexed at once: one per core of a 2-core machine. */
export const MAX_INDEX_JOBS = 2;

/**
 * Shards indexed at once: ARCHIVE_INDEX_JOBS when set (1 for a machine with little memory: each running shard
 * holds its own index), else one per core up to MAX_INDEX_JOBS.
 */
export function indexJobs(env: Record<string, string | undefined>, cores: number): number {
  const raw = env['ARCHIVE_INDEX_JOBS'];
  if (raw === undefined || raw === '') return Math.max(1, Math.min(MAX_INDEX_JOBS, cores));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`ARCHIVE_INDEX_JOBS is "${raw}": set it to how many search index shards to build at once (1 or more), or unset it.`);
  }
  return n;
}
