import { expect, test } from '@playwright/test';

test('the archive root offers every locale', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/中国—中亚峰会/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  for (const label of ['简体中文', '繁體中文（台灣）', '繁體中文（香港）', 'English']) {
    await expect(page.getByRole('link', { name: label }).first()).toBeVisible();
  }
});

for (const [code, lang] of [
  ['zh-hans', 'zh-Hans'],
  ['zh-tw', 'zh-Hant-TW'],
  ['zh-hk', 'zh-Hant-HK'],
  ['en', 'en'],
] as const) {
  test(`home page in ${code} lists both reports and links to them`, async ({ page }) => {
    await page.goto(`${code}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const cards = page.locator('.report-card');
    await expect(cards).toHaveCount(2);
    await cards.first().getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/${code}/reports/harmony-and-unity/$`));
    await expect(page.locator('h1')).toBeVisible();
  });
}
