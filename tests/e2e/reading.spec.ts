/**
 * Reading, linking and citing, as a reader does it in the built site. What the HTML itself must hold (ids,
 * permalinks, the transcription, structured data) is checked without a browser in tests/dist/reports.test.ts.
 */
import { expect, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { onePagePerType } from './pages.ts';

const { reports } = loadArchiveContent('content');
const A = 'harmony-and-unity';
/** The id of the paragraph of report A that holds a phrase (ids come from the model, not from memory). */
const idOf = (phrase: string) => textBlocks(reports.find((r) => r.data.slug === A)!.parsed).find((b) => b.text.includes(phrase))!.id;
const QUOTE_ID = idOf('兼相爱，交相利');

test('a paragraph link lands on the paragraph and highlights it', async ({ page }) => {
  await page.goto(`zh-hans/reports/${A}/#s2-p5`);
  const target = page.locator('#s2-p5');
  await expect(target).toBeInViewport();
  const [highlighted, plain] = await Promise.all([
    target.evaluate((el) => getComputedStyle(el).backgroundColor),
    page.locator('#s2-p6').evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  expect(highlighted).not.toBe(plain);
});

test('permalinks are reachable by keyboard and show focus', async ({ page }) => {
  await page.goto(`zh-tw/reports/${A}/`);
  await page.locator('#p1 .para-link').focus();
  await expect(page.locator('#p1 .para-link')).toBeFocused();
  const outline = await page.locator('#p1 .para-link').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p1$/);
});

test('browser text fragments scroll to the quoted words', async ({ page }) => {
  await page.goto(`zh-hans/reports/${A}/#:~:text=兼相爱，交相利`);
  await expect(page.locator(`#${QUOTE_ID}`)).toContainText('兼相爱，交相利');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto(`zh-hans/reports/${A}/`);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

// The citation block, the paragraph citation page and print are tested in citation.spec.ts.

test('paragraph tools copy the permalink and lead to the paragraph citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`zh-hans/reports/${A}/`);
  const para = page.locator('#s1-p4');
  await para.hover();
  await para.getByRole('button', { name: '复制链接' }).click();
  await expect(para.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/zh-hans/reports/${A}/#s1-p4$`));
  await para.getByRole('link', { name: '引用' }).click();
  await expect(page).toHaveURL(/\/cite\/#cite-s1-p4$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole report, its citation and its notes are readable', async ({ page }) => {
    await page.goto(`zh-hans/reports/${A}/`);
    await expect(page.locator(`#${QUOTE_ID}`)).toContainText('兼相爱，交相利');
    await expect(page.locator('[data-citation]')).toContainText('[引用日期]');
    // The article links its part of the editorial ledger, which stands on the about page.
    await page.locator('#notes a').click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/about/#ledger-${A}$`));
    await expect(page.locator(`section.ledger:has(#ledger-${A})`)).toContainText('新彩');
  });
});

for (const width of [320, 390, 768, 1024, 1600]) {
  test(`no horizontal scroll at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const { path, ready } of onePagePerType()) {
      await page.goto(path);
      if (ready) await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test('the search highlighter is fetched only when a result links here with words to mark', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });
  await page.goto(`zh-hans/reports/${A}/#s2-p5`);
  await expect(page.locator('#s2-p5 .para-tools')).toHaveCount(1);
  expect(scripts.filter((s) => s.includes('search-highlight'))).toEqual([]);

  await page.goto(`zh-hans/reports/${A}/?hl=${encodeURIComponent('兼相爱')}#${QUOTE_ID}`);
  await expect(page.locator(`#${QUOTE_ID}`)).toHaveAttribute('data-search-hit', '1');
  expect(scripts.filter((s) => s.includes('search-highlight'))).toHaveLength(1);
});
