/**
 * Citing, as a researcher does it in the built site: the citation block and its downloads, paragraph citations,
 * the address and access date the script fills in (and what stands without script), copying a link, reference
 * managers' meta tags, print, the machine-readable text, and a default build that names no address nobody gave.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { CHINESE } from './pages.ts';

const { reports } = loadArchiveContent('content');
const A = 'harmony-and-unity';
const B = 'international-voices';
const blocksOf = (slug: string) => textBlocks(reports.find((r) => r.data.slug === slug)!.parsed);
/** The deployer's site URL if this build was given one; the default build has none. */
const SITE = process.env.ARCHIVE_SITE_URL?.replace(/\/?$/, '/');
const today = () => {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

for (const code of [...CHINESE, 'en']) {
  test(`citation block in ${code}: four official styles, address and access date filled in, downloads that parse`, async ({
    page,
    request,
  }) => {
    await page.goto(`${code}/reports/${A}/`);
    const block = page.locator('[data-citation]');
    for (const label of ['GB/T 7714-2015', 'APA 7', 'MLA 9', 'Chicago 18'])
      await expect(block.locator('dt', { hasText: label })).toHaveCount(1);
    const cited = code === 'en' ? 'zh-hans' : code;
    const address = SITE ? `${SITE}${cited}/reports/${A}/` : new URL(`/${cited}/reports/${A}/`, page.url()).href;
    const gbt = block.locator('[data-citation-text]').first();
    await expect(gbt).toContainText(`[N/OL]`);
    await expect(gbt).toContainText(`2025-06-19[${today()}]. ${address}.`);
    await expect(block.locator('[data-accessed-note]')).toBeHidden();
    await expect(block.locator('.citation-edition')).toContainText(/[0-9a-f]{12}/);
    if (code === 'en') await expect(block).toContainText('cite the Chinese original');
    const base = page.url();
    const get = async (name: RegExp) =>
      (await request.get(new URL((await block.getByRole('link', { name }).getAttribute('href'))!, base).href)).text();
    expect(await get(/^BibTeX/)).toMatch(/^@article\{harmony-and-unity-2025,\n[\s\S]*journal = \{人民日[报報]\}/);
    expect(await get(/^BibLaTeX/)).toMatch(/^@article\{harmony-and-unity-2025,\n[\s\S]*journaltitle = /);
    expect(await get(/^RIS/)).toMatch(/^TY {2}- NEWS\r\nAU {2}- 郝薇薇\r\n/);
    const items = JSON.parse(await get(/^CSL-JSON/));
    expect(items[0]).toMatchObject({ type: 'article-newspaper', issued: { 'date-parts': [[2025, 6, 19]] } });
    expect(items[0].URL).toBe(SITE ? address : undefined);
  });
}

test('report B is the agency’s web document: [EB/OL], place and publisher', async ({ page }) => {
  await page.goto(`zh-hans/reports/${B}/`);
  await expect(page.locator('[data-citation] [data-citation-text]').first()).toContainText('[EB/OL]. 北京: 新华社, 2025[');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('placeholders stand where the address and the access date go, with notes saying what to fill in', async ({ page }) => {
    await page.goto(`zh-hans/reports/${A}/`);
    const block = page.locator('[data-citation]');
    await expect(block.locator('[data-citation-text]').first()).toContainText('[引用日期]');
    await expect(block.locator('[data-accessed-note]')).toBeVisible();
    if (!SITE) {
      await expect(block.locator('[data-citation-text]').first()).toContainText('〔本页网址〕');
      await expect(block.locator('.citation-note--site')).toBeVisible();
    }
  });
});

test('the paragraph citation page cites every paragraph at its permalink, with the paragraph as locator', async ({ page }) => {
  await page.goto(`zh-hk/reports/${A}/cite/`);
  await expect(page.locator('.paragraph-citations > li')).toHaveCount(blocksOf(A).length);
  const item = page.locator('#cite-s1-p3');
  const number = blocksOf(A).find((b) => b.id === 's1-p3')!.number;
  await expect(item).toContainText(`/zh-hk/reports/${A}/#s1-p3`);
  await expect(item).toContainText(`para. ${number})`);
  await expect(item).toContainText(`par. ${number})`);
  await expect(page.locator('[data-accessed-note]')).toBeHidden();
  await item.locator('a').first().click();
  await expect(page).toHaveURL(new RegExp(`/zh-hk/reports/${A}/#s1-p3$`));
});

test('a link copied after arriving from search carries no ?hl=', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`zh-hans/reports/${A}/?hl=${encodeURIComponent('合作')}#s1-p4`);
  const para = page.locator('#s1-p4');
  await para.hover();
  await para.getByRole('button', { name: '复制链接' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/zh-hans/reports/${A}/#s1-p4$`));
  expect(copied).not.toContain('hl=');
  await expect(page.locator('[data-citation] [data-citation-text]').first()).not.toContainText('hl=');
});

test('each citation is copied whole, address and access date filled in, from a button beside its style label', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`zh-hans/reports/${A}/cite/`);
  const item = page.locator('#cite-s1-p3');
  const label = item.locator('dt', { hasText: 'GB/T 7714-2015' });
  // Beside the label, not between the citations: the entries below do not move when the buttons arrive.
  await label.getByRole('button', { name: '复制引文' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const address = SITE ? `${SITE}zh-hans/reports/${A}/#s1-p3` : new URL(`/zh-hans/reports/${A}/#s1-p3`, page.url()).href;
  expect(copied).toBe(await item.locator('[data-citation-text]').first().textContent());
  expect(copied).toContain(`[${today()}]. ${address}.`);
});

test('reference managers: Zotero types report A a newspaper article and report B a web page, never a journal article', async ({ page }) => {
  for (const [slug, type] of [
    [A, 'newspaperArticle'],
    [B, 'webpage'],
  ]) {
    await page.goto(`zh-hans/reports/${slug}/`);
    await expect(page.locator('meta[name="DC.type"]')).toHaveAttribute('content', type!);
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', /习近平/);
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2025/06/19');
    await expect(page.locator('meta[name="citation_journal_title"]')).toHaveCount(0);
  }
  await expect(page.locator('meta[name="citation_author"]')).toHaveCount(3);
});

test('print: paragraph numbers in the margin, headings, the page address and citation, no interactive tools', async ({ page }) => {
  await page.goto(`zh-hans/reports/${A}/`);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.para-tools', '.copy-button', '.citation-tools', '.toc'])
    for (const el of await page.locator(hidden).all()) await expect(el).toBeHidden();
  const number = page.locator('#s1-p4 .para-link');
  await expect(number).toBeVisible();
  await expect(number).toHaveText(String(blocksOf(A).find((b) => b.id === 's1-p4')!.number));
  const [numberBox, textBox] = [await number.boundingBox(), await page.locator('#s1-p4').boundingBox()];
  expect(numberBox!.x + numberBox!.width, 'the number stands in the margin, left of the text').toBeLessThanOrEqual(textBox!.x + 1);
  await expect(page.locator('#s1')).toBeVisible();
  const address = SITE ? `${SITE}zh-hans/reports/${A}/` : new URL(`/zh-hans/reports/${A}/`, page.url()).href;
  await expect(page.locator('.print-url')).toBeVisible();
  await expect(page.locator('.print-url')).toContainText(address);
  await expect(page.locator('[data-citation] .citation-list')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('machine-readable text: JSON by paragraph id in every script, and plain text, linked from the report', async ({ page, request }) => {
  await page.goto(`zh-tw/reports/${A}/`);
  const json = page.locator('[data-citation] a[href$=".json"]:not([download])');
  const data = await (await request.get(new URL((await json.getAttribute('href'))!, page.url()).href)).json();
  const ids = blocksOf(A).map((b) => b.id);
  expect(data.paragraphs.map((p: { id: string }) => p.id)).toEqual(ids);
  expect(Object.keys(data.paragraphs[0].text)).toEqual(['zh-Hans', 'zh-Hant-TW', 'zh-Hant-HK']);
  expect(data.source).toEqual({ file: 'sources/000_9055a717ca129e76.txt', lines: [1, 556] });
  expect(data.edition.id).toMatch(/^[0-9a-f]{12}$/);
  const plain = page.locator('[data-citation] a[href$="text.txt"]');
  const text = await (await request.get(new URL((await plain.getAttribute('href'))!, page.url()).href)).text();
  expect(text).toContain(`[${ids[0]}] `);
  expect(text).toContain(data.paragraphs[0].text['zh-Hant-TW']);
});

test('a build names no address that nobody gave', () => {
  // XML namespaces and schema.org's vocabulary are names, not addresses the archive links to; Pagefind's own
  // program files (pagefind/) are third-party code.
  const allowed = new Set(['www.w3.org', 'www.sitemaps.org', 'schema.org', ...(SITE ? [new URL(SITE).host] : [])]);
  const found = new Map<string, string>();
  for (const entry of readdirSync('dist', { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || file.startsWith(join('dist', 'pagefind')) || !/\.(html|xml|json|txt|bib|ris|js|css)$/.test(entry.name)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) if (!allowed.has(m[1]!)) found.set(m[1]!, file);
  }
  expect(Object.fromEntries(found)).toEqual({});
});
