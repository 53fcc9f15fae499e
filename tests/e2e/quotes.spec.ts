/**
 * The quote index and the people pages in every locale: the markup contract
 * (data-quote, data-speaker, <blockquote>, link to page#paragraph), every
 * quote link landing on a paragraph that holds the words, person pages
 * listing their quotes, and translated labels.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { forLocale } from '../../src/lib/i18n/convert.ts';
import { getLocale, LOCALE_CODES } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/strings.ts';

const { people, quotes } = loadArchiveContent('content');
const quoteById = new Map(quotes.map((q) => [q.id, q]));
const speakerIds = new Set(people.map((p) => p.id));

/** The words as a page in this locale shows them (English pages show the original). */
const wordsIn = (code: string, words: string) => forLocale(words, getLocale(code === 'en' ? 'zh-hans' : code));

async function readQuotes(page: Page) {
  return page.locator('[data-quote]').evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.id.replace(/^quote-/, ''),
      speaker: n.getAttribute('data-speaker'),
      words: n.querySelector('blockquote')?.textContent?.trim() ?? null,
      lang: n.querySelector('blockquote')?.getAttribute('lang') ?? null,
      href: (n.querySelector('a[data-quote-link]') as HTMLAnchorElement | null)?.href ?? null,
    })),
  );
}

for (const code of LOCALE_CODES) {
  test(`quote index in ${code} keeps the markup contract for every quote`, async ({ page }) => {
    await page.goto(`${code}/quotes/`);
    await expect(page.locator('h1')).toBeVisible();
    const found = await readQuotes(page);
    expect(found).toHaveLength(quotes.length);
    for (const q of found) {
      const data = quoteById.get(q.id)!;
      expect(data, q.id).toBeTruthy();
      expect(q.speaker).toBe(data.speaker);
      expect(speakerIds.has(q.speaker!)).toBe(true);
      expect(q.words).toBe(wordsIn(code, data.words));
      expect(q.href).toMatch(new RegExp(`/reports/${data.report}/#${data.paragraph}$`));
      if (code === 'en') expect(q.lang).toBe('zh-Hans');
    }
    // Only report pages are indexed: the search page narrows to quotations itself, and lands on their paragraphs.
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText(uiStrings(code)['nav.quotes']);
    await expect(page.locator('.site-nav a[href$="people/"]')).toHaveText(uiStrings(code)['nav.people']);
  });

  test(`every quote link in ${code} lands on a paragraph holding the words`, async ({ page }) => {
    await page.goto(`${code}/quotes/`);
    const found = await readQuotes(page);
    const byPage = new Map<string, typeof found>();
    for (const q of found) {
      const url = q.href!.split('#')[0]!;
      byPage.set(url, [...(byPage.get(url) ?? []), q]);
    }
    expect(byPage.size).toBe(2);
    for (const [url, list] of byPage) {
      await page.goto(url);
      const texts = await page
        .locator('[data-para]')
        .evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [n.id, n.textContent ?? ''])));
      for (const q of list) {
        const paragraph = q.href!.split('#')[1]!;
        expect(texts[paragraph], `${q.id} → ${paragraph}`).toContain(q.words!);
      }
    }
    // And a real click lands on the paragraph.
    await page.goto(`${code}/quotes/`);
    const first = page.locator('[data-quote]').first();
    const words = (await first.locator('blockquote').textContent())!.trim();
    await first.locator('a[data-quote-link]').click();
    await expect(page).toHaveURL(/#p2$/);
    await expect(page.locator('#p2')).toContainText(words);
  });

  test(`person page in ${code} lists the speaker’s quotes and mentions`, async ({ page }) => {
    const own = quotes.filter((q) => q.speaker === 'tokayev');
    await page.goto(`${code}/quotes/`);
    await page.locator('a[data-speaker-link="tokayev"]').click();
    await expect(page).toHaveURL(/\/people\/tokayev\/#quotes$/);
    await expect(page.locator('h1')).toHaveText(code === 'en' ? 'Kassym-Jomart Tokayev' : '托卡耶夫');
    const listed = await readQuotes(page);
    expect(listed.map((q) => q.id).sort()).toEqual(own.map((q) => q.id).sort());
    for (const q of listed) expect(q.speaker).toBe('tokayev');
    // Only report pages are indexed: the search page narrows to quotations itself, and lands on their paragraphs.
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    const mentions = page.locator('a[data-mention-link]');
    // Tokayev is named in seven paragraphs: p2, s1-p5, s1-p12, s1-p23, s2-p2, s2-p20, s3-p5.
    await expect(mentions).toHaveCount(7);
    await mentions.first().click();
    await expect(page).toHaveURL(/#p2$/);
    await expect(page.locator('#p2')).toContainText('托卡耶夫');
  });

  test(`people index in ${code} lists every entry and flags unverified names`, async ({ page }) => {
    await page.goto(`${code}/people/`);
    await expect(page.locator('[data-entry]')).toHaveCount(people.length);
    await page.locator('[data-entry="kenzhayev"] a').first().click();
    await expect(page).toHaveURL(/\/people\/kenzhayev\/$/);
    await expect(page.locator('[data-name-unverified]')).toHaveCount(1);
    await expect(page.locator('[data-name-unverified]')).toContainText('Kenzhayev');
    await expect(page.locator('[data-quote]')).toHaveCount(1);
  });
}

test('mentions in the report text link to their entries without changing the text', async ({ page }) => {
  await page.goto('zh-tw/reports/international-voices/');
  const mention = page.locator('#s2-p2 a.mention[href$="/people/khairushev/"]');
  await expect(mention).toHaveText(forLocale('扎克普·海鲁舍夫', getLocale('zh-tw')));
  await mention.click();
  await expect(page).toHaveURL(/\/zh-tw\/people\/khairushev\/$/);
  await expect(page.locator('[data-quote]')).toHaveCount(3);
});

for (const path of ['zh-hans/quotes/', 'en/quotes/', 'zh-hk/people/', 'en/people/kenzhayev/', 'zh-tw/people/tokayev/']) {
  test(`axe: ${path} has no WCAG 2.2 AA violation`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
