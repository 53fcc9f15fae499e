/**
 * The quote index and the people pages in the browser: a reader's clicks land where the links say. What the
 * pages hold (the markup contract, every quote's paragraph, every person's quotes and mentions) is checked
 * on every page without a browser in tests/dist/quotes.test.ts; axe covers these page types in
 * tests/e2e/accessibility.spec.ts. Speakers and paragraphs come from the content.
 */
import { expect, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { LOCALE_CODES } from '../../src/lib/i18n/locales.ts';

const { people, quotes } = loadArchiveContent('content');
/** The speaker with the most quotes. */
const speaker = [...new Set(quotes.map((q) => q.speaker))]
  .map((id) => ({ id, count: quotes.filter((q) => q.speaker === id).length }))
  .sort((a, b) => b.count - a.count)[0]!.id;
/** An entry the report texts link (people, organisations, documents), for the mention click. */
const linked = people.find((p) => p.kind === 'person' && p.mentions.length > 0)!;

for (const code of LOCALE_CODES) {
  test(`quote index in ${code}: a quote link lands on the paragraph that holds the words`, async ({ page }) => {
    await page.goto(`${code}/quotes/`);
    const first = page.locator('[data-quote]').first();
    const words = (await first.locator('blockquote').textContent())!.trim();
    const href = (await first.locator('a[data-quote-link]').getAttribute('href'))!;
    const id = href.split('#')[1]!;
    await first.locator('a[data-quote-link]').click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toContainText(words);
  });
}

test('the speaker link leads to the person page’s quotes, and a mention link to its paragraph', async ({ page }) => {
  await page.goto('zh-hk/quotes/');
  await page.locator(`a[data-speaker-link="${speaker}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/people/${speaker}/#quotes$`));
  await expect(page.locator('[data-quote]')).toHaveCount(quotes.filter((q) => q.speaker === speaker).length);
  const mention = page.locator('a[data-mention-link]').first();
  const id = (await mention.getAttribute('href'))!.split('#')[1]!;
  await mention.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('a mention in the report text leads to its entry', async ({ page }) => {
  // The first paragraph that mentions this entry, as its person page lists it.
  await page.goto(`zh-tw/people/${linked.id}/`);
  const href = (await page.locator('a[data-mention-link]').first().getAttribute('href'))!;
  await page.locator('a[data-mention-link]').first().click();
  const id = href.split('#')[1]!;
  await page.locator(`[id="${id}"] a.mention[href$="/people/${linked.id}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/zh-tw/people/${linked.id}/$`));
  await expect(page.locator(`[data-entry="${linked.id}"]`)).toHaveCount(1);
});
