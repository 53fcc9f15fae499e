/**
 * Results in an archive larger than one screen of reports: a synthetic archive
 * of a few dozen reports (scripts/generate-synthetic-archive.mjs), built and
 * served on its own. Candidates come in Pagefind's rank order and are checked
 * a step at a time; "more" checks the next ones, the count says how many of the
 * candidates were checked, and results come from reports beyond the first 8.
 * The same archive built in shards of 6 reports, as a large archive is built
 * in shards of 200: the first shard answers first, then the rest follow.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startServer } from '../../scripts/static-server.mjs';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { shardOrder, shardPlan } from '../../src/lib/search/index-shards.ts';
import { PAGES_FIRST_BATCH, PAGES_PER_BATCH, WANTED_PER_STEP } from '../../src/lib/search/progressive.ts';

const REPORTS = 24;
const CONTENT = resolve('.cache/e2e-synthetic-content');
const OUT = resolve('.cache/e2e-synthetic-dist');
const SHARDED = resolve('.cache/e2e-synthetic-sharded-dist');
const PER_SHARD = 6;
const PORT = Number(process.env.E2E_PORT ?? 4399) + 32;
const base = `http://127.0.0.1:${PORT}/`;
const shardedBase = `http://127.0.0.1:${PORT + 1}/`;
const servers: { close: (done?: () => void) => unknown }[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  for (const dir of [CONTENT, OUT, SHARDED]) rmSync(dir, { recursive: true, force: true });
  const run = (args: string[], env: Record<string, string> = {}) => {
    const done = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
    if (done.status !== 0) throw new Error(`${args.join(' ')} failed:\n${done.stdout}\n${done.stderr}`);
  };
  run(['scripts/generate-synthetic-archive.mjs', String(REPORTS), CONTENT]);
  run(['scripts/build.mjs', '--outDir', OUT], { ARCHIVE_CONTENT_DIR: CONTENT });
  run(['scripts/build.mjs', '--outDir', SHARDED], { ARCHIVE_CONTENT_DIR: CONTENT, ARCHIVE_REPORTS_PER_SHARD: String(PER_SHARD) });
  servers.push((await startServer({ dir: OUT, port: PORT })).server, (await startServer({ dir: SHARDED, port: PORT + 1 })).server);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
  for (const dir of [CONTENT, OUT, SHARDED]) rmSync(dir, { recursive: true, force: true });
});

/** The synthetic reports' publication dates by slug, from their front matter. */
function publishedDates(): Record<string, string> {
  const dir = join(CONTENT, 'reports');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .map((text) => [/^slug:\s*(\S+)/m.exec(text)![1]!.replace(/['"]/g, ''), /^published:\s*'?([^'\s]+)/m.exec(text)![1]!]),
  );
}

/** The synthetic reports' texts by slug (front matter left out). */
function reportTexts(): Map<string, string> {
  const dir = join(CONTENT, 'reports');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .map((text) => [/^slug:\s*(\S+)/m.exec(text)![1]!.replace(/['"]/g, ''), text.split(/^---$/m).slice(2).join('')]),
  );
}

/** Slugs of the synthetic reports whose text holds the word (the generator writes Simplified text). */
function reportsHolding(word: string): string[] {
  return [...reportTexts()].filter(([, text]) => text.includes(word)).map(([slug]) => slug);
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

test.describe('built in shards', () => {
  /**
   * A word in more paragraphs of any first batch of the first shard's reports than a step shows, and in reports of
   * other shards: its first screen comes from the first shard alone, whichever of its reports Pagefind ranks first.
   */
  function wordFillingTheFirstStep(primary: readonly string[]): string {
    const texts = reportTexts();
    const paragraphsHolding = (slug: string, word: string) =>
      texts
        .get(slug)!
        .split(/\n\s*\n/)
        .filter((p) => p.includes(word)).length;
    const words = new Set(primary.flatMap((slug) => texts.get(slug)!.match(/\p{Script=Han}{2}/gu) ?? []));
    const leastFirstBatch = (word: string) =>
      primary
        .map((slug) => paragraphsHolding(slug, word))
        .sort((x, y) => x - y)
        .slice(0, PAGES_FIRST_BATCH)
        .reduce((sum, n) => sum + n, 0);
    const elsewhere = (word: string) => [...texts].some(([slug, text]) => !primary.includes(slug) && text.includes(word));
    const word = [...words].find((w) => leastFirstBatch(w) > WANTED_PER_STEP && elsewhere(w));
    if (!word) throw new Error(`no word fills a step from any ${PAGES_FIRST_BATCH} of the first shard's reports`);
    return word;
  }

  test('the first shard answers first; the rest of the archive follows, and the count is final once it is in', async ({ page }) => {
    const primary = shardPlan([...reportTexts().keys()], LOCALES, PER_SHARD, {}, publishedDates())[0]!.slugs!;
    // The newest reports.
    expect(primary).toContain(shardOrder([...reportTexts().keys()], publishedDates())[0]);
    const word = wordFillingTheFirstStep(primary);
    const holding = reportsHolding(word);
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
    });
    await page.goto(`${shardedBase}zh-hans/search/?q=${encodeURIComponent(word)}`);
    const status = page.locator('[data-search-status]');
    const more = page.locator('[data-search-more]');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    // The first screen comes from the first shard, before the others are searched: the count says more are to come.
    await expect(status).toContainText('仍在搜索更多');
    for (const slug of await shownReports(page)) expect(primary).toContain(slug);
    // Then every shard is searched (in Pagefind's web worker) and the count is final.
    await expect(status).toContainText(`已查看${holding.length}篇候选报道中的`, { timeout: 15_000 });
    await expect(status).not.toContainText('仍在搜索');
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
    for (let step = 0; step < 100 && (await more.isVisible()); step++) await more.click({ timeout: 2_000 }).catch(() => undefined);
    await expect(more).toBeHidden();
    expect([...(await shownReports(page))].sort()).toEqual([...holding].sort());
    // A page both parts found (the primary's, again in the whole archive's ranking) is listed once.
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await expect(status).toHaveText(new RegExp(`^找到${hrefs.length}处`));
    expect(warnings).toEqual([]);
  });
});
