/**
 * Search in the browser: a few real queries end to end in every Chinese locale
 * (first result, the paragraph it lands on, the words highlighted there; the
 * full query matrix runs over the matching code in
 * tests/unit/search-queries.test.ts), plus what needs a page: no layout shift
 * while results arrive, hostile URLs and input, injection, keyboard, filters
 * and no-JavaScript behaviour.
 */
import { expect, type Page, test } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { convertText } from '../../src/lib/i18n/convert.ts';
import { EARLY_RECORDS } from '../../src/lib/search/preload-stamp.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { SEARCH_CASES } from '../support/search-cases.ts';

/** End to end: a quote with its punctuation, a Traditional place name, a Hong Kong form, a name in many paragraphs. */
const BROWSER_CASES = ['兼相爱，交相利', '連雲港', '公正地説', '托卡耶夫'].map((q) => SEARCH_CASES.find((c) => c.q === q)!);

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const normalize = (s: string) => s.normalize('NFKC').replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
const LOCALES = [
  { code: 'zh-hans', convert: (s: string) => s },
  { code: 'zh-tw', convert: (s: string) => convertText(s, 'tw') },
  { code: 'zh-hk', convert: (s: string) => convertText(s, 'hk') },
] as const;

async function search(page: Page, locale: string, q: string) {
  await page.goto(`${locale}/search/?q=${encodeURIComponent(q)}`);
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText(/正在|脚本|腳本|^$/);
  return status;
}

/** The paragraph's own text, without its permalink number. */
const paragraphText = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-nontext]').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });

for (const locale of LOCALES) {
  test.describe(`search in ${locale.code}`, () => {
    for (const c of BROWSER_CASES) {
      test(`${c.q} (${c.note}) → ${c.slug}#${c.ids[0]}`, async ({ page }) => {
        await search(page, locale.code, c.q);
        const first = page.locator('[data-search-results] a').first();
        const href = new URL((await first.getAttribute('href'))!);
        const landed = `${/\/reports\/([a-z-]+)\/$/.exec(href.pathname)?.[1]}#${href.hash.slice(1)}`;
        expect(href.pathname).toMatch(new RegExp(`/${locale.code}/reports/[a-z-]+/$`));
        expect([...c.ids.map((id) => `${c.slug}#${id}`), ...(c.also ?? [])]).toContain(landed);
        await expect(page.locator('[data-search-results] li').first()).toHaveAttribute('data-kind', 'full');

        await first.click();
        await expect(page).toHaveURL(new RegExp(`/${locale.code}/reports/${landed.split('#')[0]}/.*#${href.hash.slice(1)}$`));
        const expected = normalize(locale.convert(c.original ?? toSimplified(c.q)));
        expect(normalize(await paragraphText(page, href.hash.slice(1)))).toContain(expected);
        // Highlighted in that paragraph, and only there.
        const marked = page.locator('[data-search-hit]');
        await expect(marked).toHaveCount(1);
        await expect(marked).toHaveAttribute('id', href.hash.slice(1));
        const highlighted = await page.evaluate(() => {
          const h = CSS.highlights.get('search-hit');
          return h
            ? [...h].map((r) => (r as Range).toString())
            : [...document.querySelectorAll('mark.search-hit')].map((m) => m.textContent);
        });
        expect(highlighted.length).toBeGreaterThan(0);
        for (const text of highlighted) expect(normalize(text ?? '')).toBe(expected);
      });
    }
  });
}

// One page load for two checks of the same state: a query wrapped in bidi controls is searched as 量子计算机.
test('量子计算机 finds nothing and says so (no single-character matches); bidi controls in the query are removed, and the query shown back is isolated', async ({
  page,
}) => {
  await page.goto(`zh-hans/search/?q=${encodeURIComponent('\u202e量子计算机\u202c')}`);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/没有找到/);
  await expect(status).toContainText('量子计算机');
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  await expect(page.locator('#search-q')).toHaveValue('量子计算机');
  await expect(status.locator('bdi')).toHaveText('量子计算机');
  expect(await status.textContent()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
});

test('results come best first: full matches before partial ones, which are labelled', async ({ page }) => {
  await search(page, 'zh-hans', '连云港 量子');
  const kinds = await page.locator('[data-search-results] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')));
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.every((k) => k === 'partial')).toBe(true);
  await expect(page.locator('[data-search-results] li').first()).toContainText('部分匹配');
  // That a query every word of which matches shows no partial result is checked on 连云港's results, below (the
  // English page's link leads there).
});

for (const payload of ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>']) {
  test(`the query is never inserted as HTML: ${payload}`, async ({ page }) => {
    await search(page, 'zh-hans', payload);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img, main script:not([type="application/json"]):not([src])')).toHaveCount(0);
    await expect(page.locator('#search-q')).toHaveValue(payload);
    await expect(page.locator('[data-search-status]')).toContainText(payload);
  });
}

test('keyboard: ↓ and ↑ move through results, Enter opens one', async ({ page }) => {
  await page.goto('zh-hans/search/');
  await page.locator('#search-q').fill('托卡耶夫');
  await expect(page.locator('[data-search-results] a')).not.toHaveCount(0);
  await expect(page).toHaveURL(/\?q=%E6%89%98/);
  const links = page.locator('[data-search-results] a');
  await page.locator('#search-q').press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = (await links.nth(0).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
});

test('filters narrow results to one report and one outlet, and the count says how many', async ({ page }) => {
  // The counts come from the content: the paragraphs that hold the phrase, in all, in one report, from one outlet.
  const phrase = '永久睦邻友好合作条约';
  const { reports } = loadArchiveContent('content');
  const hits = (rs: typeof reports) => rs.reduce((n, r) => n + textBlocks(r.parsed).filter((b) => b.text.includes(phrase)).length, 0);
  const report = [...reports].sort((x, y) => hits([y]) - hits([x]))[0]!;
  const outlet = 'peoples-daily';
  expect(hits(reports)).toBeGreaterThan(hits([report]));
  await search(page, 'zh-hans', phrase);
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`找到${hits(reports)}处`));
  await page.locator('select[name="report"]').selectOption(report.data.slug);
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`找到${hits([report])}处`));
  await expect(page).toHaveURL(new RegExp(`report=${report.data.slug}`));
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h!.includes(`/reports/${report.data.slug}/`))).toBe(true);
  await page.locator('select[name="report"]').selectOption('');
  await page.locator('select[name="outlet"]').selectOption(outlet);
  const fromOutlet = hits(reports.filter((r) => (r.data.outlets as readonly string[]).includes(outlet)));
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`找到${fromOutlet}处`));
});

test('search narrows to quotations, and to one speaker’s, from the quote data', async ({ page }) => {
  const { quotes, reports } = loadArchiveContent('content');
  const paragraphText = (key: string) => {
    const [slug, id] = key.split('#');
    return textBlocks(reports.find((r) => r.data.slug === slug)!.parsed).find((b) => b.id === id)!.text;
  };
  const quotedBy = (speaker?: string) =>
    new Set(quotes.filter((q) => !speaker || q.speaker === speaker).map((q) => `${q.report}#${q.paragraph}`));
  const shown = async () =>
    (await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) => {
      const [, slug, id] = /reports\/([^/]+)\/.*#(.+)$/.exec(h)!;
      return `${slug}#${id}`;
    });
  await search(page, 'zh-tw', '合作');
  const all = await shown();
  await page.locator('select[name="quote"]').selectOption('any');
  await expect(page).toHaveURL(/quote=any/);
  await expect.poll(async () => (await shown()).length).toBeLessThan(all.length);
  const anyQuote = await shown();
  expect(anyQuote.length).toBeGreaterThan(0);
  for (const key of anyQuote) expect(quotedBy().has(key), key).toBe(true);
  await page.locator('select[name="quote"]').selectOption('tokayev');
  await expect(page).toHaveURL(/quote=tokayev/);
  // Tokayev's quoted paragraphs (stated or attributed by context) that hold 合作, from the content.
  const tokayevs = [...quotedBy('tokayev')].filter((key) => paragraphText(key).includes('合作')).sort();
  expect(tokayevs.length).toBeGreaterThan(0);
  await expect.poll(async () => (await shown()).sort()).toEqual(tokayevs);
  for (const key of await shown()) expect(quotedBy('tokayev').has(key), key).toBe(true);
  // The choice is part of the shareable URL.
  await page.reload();
  await expect(page.locator('select[name="quote"]')).toHaveValue('tokayev');
  await expect.poll(async () => (await shown()).length).toBe(tokayevs.length);
});

test('a small archive’s search page reads the page records the build lists, preloaded with a query, and no WebAssembly', async ({
  page,
}) => {
  const fetched: string[] = [];
  const warnings: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  page.on('console', (msg) => {
    if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
  });
  await page.goto('zh-tw/search/');
  const listed = await page.locator('#search-records').evaluate((el) => JSON.parse(el.textContent!) as string[]);
  const records = listed.map((href) => new URL(href, page.url()).pathname);
  expect(records.length).toBeGreaterThan(0);
  for (const path of records) expect(path).toMatch(/\/pagefind\/fragment\/zh-hant-tw_\w+\.pf_fragment$/);
  // Without a query nothing of the index is preloaded or fetched until the reader turns to the form.
  expect(await page.locator('link[rel="preload"], link[rel="modulepreload"]').count()).toBe(0);
  await page.waitForTimeout(500);
  expect(fetched.filter((f) => f.includes('/pagefind/'))).toEqual([]);
  await page.locator('#search-q').focus();
  await expect.poll(() => fetched.filter((f) => records.includes(f)).length).toBe(records.length);
  await page.locator('#search-q').fill('連雲港');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();

  // With a query in the URL the head's script fetches and unpacks every record, and the page's script uses those
  // copies: each is fetched once.
  fetched.length = 0;
  await page.goto(`zh-tw/search/?q=${encodeURIComponent('連雲港')}`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(await page.evaluate((name) => name in window, EARLY_RECORDS)).toBe(true);
  for (const path of records)
    expect(
      fetched.filter((f) => f === path),
      path,
    ).toHaveLength(1);
  // Pagefind's script, entry file, metadata and WebAssembly are never needed.
  expect(fetched.filter((f) => f.includes('/pagefind/') && !records.includes(f))).toEqual([]);
  // Chromium warns about a preload left unused after a few seconds; the CSP would report a blocked inline script.
  await page.waitForTimeout(3500);
  expect(warnings.filter((w) => /preload|Content Security Policy/i.test(w))).toEqual([]);
});

test('a report filter in the URL narrows a small archive’s results to that report, read from its records', async ({ page }) => {
  const reportOf = (href: string) => /\/reports\/([^/]+)\//.exec(href)![1]!;
  const shown = async () =>
    (await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).map(reportOf);
  await page.goto(`zh-hans/search/?q=${encodeURIComponent('托卡耶夫')}`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  const all = await shown();
  const report = all[0]!;
  await page.goto(`zh-hans/search/?q=${encodeURIComponent('托卡耶夫')}&report=${report}`);
  await expect(page.locator('select[name="report"]')).toHaveValue(report);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect.poll(shown).toEqual(all.filter((r) => r === report));
});

test('the header search box leads to the search page with the query', async ({ page }) => {
  await page.goto('zh-tw/');
  await page.locator('#site-search-q').fill('連雲港');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/zh-tw\/search\/\?q=/);
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /reports\/[^/]+\/\?hl=.*#[\w-]+$/);
});

test('the English search page links to the Chinese original’s search, carrying the query over', async ({ page }) => {
  await page.goto(`en/search/?q=${encodeURIComponent('连云港')}`);
  const link = page.locator('a[data-search-elsewhere]').first();
  await expect(link).toHaveAttribute('href', /zh-hans\/search\/\?q=%E8%BF%9E/);
  await link.click();
  await expect(page).toHaveURL(/\/zh-hans\/search\/\?q=%E8%BF%9E/);
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /reports\/[^/]+\/\?hl=.*#[\w-]+$/);
  // Results come best first (above): a query whose every word matches has no partial results.
  await expect(page.locator('[data-search-results] li[data-kind="partial"]')).toHaveCount(0);
  await expect(page.locator('[data-search-results] li[data-kind="full"]')).not.toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says that search needs JavaScript and hides the filters', async ({ page }) => {
    await page.goto('zh-hans/search/?q=连云港');
    await expect(page.locator('[data-search-status]')).toContainText('搜索需要浏览器启用脚本');
    // Filters that could do nothing are not shown.
    await expect(page.locator('[data-search-filters]')).toBeHidden();
  });
});

/** Cumulative layout shift (shifts not caused by input) from navigation until the first result is shown. */
async function shiftUntilResults(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __clsAtResults?: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      if (w.__clsAtResults === undefined && document.querySelector('[data-search-results] a')) {
        // Shifts are reported after the frame they happen in: read the total two frames later.
        requestAnimationFrame(() => requestAnimationFrame(() => (w.__clsAtResults = w.__cls)));
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __clsAtResults?: number }).__clsAtResults !== undefined);
  return page.evaluate(() => (window as unknown as { __clsAtResults: number }).__clsAtResults);
}

for (const width of [390, 1280]) {
  test(`nothing moves while results arrive, at ${width} px (CLS ≤ 0.02 until results are shown)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const q of ['峰会', '连云港', '合作'])
      expect(await shiftUntilResults(page, `zh-hans/search/?q=${encodeURIComponent(q)}`), q).toBeLessThanOrEqual(0.02);
    // The filters are in the page from the first paint, not added by the script.
    const html = await (await page.request.get('zh-hans/search/')).text();
    expect(html).toMatch(/<select name="report"/);
  });
}

test.describe('hostile and accidental input', () => {
  test('only the page’s own filters are read from the URL: tracking parameters change nothing', async ({ page }) => {
    const plain = await search(page, 'zh-hans', '峰会');
    const count = await plain.textContent();
    await expect(page.locator('[data-search-results] li')).not.toHaveCount(0);
    await page.goto(`zh-hans/search/?q=${encodeURIComponent('峰会')}&utm_source=x&fbclid=IwAR0abc&ref=newsletter&report=no-such-report`);
    await expect(page.locator('[data-search-status]')).toHaveText(count!);
    // The URL is rewritten to what the page understands.
    await expect(page).toHaveURL(/\/search\/\?q=%E5%B3%B0%E4%BC%9A$/);
    await expect(page.locator('select[name="report"]')).toHaveValue('');
  });

  test('a query over 200 characters is cut with a note, and the page stays responsive', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('zh-hans/search/');
    await page.locator('#search-q').fill('连云港 霍尔果斯 '.repeat(12_000));
    await page.locator('#search-q').press('Enter');
    const status = page.locator('[data-search-status]');
    await expect(status).toContainText('只搜索了前200个字');
    expect([...(await page.locator('#search-q').inputValue())]).toHaveLength(200);
    await expect(page.locator('[data-search-results] a')).not.toHaveCount(0);
    // A linked long query is cut the same way.
    await page.goto(`zh-hans/search/?q=${encodeURIComponent('连云港 霍尔果斯 '.repeat(40))}`);
    await expect(status).toContainText('只搜索了前200个字');
    expect(errors).toEqual([]);
  });

  for (const hash of ['#%', '#%E0%A4%A', '#%ED%A0%80']) {
    test(`the highlighter ignores a malformed fragment ${hash} without an error`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`zh-hans/reports/international-voices/?hl=${encodeURIComponent('连云港')}&hl=%E0%A4%A${hash}`);
      await expect(page.locator('h1')).toBeVisible();
      // The highlighter is loaded (hl is present) and has run.
      await expect.poll(() => page.evaluate(() => [...document.scripts].some((s) => s.src.includes('search-highlight')))).toBe(true);
      await page.waitForTimeout(300);
      expect(errors).toEqual([]);
      await expect(page.locator('[data-search-hit]')).toHaveCount(0);
    });
  }
});
