import { describe, expect, it } from 'vitest';
import {
  LOCALE_SHARD_FACTOR,
  MAX_INDEX_JOBS,
  REPORTS_PER_SHARD,
  bundleOfDir,
  indexJobs,
  indexLocale,
  reportSlugOfHtmlFile,
  reportsPerLocaleShard,
  reportsPerShard,
  searchBundles,
  shardGlob,
  shardOrder,
  shardPlan,
} from '../../src/lib/search/index-shards.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const slugs = (n: number) => Array.from({ length: n }, (_, i) => `report-${String(i + 1).padStart(5, '0')}`);
const locale = (code: string) => LOCALES.find((l) => l.code === code)!;

describe('search index shards', () => {
  it('keeps an archive of up to one shard of reports in Pagefind’s own place, every locale in it', () => {
    for (const n of [0, 2, REPORTS_PER_SHARD]) {
      expect(shardPlan(slugs(n), LOCALES)).toEqual([{ bundle: 'pagefind/', locales: null, slugs: null }]);
      for (const l of LOCALES) {
        expect(searchBundles(slugs(n), l)).toEqual(['pagefind/']);
        // Each search page searches its own script's index.
        expect(indexLocale(n, l)).toBe(l);
      }
    }
  });

  it('beyond one shard, indexes the Chinese text once, in Simplified: the first reports in the primary, the rest in one-locale shards', () => {
    const plan = shardPlan(slugs(7), LOCALES, 2);
    const indexed = LOCALES.filter((l) => !l.conversion);
    expect(plan[0]).toEqual({ bundle: 'pagefind/', locales: indexed.map((l) => l.code), slugs: slugs(2) });
    // Chinese shards hold LOCALE_SHARD_FACTOR.chinese × 2 reports, English ones LOCALE_SHARD_FACTOR.english × 2.
    expect(reportsPerLocaleShard(locale('zh-hans'), 2)).toBe(2 * LOCALE_SHARD_FACTOR.chinese);
    expect(reportsPerLocaleShard(locale('en'), 2)).toBe(2 * LOCALE_SHARD_FACTOR.english);
    for (const l of indexed) {
      const own = plan.filter((s) => s.locales?.length === 1 && s.locales[0] === l.code);
      expect(own.every((s) => s.slugs!.length <= reportsPerLocaleShard(l, 2))).toBe(true);
      expect(own.flatMap((s) => s.slugs)).toEqual(slugs(7).slice(2));
    }
    expect(plan.filter((s) => s.locales?.includes('zh-hans')).map((s) => s.bundle)).toEqual([
      'pagefind/',
      'pagefind-zh-hans-2/',
      'pagefind-zh-hans-3/',
    ]);
    // The Traditional pages are indexed nowhere; their search pages search the Simplified index.
    for (const l of LOCALES.filter((l) => l.conversion)) {
      expect(plan.some((s) => s.locales?.includes(l.code))).toBe(false);
      expect(indexLocale(7, l, 2).code).toBe('zh-hans');
      expect(searchBundles(slugs(7), l, 2)).toEqual(searchBundles(slugs(7), locale('zh-hans'), 2));
    }
  });

  it('at 10,000 reports: each locale’s search page merges exactly the bundles written for the index it searches, each report once', () => {
    const all = slugs(10_000);
    const plan = shardPlan([...all].reverse(), LOCALES);
    for (const l of LOCALES) {
      const searched = indexLocale(all.length, l).code;
      const holding = plan.filter((s) => s.locales?.includes(searched));
      expect(searchBundles(all, l)).toEqual(holding.map((s) => s.bundle));
      expect(holding.flatMap((s) => s.slugs)).toEqual(all);
    }
    // Fewer bundles to merge than one shard of every locale per REPORTS_PER_SHARD reports.
    expect(searchBundles(all, locale('zh-hans')).length).toBeLessThan(Math.ceil(all.length / REPORTS_PER_SHARD) / 1.5);
    expect(new Set(plan.map((s) => s.bundle)).size).toBe(plan.length);
  });

  it('gives English shards only the reports whose English page has text, and the search page the same bundles', () => {
    const all = slugs(3_000);
    // Translated: every tenth report beyond the primary's, and none at all.
    const translated = all.filter((_, i) => i % 10 === 0);
    for (const withText of [{ en: translated }, { en: [] }]) {
      const plan = shardPlan(all, LOCALES, REPORTS_PER_SHARD, withText);
      const english = plan.filter((s) => s.locales?.length === 1 && s.locales[0] === 'en');
      expect(english.flatMap((s) => s.slugs)).toEqual(withText.en.filter((s) => !all.slice(0, REPORTS_PER_SHARD).includes(s)));
      expect(searchBundles(all, locale('en'), REPORTS_PER_SHARD, withText)).toEqual(['pagefind/', ...english.map((s) => s.bundle)]);
      // The Chinese shards are as before: every report.
      expect(plan.filter((s) => s.locales?.[0] === 'zh-hans' && s.locales.length === 1).flatMap((s) => s.slugs)).toEqual(
        all.slice(REPORTS_PER_SHARD),
      );
    }
    expect(shardPlan(all, LOCALES, REPORTS_PER_SHARD, { en: [] }).some((s) => s.bundle.startsWith('pagefind-en-'))).toBe(false);
  });

  it('puts the newest reports in the primary: newest first, then by slug, undated ones last, whatever the input order', () => {
    const published = {
      b: '2025-06-19T00:00:00+08:00',
      c: '2025-06-19T00:00:00+08:00',
      a: '2025-06-17T10:00:00+08:00',
      d: '2025-06-20T00:00:00+08:00',
    };
    // An instant, not a text: 2025-06-20 07:00 in Beijing is before 2025-06-19 23:30 in UTC.
    expect(shardOrder(['x', 'e'], { x: '2025-06-20T07:00:00+08:00', e: '2025-06-19T23:30:00+00:00' })).toEqual(['e', 'x']);
    for (const input of [
      ['a', 'b', 'c', 'd', 'undated'],
      ['undated', 'd', 'c', 'b', 'a', 'a'],
    ])
      expect(shardOrder(input, published)).toEqual(['d', 'b', 'c', 'a', 'undated']);
    const plan = shardPlan(['a', 'b', 'c', 'd', 'undated'], [locale('zh-hans')], 2, {}, published);
    expect(plan.map((s) => s.slugs)).toEqual([
      ['d', 'b'],
      ['c', 'a', 'undated'],
    ]);
  });

  it('gives the search page the bundles the index step writes only when both shard by the same dates', () => {
    // Translated: the three oldest reports. Newest first, the primary holds none of them, so English needs a shard.
    const all = slugs(6);
    const published = Object.fromEntries(all.map((slug, i) => [slug, `2025-06-${String(10 + i).padStart(2, '0')}T00:00:00+08:00`]));
    const withText = { en: all.slice(0, 3) };
    const plan = shardPlan(all, LOCALES, 3, withText, published);
    expect(plan[0]!.slugs).toEqual(all.slice(3).reverse());
    const english = plan.filter((s) => s.locales?.length === 1 && s.locales[0] === 'en').map((s) => s.bundle);
    expect(english).toEqual(['pagefind-en-2/']);
    expect(searchBundles(all, locale('en'), 3, withText, published)).toEqual(['pagefind/', ...english]);
    // Without the dates (slug order) the primary would hold every translated report: no English shard.
    expect(searchBundles(all, locale('en'), 3, withText)).toEqual(['pagefind/']);
  });

  it('counts each report once however many locales it has pages in', () => {
    const files = ['zh-hans', 'zh-tw', 'zh-hk', 'en'].flatMap((l) => slugs(3).map((s) => `${l}/reports/${s}/index.html`));
    const found = files.map(reportSlugOfHtmlFile).filter((s) => s !== null);
    expect(shardPlan(found, [locale('zh-hans')], 2)).toEqual([
      { bundle: 'pagefind/', locales: ['zh-hans'], slugs: slugs(2) },
      { bundle: 'pagefind-zh-hans-2/', locales: ['zh-hans'], slugs: [slugs(3)[2]] },
    ]);
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
    expect(shardGlob(['a', 'b-2'], ['zh-tw'])).toBe('zh-tw/reports/{a,b-2}/index.html');
    expect(shardGlob(['a', 'b-2'], ['zh-hans', 'en'])).toBe('{zh-hans,en}/reports/{a,b-2}/index.html');
    expect(() => shardGlob(['a,b'])).toThrow(/cannot go into a Pagefind glob/);
  });

  it('reads the shard size from ARCHIVE_REPORTS_PER_SHARD and says how to fix a bad value', () => {
    expect(reportsPerShard({})).toBe(REPORTS_PER_SHARD);
    expect(reportsPerShard({ ARCHIVE_REPORTS_PER_SHARD: '50' })).toBe(50);
    expect(() => reportsPerShard({ ARCHIVE_REPORTS_PER_SHARD: '0' })).toThrow(/ARCHIVE_REPORTS_PER_SHARD is "0": set it to a whole number/);
    expect(() => reportsPerShard({ ARCHIVE_REPORTS_PER_SHARD: 'many' })).toThrow(/whole number/);
    expect(() => searchBundles(slugs(10), locale('en'), 0)).toThrow(/positive integer/);
    expect(() => shardPlan(['a'], LOCALES, 0)).toThrow(/positive integer/);
  });

  it('reads a shard’s locale and number back from its folder name, and nothing from other folders', () => {
    for (const bundle of shardPlan(slugs(3_000), LOCALES).map((s) => s.bundle)) {
      const found = bundleOfDir(bundle.slice(0, -1));
      expect(found).not.toBeNull();
      if (bundle !== 'pagefind/') expect(bundle).toBe(`pagefind-${found!.locale}-${found!.k}/`);
    }
    expect(bundleOfDir('pagefind')).toEqual({ locale: null, k: 1 });
    expect(bundleOfDir('pagefind-zh-hk-12')).toEqual({ locale: 'zh-hk', k: 12 });
    for (const name of ['pagefind-zh-hans-1', 'pagefind-en-02', 'pagefind-en-x', 'pagefinder', 'pagefind-2', '_astro'])
      expect(bundleOfDir(name)).toBeNull();
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
