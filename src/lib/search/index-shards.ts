/**
 * The search index is built in shards of whole reports. Pagefind's extended
 * indexer (which segments Chinese) holds about 2.5 MB per indexed Chinese page until it
 * writes the index, so one run over a large archive would need tens of GB. Each
 * shard is its own Pagefind process and bundle directory, small enough that two
 * run at once within 3 GB; a search page merges its own locale's shards (Pagefind's mergeIndex).
 *
 * The primary shard (`pagefind/`, with Pagefind's script and WebAssembly) holds the newest REPORTS_PER_SHARD
 * reports; an archive of up to that many reports has no other, and indexes every locale's pages. The rest of a
 * larger archive is indexed in shards of one locale each (`pagefind-<locale>-<k>/`), so a search page merges only
 * the shards that hold its own pages: at 10,000 reports 26 instead of 50 for a Chinese page. A search answers from
 * the primary first, then from every shard (src/scripts/search/engine.ts): the newest reports' results come first.
 *
 * A larger archive indexes its Chinese text once, in Simplified: the Taiwan and Hong Kong pages are conversions of
 * the same paragraphs, so their search pages search the Simplified index (the query turned into Simplified by the
 * archive's character table) and show each result in their own script, read by paragraph id from the report's
 * /data/reports/<slug>.json. That is two thirds less to index (the index step was 480 s of a 10,000-report build).
 * A small archive keeps an index per script, so its search pages read their own records with no conversion.
 */
import { SOURCE_LOCALE } from '../i18n/locales.ts';

/**
 * 200 reports × 4 indexed pages (three scripts and English) = 800 pages, measured at 1.1 GB for one Pagefind
 * process, so two shards indexed at once (MAX_INDEX_JOBS) stay at 2.2 GB, within a 3 GB build (Astro has exited
 * by then). 300 reports were 1.7 GB each, 3.2 GB two at once. More shards mean more files for a cold search.
 */
export const REPORTS_PER_SHARD = 200;

/**
 * How many times REPORTS_PER_SHARD a one-locale shard holds, so it costs about what the primary does. Measured
 * (synthetic archive, Pagefind 1.6.0 extended): 400 Simplified pages 0.99 GB, 800 of them 2.17 GB; 1,000 English
 * pages 0.18 GB; the primary's 200 reports in four locales 1.1 GB. English is weighed as if its pages were a
 * quarter of a Chinese one, leaving room for reports with a full translation.
 */
export const LOCALE_SHARD_FACTOR = { chinese: 2, english: 4 } as const;

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

/** A locale as sharding sees it. */
export interface ShardLocale {
  code: string;
  /** Chinese pages carry the report's text; English ones weigh less (LOCALE_SHARD_FACTOR). */
  hasReportText: boolean;
  /** Present on a locale converted from the Simplified text (the Traditional ones). */
  conversion?: string;
}

export interface IndexShard {
  /** Bundle directory relative to the site root, with a trailing slash. */
  bundle: string;
  /** The locales whose pages it holds; null for every locale (an archive of one shard). */
  locales: string[] | null;
  /** Its reports; null for every report (an archive of one shard). */
  slugs: string[] | null;
}

/** The Simplified locale as sharding sees it: the index a converted locale searches in a larger archive. */
const SIMPLIFIED: ShardLocale = { code: SOURCE_LOCALE.code, hasReportText: true };

/**
 * The locale whose index a search page searches: its own, except on a converted (Traditional) locale's page in an
 * archive of more than one shard, which searches the Simplified index (see the top of this file).
 */
export function indexLocale(reportCount: number, locale: ShardLocale, perShard = REPORTS_PER_SHARD): ShardLocale {
  checkPerShard(perShard);
  return reportCount > perShard && locale.conversion !== undefined ? SIMPLIFIED : locale;
}

export const PRIMARY_BUNDLE = 'pagefind/';

/** Reports in each one-locale shard of this locale. */
export function reportsPerLocaleShard(locale: ShardLocale, perShard: number): number {
  checkPerShard(perShard);
  return perShard * (locale.hasReportText ? LOCALE_SHARD_FACTOR.chinese : LOCALE_SHARD_FACTOR.english);
}

/** Bundle directory of a locale's k-th shard (k from 2: the primary is the first). */
export function localeBundlePath(code: string, k: number): string {
  return `pagefind-${code}-${k}/`;
}

/**
 * Reports whose page in a locale has text to index, by locale code; a locale not named has it for every report. An
 * English page shows text only for a report with a translation. Pagefind skips a page without `data-pagefind-body`
 * only when another page of the same run has one, so a shard of untranslated English pages alone would index them
 * whole (menus and notes): one-locale shards take only the reports named here.
 */
export type PagesWithText = Readonly<Record<string, readonly string[]>>;

/**
 * Reports' publication dates by slug (as their front matter writes them, e.g. "2025-06-19T00:00:00+08:00"). The newest
 * reports go into the primary shard, which a large archive's search page searches first (src/scripts/search/engine.ts).
 */
export type PublishedDates = Readonly<Record<string, string>>;

/**
 * The order reports are sharded in: newest first, then by slug; a report without a date after every dated one. Never
 * the input order, so a report's shard depends only on the archive.
 */
export function shardOrder(slugs: readonly string[], published: PublishedDates = {}): string[] {
  const time = (slug: string) => {
    const t = Date.parse(published[slug] ?? '');
    return Number.isNaN(t) ? -Infinity : t;
  };
  return [...new Set(slugs)].sort((a, b) => time(b) - time(a) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The reports beyond the primary, in shard order, that one locale's own shards hold. */
function localeShardSlugs(sorted: readonly string[], code: string, perShard: number, withText: PagesWithText): string[] {
  const only = withText[code];
  const rest = sorted.slice(perShard);
  if (!only) return rest;
  const keep = new Set(only);
  return rest.filter((slug) => keep.has(slug));
}

/**
 * The shards of an archive with these report slugs, in shard order (shardOrder: the newest reports in the primary):
 * the primary first, then each indexed locale's shards in the order of `locales` (converted locales are not indexed
 * beyond one shard: indexLocale).
 */
export function shardPlan(
  slugs: readonly string[],
  locales: readonly ShardLocale[],
  perShard = REPORTS_PER_SHARD,
  withText: PagesWithText = {},
  published: PublishedDates = {},
): IndexShard[] {
  checkPerShard(perShard);
  const sorted = shardOrder(slugs, published);
  if (sorted.length <= perShard) return [{ bundle: PRIMARY_BUNDLE, locales: null, slugs: null }];
  const indexed = locales.filter((l) => indexLocale(sorted.length, l, perShard) === l);
  const plan: IndexShard[] = [{ bundle: PRIMARY_BUNDLE, locales: indexed.map((l) => l.code), slugs: sorted.slice(0, perShard) }];
  for (const locale of indexed) {
    const size = reportsPerLocaleShard(locale, perShard);
    const own = localeShardSlugs(sorted, locale.code, perShard, withText);
    for (let i = 0, k = 2; i < own.length; i += size, k++)
      plan.push({ bundle: localeBundlePath(locale.code, k), locales: [locale.code], slugs: own.slice(i, i + size) });
  }
  return plan;
}

/**
 * The bundles one locale's search page merges, the primary first: what shardPlan writes for the locale it searches
 * (indexLocale), from the archive's report slugs and which of them have text in that locale (the search page knows
 * those from the content; the index step from the built pages).
 */
export function searchBundles(
  slugs: readonly string[],
  locale: ShardLocale,
  perShard = REPORTS_PER_SHARD,
  withText: PagesWithText = {},
  published: PublishedDates = {},
): string[] {
  const searched = indexLocale(new Set(slugs).size, locale, perShard);
  return shardPlan(slugs, [searched], perShard, withText, published).map((s) => s.bundle);
}

/**
 * Which locale's shard a folder in dist/ is ("pagefind-zh-tw-3" → { locale: 'zh-tw', k: 3 }; "pagefind" → the
 * primary, k 1); null for any other folder.
 */
export function bundleOfDir(name: string): { locale: string | null; k: number } | null {
  if (name === 'pagefind') return { locale: null, k: 1 };
  const m = /^pagefind-([a-z]+(?:-[a-z]+)*)-([2-9]|[1-9]\d+)$/.exec(name);
  return m ? { locale: m[1]!, k: Number(m[2]) } : null;
}

/** A report page's slug from its path in dist/ ("zh-tw/reports/<slug>/index.html"); null for every other page. */
export function reportSlugOfHtmlFile(path: string): string | null {
  return /^[^/]+\/reports\/([^/]+)\/index\.html$/.exec(path.replaceAll('\\', '/'))?.[1] ?? null;
}

/** A Pagefind glob selecting these reports' pages in some locales, or in every locale (null). */
export function shardGlob(slugs: readonly string[], locales: readonly string[] | null = null): string {
  for (const slug of slugs) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
      throw new Error(`report slug "${slug}" cannot go into a Pagefind glob: use lowercase letters, digits and hyphens`);
  }
  const where = locales === null ? '*' : locales.length === 1 ? locales[0]! : `{${locales.join(',')}}`;
  return slugs.length === 1 ? `${where}/reports/${slugs[0]}/index.html` : `${where}/reports/{${slugs.join(',')}}/index.html`;
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
