/**
 * Results in an archive larger than one screen of reports: a synthetic archive
 * of a few dozen reports (scripts/generate-synthetic-archive.mjs), built and
 * served on its own. Candidates come in Pagefind's rank order and are checked
 * a step at a time; "more" checks the next ones, the count says how many of the
 * candidates were checked, and results come from reports beyond the first 8.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startServer } from '../../scripts/static-server.mjs';
import { PAGES_PER_BATCH } from '../../src/lib/search/progressive.ts';

const REPORTS = 24;
const CONTENT = resolve('.cache/e2e-synthetic-content');
const OUT = resolve('.cache/e2e-synthetic-dist');
const PORT = Number(process.env.E2E_PORT ?? 4399) + 32;
const base = `http://127.0.0.1:${PORT}/`;
let server: { close: (done?: () => void) => unknown } | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  for (const dir of [CONTENT, OUT]) rmSync(dir, { recursive: true, force: true });
  const run = (args: string[], env: Record<string, string> = {}) => {
    const done = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
    if (done.status !== 0) throw new Error(`${args.join(' ')} failed:\n${done.stdout}\n${done.stderr}`);
  };
  run(['scripts/generate-synthetic-archive.mjs', String(REPORTS), CONTENT]);
  run(['scripts/build.mjs', '--outDir', OUT], { ARCHIVE_CONTENT_DIR: CONTENT });
  ({ server } = await startServer({ dir: OUT, port: PORT }));
});

test.afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  for (const dir of [CONTENT, OUT]) rmSync(dir, { recursive: true, force: true });
});

/** Slugs of the synthetic reports whose text holds the word (the generator writes Simplified text). */
function reportsHolding(word: string): string[] {
  const dir = join(CONTENT, 'reports');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .filter((text) => text.split(/^---$/m).slice(2).join('').includes(word))
    .map((text) => /^slug:\s*(\S+)/m.exec(text)![1]!.replace(/['"]/g, ''));
}

const shownReports = async (page: Page) =>
  new Set(
    (await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).map(
      (p) => /\/reports\/([^/]+)\//.exec(p)![1],
    ),
  );

test('results go beyond the first 8 reports, a step at a time, with an honest count', async ({ page }) => {
  const word = '合作';
  const holding = reportsHolding(word);
  expect(holding.length).toBeGreaterThan(PAGES_PER_BATCH);
  await page.goto(`${base}zh-hans/search/?q=${encodeURIComponent(word)}`);
  const status = page.locator('[data-search-status]');
  const more = page.locator('[data-search-more]');
  // First screen: only some candidates checked, and the status says how many of how many.
  await expect(status).toContainText(`已查看${holding.length}篇候选报道中的`);
  await expect(more).toBeVisible();
  const first = await shownReports(page);
  expect(first.size).toBeLessThan(holding.length);
  const kinds = await page.locator('[data-search-results] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')));
  expect(kinds.every((k) => k === 'full')).toBe(true);
  const firstCount = await page.locator('[data-search-results] li').count();

  await more.click();
  // Keyboard readers continue at the first new result; the results already shown stay where they were.
  await expect(page.locator('[data-search-results] li').nth(firstCount).locator('a')).toBeFocused();
  const secondHrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(secondHrefs.length).toBeGreaterThan(firstCount);

  // The control hides itself once the last candidates are checked, possibly between the check and the click.
  for (let step = 0; step < 100 && (await more.isVisible()); step++) await more.click({ timeout: 2_000 }).catch(() => undefined);
  await expect(more).toBeHidden();
  await expect(status).not.toContainText('已查看');
  const all = await shownReports(page);
  expect(all.size).toBeGreaterThan(PAGES_PER_BATCH);
  expect([...all].sort()).toEqual([...holding].sort());
  // The count is the number of results listed.
  const n = await page.locator('[data-search-results] li').count();
  await expect(status).toHaveText(new RegExp(`^找到${n}处`));
});

test('a query in fewer reports than one step shows them all at once, with no "more" control', async ({ page }) => {
  const word = '霍尔果斯';
  const holding = reportsHolding(word);
  expect(holding.length).toBeGreaterThan(PAGES_PER_BATCH);
  await page.goto(`${base}zh-hans/search/?q=${encodeURIComponent(word)}`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page.locator('[data-search-more]')).toBeHidden();
  expect([...(await shownReports(page))].sort()).toEqual([...holding].sort());
});

test('a large archive’s search page uses Pagefind: its script, entry file and metadata are preloaded and those copies used', async ({
  page,
}) => {
  const fetched: string[] = [];
  const warnings: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname + new URL(req.url()).search));
  page.on('console', (msg) => {
    if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
  });
  await page.goto(`${base}zh-hans/search/`);
  // More reports than are read directly: the build lists no records, Pagefind ranks the candidates.
  await expect(page.locator('#search-records')).toHaveCount(0);
  const preloaded = await page
    .locator('link[rel="preload"], link[rel="modulepreload"]')
    .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  expect(preloaded.map((u) => new URL(u).pathname.replace(/.*\/pagefind\//, ''))).toEqual([
    'pagefind.js',
    'pagefind-entry.json',
    expect.stringMatching(/^pagefind\.zh-hans_\w+\.pf_meta$/),
  ]);
  // The entry file carries the build's cache tag, not a fresh timestamp, so the preloaded copy is the one read.
  expect(new URL(preloaded[1]!).search).toMatch(/^\?ts=[0-9a-f]{16}$/);
  // Without a query the engine waits for the reader to turn to the form: no WebAssembly yet.
  await page.waitForTimeout(500);
  expect(fetched.filter((f) => f.includes('wasm.'))).toEqual([]);
  await page.locator('#search-q').focus();
  await expect.poll(() => fetched.filter((f) => f.includes('wasm.')).length).toBe(1);
  await page.locator('#search-q').fill('合作');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  for (const url of preloaded) {
    const { pathname, search } = new URL(url);
    expect(fetched.filter((f) => f === pathname + search)).toHaveLength(1);
  }
  expect(fetched.filter((f) => f.includes('pagefind-entry.json'))).toHaveLength(1);
  // Chromium warns about a preload left unused after a few seconds.
  await page.waitForTimeout(3500);
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
});
