/**
 * Search: real queries from the two reports (quotes, people, places, numbers,
 * both scripts, punctuation) in every Chinese locale — the first result, the
 * paragraph it lands on, and the words highlighted there — plus no-result,
 * injection, keyboard, filter and no-JavaScript behaviour.
 */
import { expect, type Page, test } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { convertText } from '../../src/lib/i18n/convert.ts';

type Slug = 'harmony-and-unity' | 'international-voices';
interface Case {
  q: string;
  slug: Slug;
  /** The paragraph the first result must link to (or one of them, when the words occur more than once). */
  ids: string[];
  note: string;
  /** The Simplified original, when the query uses a regional form that no converter maps back exactly. */
  original?: string;
  /** Paragraphs of the other report that hold the words as well (`slug#id`). */
  also?: string[];
}

const H: Slug = 'harmony-and-unity';
const V: Slug = 'international-voices';
const CASES: Case[] = [
  { q: '兼相爱，交相利', slug: H, ids: ['s3-p27'], note: 'quote with Chinese comma' },
  { q: '兼相爱 交相利', slug: H, ids: ['s3-p27'], note: 'quote with a space' },
  { q: '“兼相爱，交相利。”', slug: H, ids: ['s3-p27'], note: 'quote with its quotation marks' },
  { q: '兼相愛，交相利', slug: H, ids: ['s3-p27'], note: 'quote typed in Traditional' },
  { q: '和睦与团结就是幸福与财富', slug: H, ids: ['s3-p27'], note: 'proverb (also the headline)' },
  { q: '独行快，众行远', slug: H, ids: ['s1-p9'], note: 'proverb' },
  { q: '獨行快,眾行遠', slug: H, ids: ['s1-p9'], note: 'Traditional with an ASCII comma' },
  { q: '亲戚越走越近', slug: H, ids: ['s1-p1'], note: 'saying' },
  { q: '乱云飞渡', slug: H, ids: ['p9'], note: 'phrase' },
  { q: '冬奥之约', slug: H, ids: ['s1-p2'], note: 'phrase' },
  { q: '西安愿景', slug: H, ids: ['s1-p7'], note: 'phrase' },
  { q: '第9次中亚之行', slug: H, ids: ['s1-p3'], note: 'number in a phrase' },
  { q: '第９次中亚之行', slug: H, ids: ['s1-p3'], note: 'full-width digit' },
  { q: '1360多万平方公里', slug: H, ids: ['p8'], note: 'number' },
  { q: '１３６０多萬平方公里', slug: H, ids: ['p8'], note: 'full-width number, Traditional' },
  { q: '3300多公里', slug: H, ids: ['p8'], note: 'number' },
  { q: '15亿元', slug: H, ids: ['s2-p13'], note: 'money' },
  { q: '200到300公里', slug: V, ids: ['s2-p2'], note: 'number range' },
  { q: '伊希姆河畔', slug: H, ids: ['p2'], note: 'place' },
  { q: '杜尚别', slug: H, ids: ['p4'], note: 'place' },
  { q: '阿什哈巴德', slug: H, ids: ['p4'], note: 'place' },
  { q: '乌鲁木齐', slug: V, ids: ['s2-p2'], note: 'place' },
  { q: '烏魯木齊', slug: V, ids: ['s2-p2'], note: 'place, Traditional' },
  { q: '连云港', slug: V, ids: ['s2-p5'], note: 'place' },
  { q: '連雲港', slug: V, ids: ['s2-p5'], note: 'place, Traditional' },
  { q: '阿拉木图', slug: V, ids: ['s2-p7'], note: 'place' },
  { q: '霍尔果斯', slug: V, ids: ['s2-p4'], note: 'place' },
  { q: '霍爾果斯', slug: V, ids: ['s2-p4'], note: 'place, Traditional' },
  { q: '别尔德穆哈梅多夫', slug: H, ids: ['s1-p10'], note: 'person' },
  { q: '孙炜东', slug: V, ids: ['s1-p1'], note: 'person' },
  { q: '寇建海', slug: V, ids: ['s2-p6'], note: 'person' },
  { q: '王国超', slug: V, ids: ['s2-p5'], note: 'person' },
  { q: '穆塔基', slug: V, ids: ['s3-p5'], note: 'person' },
  { q: '肯扎耶夫', slug: V, ids: ['s1-p2'], note: 'person' },
  { q: '巴赫蒂亚尔·哈姆达莫夫', slug: V, ids: ['s1-p3'], note: 'person with a middle dot' },
  { q: '朱莉娅 罗克尼法德', slug: V, ids: ['s3-p4'], note: 'person with a space' },
  { q: '马哈茂德·哈桑·汗', slug: V, ids: ['s3-p2'], note: 'person' },
  { q: '愛德華多·雷加拉多', slug: V, ids: ['s3-p6'], note: 'person, Traditional' },
  { q: '迎著正午陽光', slug: H, ids: ['p2'], note: 'Taiwan form 著', original: '迎着正午阳光' },
  { q: '迎着正午陽光', slug: H, ids: ['p2'], note: 'Hong Kong form 着', original: '迎着正午阳光' },
  { q: '公正地說', slug: H, ids: ['s1-p12'], note: 'Taiwan form 說', original: '公正地说' },
  { q: '公正地説', slug: H, ids: ['s1-p12'], note: 'Hong Kong form 説', original: '公正地说' },
  { q: '托卡耶夫', slug: H, ids: ['p2', 's1-p5', 's1-p12', 's1-p23', 's2-p2', 's2-p20', 's3-p5'], note: 'person, many paragraphs' },
  { q: '阿斯塔纳宣言', slug: H, ids: ['s1-p22', 's3-p19'], note: 'document title', also: [`${V}#s1-p3`] },
];

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
    for (const c of CASES) {
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

    test('量子计算机 finds nothing and says so (no single-character matches)', async ({ page }) => {
      const status = await search(page, locale.code, '量子计算机');
      await expect(status).toContainText('量子计算机');
      await expect(status).toHaveText(/没有找到|沒有找到/);
      await expect(page.locator('[data-search-results] li')).toHaveCount(0);
    });
  });
}

test('results come best first: full matches before partial ones, which are labelled', async ({ page }) => {
  await search(page, 'zh-hans', '连云港 量子');
  const kinds = await page.locator('[data-search-results] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')));
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.every((k) => k === 'partial')).toBe(true);
  await expect(page.locator('[data-search-results] li').first()).toContainText('部分匹配');
  await search(page, 'zh-hans', '连云港');
  await expect(page.locator('[data-search-results] li[data-kind="partial"]')).toHaveCount(0);
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
  await search(page, 'zh-hans', '永久睦邻友好合作条约');
  await expect(page.locator('[data-search-status]')).toHaveText(/找到5处/);
  await page.locator('select[name="report"]').selectOption('international-voices');
  await expect(page.locator('[data-search-status]')).toHaveText(/找到4处/);
  await expect(page).toHaveURL(/report=international-voices/);
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h!.includes('/reports/international-voices/'))).toBe(true);
  await page.locator('select[name="report"]').selectOption('');
  await page.locator('select[name="outlet"]').selectOption('peoples-daily');
  await expect(page.locator('[data-search-status]')).toHaveText(/找到1处/);
});

test('search narrows to quotations, and to one speaker’s, from the quote data', async ({ page }) => {
  const { quotes } = loadArchiveContent('content');
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
  // Tokayev's quoted paragraphs that hold 合作: s1-p12, s1-p23, s2-p2, s2-p20 (and s2-p16, attributed by context).
  await expect
    .poll(async () => (await shown()).sort())
    .toEqual(['s1-p12', 's1-p23', 's2-p16', 's2-p2', 's2-p20'].map((id) => `harmony-and-unity#${id}`).sort());
  for (const key of await shown()) expect(quotedBy('tokayev').has(key), key).toBe(true);
  // The choice is part of the shareable URL.
  await page.reload();
  await expect(page.locator('select[name="quote"]')).toHaveValue('tokayev');
  await expect.poll(async () => (await shown()).length).toBe(5);
});

test('the search page preloads Pagefind’s script, uses that copy, and starts the engine only when asked', async ({ page }) => {
  const fetched: string[] = [];
  const warnings: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  page.on('console', (msg) => {
    if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
  });
  await page.goto('zh-tw/search/');
  await expect.poll(() => fetched.filter((p) => p.endsWith('/pagefind/pagefind.js')).length).toBe(1);
  // No query yet: no index is read, so nothing on the page moves.
  await page.waitForTimeout(500);
  expect(fetched.filter((p) => p.includes('/pagefind/') && !p.endsWith('/pagefind.js'))).toEqual([]);
  await page.locator('#search-q').fill('連雲港');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(fetched.filter((p) => p.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
  expect(fetched.filter((p) => p.endsWith('/pagefind/wasm.unknown.pagefind'))).toHaveLength(1);
  // Chromium warns about a preload left unused after a few seconds.
  await page.waitForTimeout(3500);
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
});

test('the header search box leads to the search page with the query', async ({ page }) => {
  await page.goto('zh-tw/');
  await page.locator('#site-search-q').fill('連雲港');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/zh-tw\/search\/\?q=/);
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /international-voices\/\?hl=.*#s2-p5$/);
});

test('English explains that search runs in Chinese and carries the query over', async ({ page }) => {
  await page.goto(`en/search/?q=${encodeURIComponent('连云港')}`);
  const link = page.locator('a[data-search-elsewhere]').first();
  await expect(link).toHaveAttribute('href', /zh-hans\/search\/\?q=%E8%BF%9E/);
  await link.click();
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /#s2-p5$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says that search needs JavaScript', async ({ page }) => {
    await page.goto('zh-hans/search/?q=连云港');
    await expect(page.locator('[data-search-status]')).toContainText('搜索需要浏览器启用脚本');
  });
});
