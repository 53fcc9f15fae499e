/**
 * The English edition in the browser: English report pages with the Chinese
 * report's paragraph ids and honest labels, the parallel view (side by side on
 * wide screens, interleaved on narrow ones, without JavaScript), English search
 * landing on paragraphs, Latin names on the Chinese search pages, the feed and
 * the quotation index; and an archive whose report has no translation.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startServer } from '../../scripts/static-server.mjs';
import { TRANSLATED } from './pages.ts';

const HAN = /\p{Script=Han}/u;
const ids = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.id));

for (const slug of TRANSLATED) {
  test.describe(`English page of ${slug}`, () => {
    test('shows the English text with the Chinese page’s paragraph and section ids', async ({ page }) => {
      await page.goto(`zh-hans/reports/${slug}/`);
      const zhParagraphs = await ids(page, '.report-text [data-para]');
      const zhSections = await ids(page, '.report-text h2.section-heading');
      await page.goto(`en/reports/${slug}/`);
      expect(await ids(page, '.report-text [data-para]')).toEqual(zhParagraphs);
      expect(await ids(page, '.report-text h2.section-heading')).toEqual(zhSections);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const texts = await page.locator('.report-text [data-para]').allTextContents();
      expect(texts.filter((t) => HAN.test(t))).toEqual([]);
      // Each paragraph's number links to its own id.
      const first = page.locator('.report-text [data-para]').first();
      await expect(first.locator('a.para-link')).toHaveAttribute('href', `#${zhParagraphs[0]}`);
    });

    test('says the English is the archive’s translation and links the original and the parallel view', async ({ page }) => {
      await page.goto(`en/reports/${slug}/`);
      const note = page.locator('[data-translation-note="translated"]');
      await expect(note).toContainText('not an official text');
      await expect(note.locator('a[data-original-link]')).toHaveCount(3);
      for (const a of await note.locator('a[data-original-link]').all()) expect(await a.getAttribute('lang')).toMatch(/^zh-/);
      await note.locator('a[data-parallel-link]').click();
      await expect(page).toHaveURL(new RegExp(`/en/reports/${slug}/parallel/$`));
    });

    test('cites the Chinese original and notes that the English is the archive’s', async ({ page }) => {
      await page.goto(`en/reports/${slug}/`);
      const citation = page.locator('[data-citation]');
      await expect(citation.locator('.citation-cites-original')).toContainText('archive’s own translation');
      for (const text of await citation.locator('[data-citation-text]').all()) await expect(text).toHaveAttribute('lang', 'zh-Hans');
      await expect(citation.locator('[data-citation-text]').first()).toContainText(`zh-hans/reports/${slug}/`);
    });

    test('a permalink lands on the paragraph', async ({ page }) => {
      await page.goto(`zh-hans/reports/${slug}/`);
      const id = (await ids(page, '.report-text [data-para]'))[3]!;
      await page.goto(`en/reports/${slug}/#${id}`);
      await expect(page.locator(`#${id}`)).toBeInViewport();
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    });
  });

  test.describe(`parallel view of ${slug}`, () => {
    test.use({ javaScriptEnabled: false });

    test('pairs every paragraph of the report, Chinese and English marked by language', async ({ page }) => {
      await page.goto(`zh-hans/reports/${slug}/`);
      const zhParagraphs = await ids(page, '.report-text [data-para]');
      await page.goto(`en/reports/${slug}/parallel/`);
      expect(await ids(page, '[data-pair]')).toEqual(zhParagraphs);
      for (const pair of (await page.locator('[data-pair]').all()).slice(0, 5)) {
        await expect(pair.locator('p[lang="zh-Hans"]')).toHaveCount(1);
        await expect(pair.locator('p[lang="en"]')).toHaveCount(1);
        expect(await pair.locator('p[lang="en"]').textContent()).not.toMatch(HAN);
      }
    });

    test('side by side on a wide screen, interleaved on a narrow one', async ({ page }) => {
      const boxes = async () => {
        const pair = page.locator('[data-pair]').nth(1);
        return { zh: (await pair.locator('p[lang="zh-Hans"]').boundingBox())!, en: (await pair.locator('p[lang="en"]').boundingBox())! };
      };
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`en/reports/${slug}/parallel/`);
      let { zh, en } = await boxes();
      expect(Math.abs(en.y - zh.y)).toBeLessThan(2);
      expect(en.x).toBeGreaterThan(zh.x + zh.width);
      await page.setViewportSize({ width: 390, height: 900 });
      ({ zh, en } = await boxes());
      expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    test('a permalink lands on its pair', async ({ page }) => {
      await page.goto(`en/reports/${slug}/parallel/`);
      const id = (await ids(page, '[data-pair]')).at(-3)!;
      await page.goto(`en/reports/${slug}/parallel/#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });

    test('a Chinese locale’s parallel view shows its own script with the same ids', async ({ page }) => {
      await page.goto(`zh-tw/reports/${slug}/parallel/`);
      await expect(page.locator('[data-pair] p[lang="zh-Hant-TW"]').first()).toBeVisible();
      await page.goto(`zh-tw/reports/${slug}/`);
      await expect(page.locator('a[data-parallel-link]')).toHaveAttribute('href', /parallel\/$/);
    });
  });
}

test.describe('English search', () => {
  test.skip(!TRANSLATED.length, 'no report is translated');

  async function search(page: Page, q: string) {
    await page.goto(`en/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-search-status]')).not.toHaveText(/Searching|JavaScript|^$/);
    return page.locator('[data-search-results] a[data-result-link]');
  }

  test('finds paragraphs holding every word, in any case, and lands on the paragraph', async ({ page }) => {
    const links = await search(page, 'CASPIAN sea');
    expect(await links.count()).toBeGreaterThan(0);
    for (const text of await links.locator('.search-result__excerpt').allTextContents()) expect(text.toLowerCase()).toMatch(/caspian/);
    const href = (await links.first().getAttribute('href'))!;
    expect(href).toMatch(/\/en\/reports\/[a-z-]+\/\?hl=.+#(s\d+-)?p\d+$/);
    const id = decodeURIComponent(new URL(href).hash.slice(1));
    await links.first().click();
    const paragraph = page.locator(`[id="${id}"]`);
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toHaveAttribute('data-search-hit', /\d+/);
    const text = (await paragraph.textContent())!.toLowerCase();
    expect(text).toContain('caspian');
    expect(text).toContain('sea');
  });

  test('keeps only paragraphs that hold all the words', async ({ page }) => {
    const links = await search(page, 'Astana declaration');
    for (const text of await links.locator('.search-result__excerpt').allTextContents()) expect(text).toMatch(/Astana Declaration/i);
    await search(page, 'xyzzy astana');
    await expect(page.locator('[data-search-results] li')).toHaveCount(0);
    await expect(page.locator('[data-search-status]')).toContainText('Nothing found');
  });

  test('says it searches the archive’s translation and offers the Chinese search with the query', async ({ page }) => {
    await search(page, 'Astana');
    await expect(page.locator('.search-en-intro')).toContainText('archive’s own English translation');
    await expect(page.locator('a[data-search-elsewhere]').first()).toHaveAttribute('href', /q=Astana/);
  });
});

test.describe('Latin names on the Chinese search pages', () => {
  for (const [locale, q, form] of [
    ['zh-hans', 'Tokayev', '托卡耶夫'],
    ['zh-hans', 'Tuokayefu', '托卡耶夫'],
    ['zh-tw', 'Astana', '阿斯塔納'],
  ] as const) {
    test(`${q} on ${locale} finds paragraphs naming ${form}`, async ({ page }) => {
      await page.goto(`${locale}/search/?q=${q}`);
      const links = page.locator('[data-search-results] a[data-result-link]');
      await links.first().waitFor();
      for (const text of await links.locator('.search-result__excerpt').allTextContents()) expect(text).toContain(form);
    });
  }
});

test('the English feed says each translated entry is the archive’s translation and links the original', async ({ request }) => {
  const feed = await (await request.get('en/feed.xml')).text();
  // Absolute with a site URL (ARCHIVE_SITE_URL), else relative to the feed like every other URL in it.
  for (const slug of TRANSLATED) {
    expect(feed).toMatch(
      new RegExp(`<link rel="related" [^>]*hreflang="zh-Hans"[^>]* href="(https?://[^"]+/|\\.\\./)zh-hans/reports/${slug}/"`),
    );
    expect(feed).toMatch(new RegExp(`Original \\(Chinese\\): (https?://[^\\s<]+/|\\.\\./)zh-hans/reports/${slug}/`));
  }
  expect(feed).toContain('The archive’s own English translation, not an official text');
});

test('the English quotation index shows each quotation’s English words beside the original', async ({ page }) => {
  await page.goto('en/quotes/');
  for (const slug of TRANSLATED) {
    const quotes = page.locator(`[data-report="${slug}"] [data-quote]`);
    const count = await quotes.count();
    expect(count).toBeGreaterThan(0);
    await expect(page.locator(`[data-report="${slug}"] [data-quote] [data-quote-en]`)).toHaveCount(count);
    await expect(quotes.first().locator('blockquote[lang="zh-Hans"]')).toHaveCount(1);
  }
});

test.describe('an archive whose report has no translation', () => {
  const OUT = resolve('.cache/e2e-untranslated-dist');
  const PORT = Number(process.env.E2E_PORT ?? 4399) + 41;
  const base = `http://127.0.0.1:${PORT}/`;
  let server: { close: (done?: () => void) => unknown } | undefined;
  let content = '';
  test.skip(!TRANSLATED.length, 'no report is translated');
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    content = mkdtempSync(join(tmpdir(), 'untranslated-'));
    cpSync('content', content, { recursive: true });
    rmSync(join(content, 'translations', 'en', `${TRANSLATED[0]}.md`));
    rmSync(OUT, { recursive: true, force: true });
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', OUT], {
      env: { ...process.env, ARCHIVE_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build without a translation failed:\n${build.stdout}\n${build.stderr}`);
    ({ server } = await startServer({ dir: OUT, port: PORT }));
  });

  test.afterAll(async () => {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    rmSync(OUT, { recursive: true, force: true });
    if (content) rmSync(content, { recursive: true, force: true });
  });

  test('its English page keeps the summary, says a translation is not available and links the original', async ({ page, request }) => {
    await page.goto(`${base}en/reports/${TRANSLATED[0]}/`);
    await expect(page.locator('[data-translation-note="unavailable"]')).toContainText('not available');
    await expect(page.locator('[data-translation-note] a[data-original-link]')).toHaveCount(3);
    await expect(page.locator('.report-summary')).toBeVisible();
    await expect(page.locator('[data-para]')).toHaveCount(0);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    expect((await request.get(`${base}en/reports/${TRANSLATED[0]}/parallel/`)).status()).toBe(404);
  });
});
