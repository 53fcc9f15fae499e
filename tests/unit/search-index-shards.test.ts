import { describe, expect, it } from 'vitest';
import {
  MAX_INDEX_JOBS,
  REPORTS_PER_SHARD,
  indexJobs,
  reportSlugOfHtmlFile,
  reportsPerShard,
  shardBundlePaths,
  shardBundlePath,
  shardOfBundleDir,
  shardCount,
  shardGlob,
  shardReports,
} from '../../src/lib/search/index-shards.ts';

const slugs = (n: number) => Array.from({ length: n }, (_, i) => `report-${String(i + 1).padStart(5, '0')}`);

describe('search index shards', () => {
  it('keeps an archive of up to one shard of reports in Pagefind’s own place', () => {
    expect(shardBundlePaths(2)).toEqual(['pagefind/']);
    expect(shardBundlePaths(0)).toEqual(['pagefind/']);
    expect(shardBundlePaths(REPORTS_PER_SHARD)).toEqual(['pagefind/']);
    expect(shardBundlePaths(REPORTS_PER_SHARD + 1)).toEqual(['pagefind/', 'pagefind-shard-2/']);
  });

  it('splits 10,000 reports into as many shards as the search page expects, each report exactly once', () => {
    const all = slugs(10_000);
    const shards = shardReports([...all].reverse());
    expect(shards).toHaveLength(shardCount(all.length));
    expect(shards).toHaveLength(Math.ceil(10_000 / REPORTS_PER_SHARD));
    expect(shards.every((s) => s.length <= REPORTS_PER_SHARD)).toBe(true);
    expect(shards.flat()).toEqual(all);
    expect(shardBundlePaths(all.length, REPORTS_PER_SHARD).at(-1)).toBe(`pagefind-shard-${shards.length}/`);
  });

  it('counts each report once however many locales it has pages in', () => {
    const files = ['zh-hans', 'zh-tw', 'zh-hk', 'en'].flatMap((l) => slugs(3).map((s) => `${l}/reports/${s}/index.html`));
    const found = files.map(reportSlugOfHtmlFile).filter((s) => s !== null);
    expect(shardReports(found, 2)).toEqual([slugs(2), [slugs(3)[2]]]);
  });

  it('recognizes report pages only (not citation, index or search pages)', () => {
    expect(reportSlugOfHtmlFile('zh-tw/reports/a-b/index.html')).toBe('a-b');
    expect(reportSlugOfHtmlFile('zh-tw\\reports\\a-b\\index.html')).toBe('a-b');
    expect(reportSlugOfHtmlFile('zh-tw/reports/a-b/cite/index.html')).toBeNull();
    expect(reportSlugOfHtmlFile('zh-tw/reports/index.html')).toBeNull();
    expect(reportSlugOfHtmlFile('zh-tw/search/index.html')).toBeNull();
  });

  it('selects a shard’s pages with a Pagefind glob and refuses slugs a glob would misread', () => {
    expect(shardGlob(['a'])).toBe('*/reports/a/index.html');
    expect(shardGlob(['a', 'b-2'])).toBe('*/reports/{a,b-2}/index.html');
    expect(() => shardGlob(['a,b'])).toThrow(/cannot go into a Pagefind glob/);
  });

  it('reads the shard size from ARCHIVE_REPORTS_PER_SHARD and says how to fix a bad value', () => {
    expect(reportsPerShard({})).toBe(REPORTS_PER_SHARD);
    expect(reportsPerShard({ ARCHIVE_REPORTS_PER_SHARD: '50' })).toBe(50);
    expect(() => reportsPerShard({ ARCHIVE_REPORTS_PER_SHARD: '0' })).toThrow(/ARCHIVE_REPORTS_PER_SHARD is "0": set it to a whole number/);
    expect(() => reportsPerShard({ ARCHIVE_REPORTS_PER_SHARD: 'many' })).toThrow(/whole number/);
    expect(() => shardCount(10, 0)).toThrow(/positive integer/);
    expect(() => shardReports(['a'], 0)).toThrow(/positive integer/);
  });

  it('reads a shard’s number back from its folder name, and nothing from other folders', () => {
    for (const k of [0, 1, 2, 9, 33]) expect(shardOfBundleDir(shardBundlePath(k).slice(0, -1))).toBe(k);
    for (const name of ['pagefind-shard-1', 'pagefind-shard-02', 'pagefind-shard-x', 'pagefinder', '_astro'])
      expect(shardOfBundleDir(name)).toBeNull();
  });
});

describe('shards indexed at once', () => {
  it('one per core up to the maximum, unless ARCHIVE_INDEX_JOBS says otherwise', () => {
    expect(indexJobs({}, 1)).toBe(1);
    expect(indexJobs({}, 2)).toBe(Math.min(2, MAX_INDEX_JOBS));
    expect(indexJobs({}, 64)).toBe(MAX_INDEX_JOBS);
    expect(indexJobs({ ARCHIVE_INDEX_JOBS: '1' }, 2)).toBe(1);
    expect(indexJobs({ ARCHIVE_INDEX_JOBS: '' }, 2)).toBe(indexJobs({}, 2));
  });

  it('names the variable and what it takes when its value is not a count', () => {
    for (const bad of ['0', '1.5', 'two'])
      expect(() => indexJobs({ ARCHIVE_INDEX_JOBS: bad }, 2)).toThrow(`ARCHIVE_INDEX_JOBS is "${bad}"`);
  });
});
