/**
 * Reading a long article on any device, at 320, 390 and 1280 px: the reading
 * bar stays reachable with the contents link and the script switcher; the
 * switcher carries the paragraph in view (not only a #fragment) to every
 * locale, and English says where a paragraph is; previous/next report and the
 * contents after the text; paragraph tools fully visible and usable by touch,
 * never over the text on desktop; the article's JavaScript on load under 2 KB.
 */
import { existsSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';

const reports = loadArchiveContent('content').reports.sort((a, b) => a.data.order - b.data.order);
const A = reports[0]!;
const paragraphs = textBlocks(A.parsed);
/** Whether the English page shows the report's text (the archive's translation) or only says where the Chinese is. */
const TRANSLATED = existsSync(`content/translations/en/${A.data.slug}.md`);
/** A paragraph in the middle of the long report, and the one after it. */
const MIDDLE = paragraphs[Math.floor(paragraphs.length / 2)]!.id;

/** Scroll so that a paragraph sits just below the sticky reading bar, as a reader who scrolled there sees it. */
async function scrollToParagraph(page: Page, id: string) {
  await page.evaluate((id) => {
    const bar = document.querySelector('.reading-bar')!.getBoundingClientRect().height;
    const el = document.getElementById(id)!;
    scrollBy(0, el.getBoundingClientRect().top - bar - 4);
  }, id);
  // No fragment: the reader scrolled, they did not follow a link.
  expect(new URL(page.url()).hash).toBe('');
}

/** Text line boxes of a paragraph (its own text, not its tools). */
const textRects = (page: Page, id: string) =>
  page.evaluate((id) => {
    const p = document.getElementById(id)!;
    const range = document.createRange();
    const rects: { top: number; bottom: number; left: number; right: number }[] = [];
    for (const node of p.childNodes) {
      if ((node as Element).matches?.('[data-nontext]')) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0) rects.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    }
    return rects;
  }, id);

const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const width of [320, 390, 1280]) {
  const touch = width < 1000;
  test.describe(`${width} px${touch ? ', touch' : ''}`, () => {
    test.use({ viewport: { width, height: touch ? 740 : 800 }, hasTouch: touch, isMobile: touch });

    test('the reading bar stays in view on a long article, with the contents and the switcher', async ({ page }) => {
      await page.goto(`zh-tw/reports/${A.data.slug}/`);
      await scrollToParagraph(page, paragraphs.at(-1)!.id);
      const bar = page.locator('.reading-bar');
      await expect(bar).toBeInViewport();
      expect((await bar.boundingBox())!.y).toBe(0);
      await bar.getByRole('link', { name: '目錄' }).click();
      await expect(page).toHaveURL(/#contents$/);
      await expect(page.locator('#contents')).toBeInViewport();
      // The contents are not hidden under the bar.
      const [barBox, toc] = [await bar.boundingBox(), await page.locator('#toc-heading').boundingBox()];
      expect(toc!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height);
    });

    for (const to of LOCALES.filter((l) => l.code !== 'zh-tw')) {
      test(`the bar’s switcher carries the paragraph in view to ${to.code}, without a #fragment in the URL`, async ({ page }) => {
        await page.goto(`zh-tw/reports/${A.data.slug}/`);
        await scrollToParagraph(page, MIDDLE);
        await page.locator('.reading-bar summary').click();
        await page.locator(`.reading-bar a[hreflang="${to.lang}"]`).click();
        await expect(page).toHaveURL(new RegExp(`/${to.code}/reports/${A.data.slug}/#${MIDDLE}$`));
        if (to.hasReportText || TRANSLATED) {
          await expect(page.locator(`[id="${MIDDLE}"]`)).toBeInViewport();
          // Below the bar, not under it.
          const [bar, para] = [await page.locator('.reading-bar').boundingBox(), await page.locator(`[id="${MIDDLE}"]`).boundingBox()];
          expect(para!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
        } else {
          // An untranslated report's English page has no such paragraph: it says where the text is, and its links lead back.
          const note = page.locator('.fragment-elsewhere');
          await expect(note).toBeVisible();
          await expect(note).toBeInViewport();
          await note.locator('a[hreflang="zh-Hant-HK"]').click();
          await expect(page).toHaveURL(new RegExp(`/zh-hk/reports/${A.data.slug}/#${MIDDLE}$`));
          await expect(page.locator(`[id="${MIDDLE}"]`)).toBeInViewport();
        }
      });
    }

    test('previous and next report and the contents after the text', async ({ page }) => {
      for (const [i, r] of reports.entries()) {
        await page.goto(`zh-hk/reports/${r.data.slug}/`);
        const end = page.locator('nav.report-end');
        await end.scrollIntoViewIfNeeded();
        await expect(end).toBeInViewport();
        // It follows the text directly.
        expect(
          await page.evaluate(() => document.querySelector('[data-transcription-body]')!.nextElementSibling?.matches('nav.report-end')),
        ).toBe(true);
        await expect(end.locator('a[rel="prev"]')).toHaveCount(i > 0 ? 1 : 0);
        await expect(end.locator('a[rel="next"]')).toHaveCount(i < reports.length - 1 ? 1 : 0);
        if (i < reports.length - 1) await expect(end.locator('a[rel="next"]')).toHaveAttribute('href', `../${reports[i + 1]!.data.slug}/`);
        if (i > 0) await expect(end.locator('a[rel="prev"]')).toHaveAttribute('href', `../${reports[i - 1]!.data.slug}/`);
        await end.getByRole('link', { name: '返回目錄' }).click();
        await expect(page.locator('#contents')).toBeInViewport();
      }
    });

    test('paragraph tools are fully visible, usable and never over the text', async ({ page }) => {
      await page.goto(`zh-hans/reports/${A.data.slug}/`);
      await scrollToParagraph(page, MIDDLE);
      const para = page.locator(`[id="${MIDDLE}"]`);
      const tools = para.locator('.para-tools');
      if (touch) {
        await expect(tools).toBeHidden();
        // Tapping the paragraph's number selects it and shows its tools.
        await para.locator('.para-link').tap();
      } else {
        await para.hover();
      }
      await expect(tools).toBeVisible();
      await tools.scrollIntoViewIfNeeded();
      const box = (await tools.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      for (const control of await tools.locator('button, a').all()) {
        await expect(control).toBeInViewport({ ratio: 1 });
        const b = (await control.boundingBox())!;
        if (touch) expect(b.height).toBeGreaterThanOrEqual(44);
        // Nothing else (the bar, another paragraph) covers the control: it is what a tap at its centre hits.
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.para-tools button, .para-tools a') !== null,
          [b.x + b.width / 2, b.y + b.height / 2],
        );
        expect(hit).toBe(true);
      }
      // Never over text: not over this paragraph's lines, nor the neighbours'.
      const ids = [paragraphs.findIndex((p) => p.id === MIDDLE) - 1, paragraphs.findIndex((p) => p.id === MIDDLE) + 1]
        .map((i) => paragraphs[i]!.id)
        .concat(MIDDLE);
      const toolsRect = { top: box.y, bottom: box.y + box.height, left: box.x, right: box.x + box.width };
      for (const id of ids) {
        const lines = await textRects(page, id);
        expect(lines.length, `text lines of ${id}`).toBeGreaterThan(0);
        for (const r of lines) expect(overlaps(toolsRect, r), `tools over the text of ${id}`).toBe(false);
      }
      // And they work: the copy button copies the paragraph's link.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await tools.getByRole('button', { name: '复制链接' }).click();
      await expect(tools.getByRole('button', { name: '已复制' })).toBeVisible();
    });
  });
}

test('an article loads under 2 KB of JavaScript, and the switcher’s place keeping only when used', async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script') scripts.set(new URL(res.url()).pathname, (await res.body()).length);
  });
  await page.goto(`zh-tw/reports/${A.data.slug}/`, { waitUntil: 'networkidle' });
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  expect(total, [...scripts.keys()].join(', ')).toBeLessThan(2048);
  expect([...scripts.keys()].filter((s) => s.includes('place-in-view'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the bar, its switcher, the end links and the English note work', async ({ page }) => {
    await page.goto(`zh-tw/reports/${A.data.slug}/`);
    await page.locator('.reading-bar summary').click();
    await expect(page.locator('.reading-bar a[hreflang="en"]')).toBeVisible();
    await expect(page.locator('nav.report-end a[rel="next"]')).toHaveCount(1);
    await page.goto(`en/reports/${A.data.slug}/#${MIDDLE}`);
    if (TRANSLATED) {
      // The English page carries the same paragraph ids: the link lands on the paragraph, and no note is shown.
      await expect(page.locator(`[id="${MIDDLE}"]`)).toBeInViewport();
      await expect(page.locator('.fragment-elsewhere')).toHaveCount(0);
    } else {
      await expect(page.locator('.fragment-elsewhere')).toBeVisible();
      await page.goto(`en/reports/${A.data.slug}/`);
      await expect(page.locator('.fragment-elsewhere')).toBeHidden();
    }
  });
});
