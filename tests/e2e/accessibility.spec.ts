/** WCAG 2.2 AA: axe-core finds no violation on any page type in any locale, light and dark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from './pages.ts';

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, path, ready } of pageTypes()) {
    test(`axe: ${name} (${scheme})`, async ({ page }) => {
      // The longest pages take axe a while on two busy cores.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (ready) await page.locator(ready).first().waitFor();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('landmarks and heading order on an article', async ({ page }) => {
  await page.goto('zh-hans/reports/harmony-and-unity/');
  await expect(page.locator('header.site-header')).toHaveCount(1);
  await expect(page.locator('main#main')).toHaveCount(1);
  await expect(page.locator('footer.site-footer')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  const levels = await page.$$eval('main h1, main h2, main h3, main h4', (hs) => hs.map((h) => Number(h.tagName[1])));
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
});
