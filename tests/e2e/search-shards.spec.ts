/**
 * A sharded search index: the real archive built with one report per shard
 * (ARCHIVE_REPORTS_PER_SHARD=1), as a large archive is built with 300, served
 * under a sub-path. The search page merges every shard: results come from both,
 * filters list both reports, and every request stays on the mount.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startServer } from '../../scripts/static-server.mjs';
import { SUB_PATH } from './hosting/servers.ts';

const OUT = resolve('.cache/e2e-sharded-dist');
const PORT = Number(process.env.E2E_PORT ?? 4399) + 30;
let server: { close: (done?: () => void) => unknown } | undefined;

const base = `http://127.0.0.1:${PORT}${SUB_PATH}`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT], {
    env: { ...process.env, ARCHIVE_REPORTS_PER_SHARD: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`sharded build failed:\n${build.stdout}\n${build.stderr}`);
  expect(build.stdout).toContain('in 2 shard(s)');
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
  return { requests, hrefs };
}

for (const [locale, q, slug] of [
  ['zh-hans', '伊希姆河畔', 'harmony-and-unity'],
  ['zh-tw', '連雲港', 'international-voices'],
  ['zh-hk', '烏魯木齊', 'international-voices'],
] as const) {
  test(`${locale}: ${q} is found in its report’s shard, under the sub-path`, async ({ page }) => {
    const { requests, hrefs } = await searchOn(page, locale, q);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toContain(`${base}${locale}/reports/${slug}/`);
    // Both shards were loaded, from the mount and nowhere else.
    expect(requests.some((u) => u.startsWith(`${base}pagefind/`))).toBe(true);
    expect(requests.some((u) => u.startsWith(`${base}pagefind-shard-2/`))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
}

test('a query in both reports finds both, and the report filter lists both and narrows to one', async ({ page }) => {
  const { hrefs } = await searchOn(page, 'zh-hans', '阿斯塔纳宣言');
  const slugs = new Set(hrefs.map((h) => /\/reports\/([a-z-]+)\//.exec(h)?.[1]));
  expect([...slugs].sort()).toEqual(['harmony-and-unity', 'international-voices']);
  const reportFilter = page.locator('select[name="report"]');
  await expect(reportFilter.locator('option')).toHaveCount(3);
  await reportFilter.selectOption('international-voices');
  // The best result may be from that report already: wait for the list to hold it alone.
  const shown = () => page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  await expect.poll(async () => (await shown()).every((h) => h.includes('/reports/international-voices/'))).toBe(true);
  expect((await shown()).length).toBeGreaterThan(0);
});
