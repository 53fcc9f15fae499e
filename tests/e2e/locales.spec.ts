/**
 * Locales in the browser: switching keeps the reader's place, and fonts follow :lang().
 * What every page's HTML must hold in its locale (script, interface language, canonical and hreflang)
 * is checked without a browser over dist/: tests/dist/locales.test.ts.
 */
import { expect, type Page, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { LOCALES, type Locale, type LocaleCode } from '../../src/lib/i18n/locales.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';

const { reports } = loadArchiveContent('content');
const first = reports[0]!;
const last = reports.at(-1)!;

/** The converted text of a paragraph, as the locale's page must show it. */
function paragraphText(slug: string, id: string, locale: Locale): string {
  const r = reports.find((x) => x.data.slug === slug)!;
  const block = textBlocks(localizeReport(slug, r.data, r.parsed, locale).body).find((b) => b.id === id);
  if (!block) throw new Error(`no paragraph ${slug}#${id}`);
  return block.text;
}

/** The :target element's id and its text without interface parts (the permalink number). */
async function target(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector(':target');
    if (!el) return null;
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-nontext]').forEach((n) => n.remove());
    return { id: el.id, text: (copy.textContent ?? '').trim() };
  });
}

const switcherLink = (page: Page, to: Locale) => page.locator(`nav.lang-switcher a[data-locale-link][hreflang="${to.lang}"]`);

test.describe('the language switcher keeps the reader’s place', () => {
  // The last paragraph of the first report, reached by a link with its fragment.
  const slug = first.data.slug;
  const { id } = textBlocks(first.parsed).at(-1)!;
  test(`zh-hans ${slug}#${id} → zh-tw lands on the same paragraph, converted`, async ({ page }) => {
    const [hans, tw] = [LOCALES.find((l) => l.code === 'zh-hans')!, LOCALES.find((l) => l.code === 'zh-tw')!];
    await page.goto(`zh-hans/reports/${slug}/#${id}`);
    expect(await target(page)).toEqual({ id, text: paragraphText(slug, id, hans) });
    await switcherLink(page, tw).click();
    await expect(page).toHaveURL(new RegExp(`/zh-tw/reports/${slug}/#${id}$`));
    await expect.poll(() => target(page)).toEqual({ id, text: paragraphText(slug, id, tw) });
  });

  // Every ordered pair of locales, each on a different paragraph of the archive's reports.
  const paragraphs = reports.flatMap((r) => textBlocks(r.parsed).map((b) => ({ slug: r.data.slug, id: b.id })));
  const pairs = LOCALES.flatMap((from) => LOCALES.filter((to) => to !== from).map((to) => ({ from, to })));
  pairs.forEach(({ from, to }, i) => {
    const { slug, id } = paragraphs[(i * 7 + 3) % paragraphs.length]!;
    test(`${from.code} → ${to.code} on ${slug}#${id} (fragment set by the paragraph's permalink)`, async ({ page }) => {
      if (from.hasReportText) {
        // The reader arrives at the top and clicks the paragraph's permalink: the hash changes after load.
        await page.goto(`${from.code}/reports/${slug}/`);
        await page.locator(`[id="${id}"] a.para-link`).click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
      } else {
        // English pages carry no text; a shared link with a fragment must still lead to the paragraph.
        await page.goto(`${from.code}/reports/${slug}/#${id}`);
      }
      await switcherLink(page, to).click();
      await expect(page).toHaveURL(new RegExp(`/${to.code}/reports/${slug}/#${id}$`));
      if (to.hasReportText) await expect.poll(() => target(page)).toEqual({ id, text: paragraphText(slug, id, to) });
    });
  });

  test('without a fragment the switcher links go to the top of the counterpart page', async ({ page }) => {
    await page.goto(`zh-hk/reports/${last.data.slug}/`);
    await expect(switcherLink(page, LOCALES[0]!)).toHaveAttribute('href', new RegExp(`/zh-hans/reports/${last.data.slug}/$`));
  });
});

test.describe('fonts follow :lang() from system stacks', () => {
  const expected: Record<LocaleCode, RegExp> = {
    'zh-hans': /Noto Sans CJK SC/,
    'zh-tw': /Noto Sans CJK TC/,
    'zh-hk': /Noto Sans CJK HK/,
    en: /system-ui/,
  };
  for (const locale of LOCALES) {
    test(`${locale.code} pages use the ${expected[locale.code].source} stack and render with it`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${locale.code}/reports/${first.data.slug}/`);
      const selector = locale.hasReportText ? '#p1' : 'h1';
      const family = await page.locator(selector).evaluate((el) => getComputedStyle(el).fontFamily);
      expect(family).toMatch(expected[locale.code]);
      if (locale.hasReportText) {
        // The face Chromium really used for the paragraph's glyphs (system fonts, e.g. fonts-noto-cjk).
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument');
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        expect(fonts.map((f) => f.familyName).join(', ')).toMatch(expected[locale.code]);
      }
      // No font (or anything else) is fetched from another origin.
      const origin = new URL(page.url()).origin;
      expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    });
  }
});
