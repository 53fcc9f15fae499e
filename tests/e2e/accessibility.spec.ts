/**
 * WCAG 2.2 AA: axe-core finds no violation on one page of each type (tests/e2e/pages.ts, the locales taking
 * turns), and no colour-contrast violation on the same pages in dark mode — the one thing the colour scheme
 * changes. Landmarks and heading order are checked on every built page without a browser
 * (tests/dist/structure.test.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { onePagePerType } from './pages.ts';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(axe: AxeBuilder) {
  const results = await axe.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const { name, path, ready } of onePagePerType()) {
  test(`axe: ${name}, every WCAG 2.2 AA rule (light); colour contrast (dark)`, async ({ page }) => {
    // Two axe passes; the longest page (every paragraph's citations) takes over a minute each on two busy cores.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    if (ready) await page.locator(ready).first().waitFor();
    expect(await violations(new AxeBuilder({ page }).withTags(WCAG_AA)), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(new AxeBuilder({ page }).withRules(['color-contrast'])), 'dark').toEqual([]);
  });
}
