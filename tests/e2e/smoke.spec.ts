/**
 * The way in, clicked: from the archive root a reader reaches each locale's home page and the first report.
 * What these pages list is checked without a browser in tests/dist/home.test.ts.
 */
import { expect, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const first = loadArchiveContent('content').reports.sort((a, b) => a.data.order - b.data.order)[0]!;

for (const locale of LOCALES) {
  test(`root → ${locale.code} home → the first report`, async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: locale.label, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale.code}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
    await page.locator('.report-card').first().getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale.code}/reports/${first.data.slug}/$`));
    await expect(page.locator('h1')).toBeVisible();
  });
}
