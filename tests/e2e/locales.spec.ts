/**
 * Locales on the built site: switching keeps the reader's place, Traditional
 * pages hold no Simplified-only character, no page shows an untranslated
 * interface string, every page links its counterparts, and fonts follow :lang().
 */
import { existsSync, readdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { LOCALES, type Locale, type LocaleCode } from '../../src/lib/i18n/locales.ts';
import { ALLOWED_LATIN_IN_CHINESE, simplifiedOnlyIn } from '../support/simplified-only.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';

const { reports } = loadArchiveContent('content');
/** Every page the build wrote for a locale (paths relative to the site root). */
const localePages = (code: LocaleCode) =>
  readdirSync(`dist/${code}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `${code}/${f.replace(/index\.html$/, '')}`)
    .sort();

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
  test('zh-hans #s2-p5 → zh-tw lands on the same paragraph, converted', async ({ page }) => {
    const [hans, tw] = [LOCALES.find((l) => l.code === 'zh-hans')!, LOCALES.find((l) => l.code === 'zh-tw')!];
    await page.goto('zh-hans/reports/harmony-and-unity/#s2-p5');
    expect(await target(page)).toEqual({ id: 's2-p5', text: paragraphText('harmony-and-unity', 's2-p5', hans) });
    await switcherLink(page, tw).click();
    await expect(page).toHaveURL(/\/zh-tw\/reports\/harmony-and-unity\/#s2-p5$/);
    await expect.poll(() => target(page)).toEqual({ id: 's2-p5', text: paragraphText('harmony-and-unity', 's2-p5', tw) });
  });

  // Every ordered pair of locales, each on a different paragraph of the two reports.
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
    await page.goto('zh-hk/reports/international-voices/');
    await expect(switcherLink(page, LOCALES[0]!)).toHaveAttribute('href', /\/zh-hans\/reports\/international-voices\/$/);
  });
});

/**
 * Visible text of the page, leaving out elements whose lang `keep` rejects (and the skipped selectors).
 * `keep` runs in the browser, so it sees only its arguments: the element's lang and the page's.
 */
async function visibleText(page: Page, keep: (lang: string, pageLang: string) => boolean, skip: string[] = []): Promise<string> {
  return page.evaluate(
    ({ skip, keepSource }) => {
      const keepLang = new Function('lang', 'pageLang', `return (${keepSource})(lang, pageLang)`) as (
        lang: string,
        pageLang: string,
      ) => boolean;
      const pageLang = document.documentElement.lang;
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[lang]').forEach((el) => {
        if (!keepLang(el.getAttribute('lang') ?? '', pageLang)) el.remove();
      });
      for (const s of skip) body.querySelectorAll(s).forEach((el) => el.remove());
      body.querySelectorAll('script, style, template').forEach((el) => el.remove());
      return `${document.title}\n${body.textContent ?? ''}`;
    },
    { skip, keepSource: keep.toString() },
  );
}

/**
 * Every built page of a locale, visited in one browser page (a test per page would spend most of its time
 * opening contexts): each check is soft, so one run lists every page that breaks it.
 */
test.describe('every page of every locale', () => {
  for (const locale of LOCALES) {
    test(`${locale.code}: script, interface language, canonical and hreflang on all ${localePages(locale.code).length} pages`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      for (const path of localePages(locale.code)) {
        await page.goto(path, { waitUntil: 'domcontentloaded' });
        if (locale.conversion) {
          // Elements marked with another Chinese script or region show that form on purpose (ledger quotations,
          // the switcher's labels, a name's other written forms).
          const text = await visibleText(page, (lang, pageLang) => !lang.startsWith('zh') || lang === pageLang);
          expect.soft(simplifiedOnlyIn(text, locale.conversion), `${path}: Simplified-only characters`).toEqual([]);
        }
        if (!locale.hasReportText) {
          const text = await visibleText(page, (lang) => !lang.startsWith('zh'));
          expect.soft(text.match(/\p{Script=Han}+/gu) ?? [], `${path}: Han characters outside elements marked lang="zh-…"`).toEqual([]);
        } else {
          // Report texts, ledger entries, citations, URLs and file names are content, not interface; so is
          // anything marked with a non-Chinese lang (English and native names).
          const text = await visibleText(page, (lang) => lang.startsWith('zh'), [
            '[data-transcription-body]',
            '.ledger-reason',
            '.ledger-text',
            'code',
            '[data-citation-text]',
            '.url',
          ]);
          const words = (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED_LATIN_IN_CHINESE.includes(w));
          expect.soft(words, `${path}: Latin interface words`).toEqual([]);
        }
        await checkAlternates(page, path);
      }
    });
  }
  for (const path of ['', '404.html']) {
    test(`${path || 'root'} (outside the locale tree) has a canonical link`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    });
  }
});

/** One canonical link to the page itself; hreflang alternates for every locale that has the page, plus x-default. */
async function checkAlternates(page: Page, path: string) {
  const head = await page.evaluate(() => ({
    canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href')),
    alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]:not([type])')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]),
  }));
  expect.soft(head.canonical, `${path}: one canonical link`).toHaveLength(1);
  expect.soft(head.canonical[0], `${path}: canonical URL`).toMatch(new RegExp(`^https?://[^/]+/(.*/)?${path.replace(/\//g, '\\/')}$`));
  const byLang = Object.fromEntries(head.alternates);
  // Every locale that has this page (English has no citation pages, for instance), plus x-default.
  const rest = path.replace(/^[a-z-]+\//, '');
  const counterparts = LOCALES.filter((l) => existsSync(`dist/${l.code}/${rest}index.html`));
  expect.soft(counterparts.length, `${path}: has counterparts`).toBeGreaterThan(1);
  expect.soft(Object.keys(byLang).sort(), `${path}: hreflang set`).toEqual([...counterparts.map((l) => l.lang), 'x-default'].sort());
  for (const l of counterparts) expect.soft(byLang[l.lang], `${path}: ${l.lang} alternate`).toMatch(new RegExp(`/${l.code}/${rest}$`));
  expect.soft(byLang['x-default'], `${path}: x-default`).toBe(byLang['zh-Hans']);
}

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
      await page.goto(`${locale.code}/reports/harmony-and-unity/`);
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
