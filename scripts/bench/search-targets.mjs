/**
 * The two search UIs compared on the same dist/pagefind index: our search page
 * (/<locale>/search/?q=, results as links inside [data-search-results]) when the
 * build has it, and Pagefind's stock UI on the bench-only page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleOfDir } from '../../src/lib/search/index-shards.ts';

export const SEARCH_LOCALE = 'zh-hans';

export function searchTargets(distDir) {
  const ours = existsSync(join(distDir, SEARCH_LOCALE, 'search', 'index.html'));
  return [
    {
      name: 'ours',
      available: ours,
      reason: ours ? null : `not available: this build has no /${SEARCH_LOCALE}/search/ page yet`,
      path: `${SEARCH_LOCALE}/search/`,
      selector: '[data-search-results] a',
      input: '#search-q',
    },
    {
      name: 'stock',
      available: true,
      reason: null,
      path: '__bench/stock-ui/',
      selector: '.pagefind-ui__result-link',
      input: '.pagefind-ui__search-input',
    },
  ];
}

/**
 * The index shards a locale's search page merges (src/lib/search/index-shards.ts), as root-relative bundle paths,
 * the primary first: the primary and that locale's own shards. Without a locale, every shard the build wrote.
 */
export function bundlePathsIn(distDir, locale = null) {
  return readdirSync(distDir)
    .map((name) => ({ name, shard: bundleOfDir(name) }))
    .filter(({ shard }) => shard !== null && (locale === null || shard.locale === null || shard.locale === locale))
    .sort((a, b) => a.shard.k - b.shard.k || String(a.shard.locale).localeCompare(String(b.shard.locale)))
    .map(({ name }) => `${name}/`);
}
