/**
 * A sharded search index: the real archive built with one report per shard
 * (ARCHIVE_REPORTS_PER_SHARD=1), as a large archive is built with 200, served
 * under a sub-path. Each search page merges the primary and the shards of the index it searches (the Traditional
 * pages search the Simplified index and show results in their own script): results come from each,
 * filters list every report, and every request stays on the mount. Queries come
 * from the content.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startServer } from '../../scripts/static-server.mjs';
import type { TextExport } from '../../src/lib/cite/text-export.ts';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { getLocale, LOCALES } from '../../src/lib/i18n/locales.ts';
import { searchBundles, shardPlan } from '../../src/lib/search/index-shards.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { SUB_PATH } from './hosting/servers.ts';

const OUT = resolve('.cache/e2e-sharded-dist');
const PORT = Number(process.env.E2E_PORT ?? 4399) + 30;
let server: { close: (done?: () => void) => unknown } | undefined;

const base = `http://127.0.0.1:${PORT}${SUB_PATH}`;
const { reports } = loadArchiveContent('content');
/** The reports' dates, which decide the shards: the newest report in the primary, the others in each locale's own. */
const published = Object.fromEntries(reports.map((r) => [r.data.slug, r.data.published]));
const plan = shardPlan(
  reports.map((r) => r.data.slug),
  LOCALES,
  1,
  {},
  published,
);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', OUT], {
    env: { ...process.env, ARCHIVE_REPORTS_PER_SHARD: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`sharded build failed:\n${build.stdout}\n${build.stderr}`);
  expect(build.stdout).toContain(`in ${plan.length} shard(s)`);
  ({ server } = await startServer({ dir: OUT, port: PORT, base: SUB_PATH }));
});

test.afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(OUT, { recursive: true, force: true });
});

async function searchOn(page: Page, locale: string, q: string) {
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  await page.goto(`${base}${locale}/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('[data-search-status]')).not.toHaveText(/正在|脚本|腳本|^$/);
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const excerpts = await page.locator('.search-result__excerpt').allTextContents();
  return { requests, hrefs, excerpts };
}

/** A report's paragraph texts in one script, as the build published them (/data/reports/<slug>.json). */
function publishedParagraphs(slug: string, lang: string): string[] {
  const text = JSON.parse(readFileSync(resolve(OUT, 'data', 'reports', `${slug}.json`), 'utf8')) as TextExport;
  return text.paragraphs.map((p) => p.text[lang]!);
}

/**
 * For each report, a phrase that stands in it and in no other: its first paragraph's first Han run of at least
 * four characters that no other report contains (typed in Simplified; the search page folds the scripts).
 */
function phraseOnlyIn(slug: string): string {
  const others = reports.filter((r) => r.data.slug !== slug).flatMap((r) => textBlocks(r.parsed).map((b) => b.text));
  for (const block of textBlocks(reports.find((r) => r.data.slug === slug)!.parsed))
    for (const run of block.text.match(/\p{Script=Han}{4,}/gu) ?? []) {
      const phrase = run.slice(0, 6);
      if (!others.some((t) => t.includes(phrase))) return phrase;
    }
  throw new Error(`no phrase of ${slug} is absent from the other reports`);
}
/** A phrase every report holds: the longest Han run of the first report's text that all others contain too. */
function phraseInAll(): string {
  const texts = reports.map((r) =>
    textBlocks(r.parsed)
      .map((b) => b.text)
      .join('\n'),
  );
  const candidates = [...new Set(texts[0]!.match(/\p{Script=Han}{3,}/gu) ?? [])].flatMap((run) =>
    [...run].flatMap((_, i) => [...run].slice(i).map((__, k) => run.slice(i, i + k + 1))).filter((p) => p.length >= 3),
  );
  const shared = candidates.filter((p) => texts.every((t) => t.includes(p))).sort((a, b) => b.length - a.length);
  if (!shared[0]) throw new Error('the reports share no phrase of three characters');
  return shared[0];
}

const LOCALES_WITH_TEXT = ['zh-hans', 'zh-tw', 'zh-hk'];
reports.forEach((report, i) => {
  const locale = LOCALES_WITH_TEXT[i % LOCALES_WITH_TEXT.length]!;
  const slug = report.data.slug;
  const q = phraseOnlyIn(slug);
  test(`${locale}: ${q} is found in its report’s shard, under the sub-path`, async ({ page }) => {
    const { requests, hrefs, excerpts } = await searchOn(page, locale, q);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toContain(`${base}${locale}/reports/${slug}/`);
    // Each result is a paragraph of the report in the page's own script.
    const paragraphs = publishedParagraphs(slug, getLocale(locale).lang);
    expect(excerpts.length).toBe(hrefs.length);
    for (const excerpt of excerpts) expect(paragraphs.some((p) => p.includes(excerpt.replace(/^…|…$/g, '')))).toBe(true);
    // Every shard of the index the page searches was loaded (and no other), from the mount and nowhere else.
    const own = searchBundles(
      reports.map((r) => r.data.slug),
      getLocale(locale),
      1,
      {},
      published,
    );
    expect(own.length).toBeGreaterThan(1);
    for (const dir of plan.map((s) => s.bundle).filter((b) => !own.includes(b)))
      expect(
        requests.some((u) => u.startsWith(`${base}${dir}`)),
        dir,
      ).toBe(false);
    for (const dir of own)
      expect(
        requests.some((u) => u.startsWith(`${base}${dir}`)),
        dir,
      ).toBe(true);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
});

test('zh-hk: a query typed in Traditional searches the Simplified index and shows the Hong Kong text', async ({ page }) => {
  const slug = reports[0]!.data.slug;
  // Four Han characters of this report, written differently in Hong Kong script, that no other report holds.
  const others = reports.filter((r) => r.data.slug !== slug).flatMap((r) => publishedParagraphs(r.data.slug, 'zh-Hans'));
  const hk = publishedParagraphs(slug, 'zh-Hant-HK');
  const typed = publishedParagraphs(slug, 'zh-Hans')
    .flatMap((simplified, i) =>
      [...simplified].map((_, j) => ({ s: [...simplified].slice(j, j + 4).join(''), h: [...hk[i]!].slice(j, j + 4).join('') })),
    )
    .find(({ s, h }) => /^\p{Script=Han}{4}$/u.test(s) && s !== h && !others.some((t) => t.includes(s)))?.h;
  if (!typed) throw new Error(`no phrase of ${slug} differs in Hong Kong script`);
  const { requests, hrefs, excerpts } = await searchOn(page, 'zh-hk', typed);
  expect(hrefs[0]).toContain(`${base}zh-hk/reports/${slug}/`);
  expect(excerpts.join('')).toContain(typed);
  expect(requests.some((u) => u === `${base}data/reports/${slug}.json`)).toBe(true);
  expect(requests.some((u) => u.startsWith(`${base}pagefind-zh-hans-`))).toBe(true);
});

test('a query in every report finds each, and the report filter lists them all and narrows to one', async ({ page }) => {
  const { hrefs } = await searchOn(page, 'zh-hans', phraseInAll());
  const slugs = new Set(hrefs.map((h) => /\/reports\/([a-z0-9-]+)\//.exec(h)?.[1]));
  expect([...slugs].sort()).toEqual(reports.map((r) => r.data.slug).sort());
  const reportFilter = page.locator('select[name="report"]');
  // Every report, and "all reports".
  await expect(reportFilter.locator('option')).toHaveCount(reports.length + 1);
  const last = reports.at(-1)!.data.slug;
  await reportFilter.selectOption(last);
  // The best result may be from that report already: wait for the list to hold it alone.
  const shown = () => page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  await expect.poll(async () => (await shown()).every((h) => h.includes(`/reports/${last}/`))).toBe(true);
  expect((await shown()).length).toBeGreaterThan(0);
});
