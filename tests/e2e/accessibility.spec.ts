/**
 * WCAG 2.2 AA: axe-core finds no violation on one page of each type (tests/e2e/pages.ts, the locales taking
 * turns), and no colour-contrast violation on the same pages in dark mode — the one thing the colour scheme
 * changes. Landmarks and heading order are checked on every built page without a browser
 * (tests/dist/structure.test.ts), and so is that no id is used twice on a page.
 *
 * A page that repeats one entry template many times (every paragraph's citations) gets every rule on its
 * first entries and the rest of the page, and colour contrast over the whole page: checking all rules on
 * each of a hundred identical entries took most of this file's time and found nothing the first entries do not.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { onePagePerType } from './pages.ts';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Pages whose entries repeat one template: the entries past the first few get the colour-contrast pass only. */
const REPEATED: Record<string, string> = { 'paragraph citations': '.paragraph-citations > li' };
const FIRST_ENTRIES = 3;

/**
 * axe in the page itself (legacy mode): without it, every run also opens a blank page to assemble the results
 * of the page's frames, which doubles its time. The archive's pages have no frames (checked below), so both
 * modes check the same document.
 */
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

async function violations(builder: AxeBuilder) {
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const { name, type, path, ready } of onePagePerType()) {
  test(`axe: ${name}, every WCAG 2.2 AA rule (light); colour contrast (dark)`, async ({ page }) => {
    // Two or three axe passes; a long page takes tens of seconds on two busy cores.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    if (ready) await page.locator(ready).first().waitFor();
    expect(page.frames(), 'the page has no frames: axe in legacy mode sees all of it').toHaveLength(1);
    const repeated = REPEATED[type];
    if (repeated) {
      // The page (or its locale) must really have more entries than the full pass covers, or this split means nothing.
      expect(await page.locator(repeated).count(), `${repeated} entries`).toBeGreaterThan(FIRST_ENTRIES);
      const later = `${repeated}:nth-child(n+${FIRST_ENTRIES + 1})`;
      expect(await violations(axe(page).withTags(WCAG_AA).exclude(later)), `light, all but ${later}`).toEqual([]);
      expect(await violations(axe(page).withRules(['color-contrast'])), 'light, colour contrast').toEqual([]);
    } else {
      expect(await violations(axe(page).withTags(WCAG_AA)), 'light').toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(axe(page).withRules(['color-contrast'])), 'dark').toEqual([]);
  });
}
