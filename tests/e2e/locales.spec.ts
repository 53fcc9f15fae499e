/**
 * Locales on the built site: switching keeps the reader's place, Traditional
 * pages hold no Simplified-only character, no page shows an untranslated
 * interface string, every page links its counterparts, and fonts follow :lang().
 */
import { existsSync, readdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { LOCALES, type Locale, type LocaleCode } from '../../src/lib/i18n/locales.ts';
import { ALLOWED_LATIN_IN_CHINESE, simplifiedOnlyIn } from '../../src/lib/i18n/script.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';

const { reports } = loadArchiveContent('content');
/** Every page the build wrote for a locale (paths relative to the site root). */
const localePages = (code: LocaleCode) =>
  readdirSync(`dist/${code}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `${code}/${f.replace(/index\.html$/, '')}`)
    .sort();
const ALL_LOCALIZED_PAGES = LOCALES.flatMap((l) => localePages(l.code));

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

/** Visible text of the page, leaving out elements whose lang does not start with `keepLang` (and the skipped selectors). */
async function visibleText(page: Page, keep: (lang: string) => boolean, skip: string[] = []): Promise<string> {
  return page.evaluate(
    ({ skip, keepSource }) => {
      const keepLang = new Function('lang', `return (${keepSource})(lang)`) as (lang: string) => boolean;
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[lang]').forEach((el) => {
        if (!keepLang(el.getAttribute('lang') ?? '')) el.remove();
      });
      for (const s of skip) body.querySelectorAll(s).forEach((el) => el.remove());
      body.querySelectorAll('script, style, template').forEach((el) => el.remove());
      return `${document.title}\n${body.textContent ?? ''}`;
    },
    { skip, keepSource: keep.toString() },
  );
}

test.describe('Traditional pages hold no Simplified-only character', () => {
  for (const locale of LOCALES.filter((l) => l.conversion)) {
    for (const path of localePages(locale.code)) {
      test(path, async ({ page }) => {
        await page.goto(path);
        // Elements marked lang="zh-Hans" show the source on purpose (ledger quotations, the switcher's label).
        const text = await visibleText(page, (lang) => !lang.startsWith('zh-Hans'));
        expect(simplifiedOnlyIn(text, locale.conversion!)).toEqual([]);
      });
    }
  }
});

test.describe('no untranslated interface string', () => {
  for (const path of localePages('en')) {
    test(`${path} shows no Han character outside elements marked lang="zh-…"`, async ({ page }) => {
      await page.goto(path);
      const text = await visibleText(page, (lang) => !lang.startsWith('zh'));
      expect(text.match(/\p{Script=Han}+/gu) ?? []).toEqual([]);
    });
  }
  for (const locale of LOCALES.filter((l) => l.hasReportText)) {
    for (const path of localePages(locale.code)) {
      test(`${path} shows no Latin interface word`, async ({ page }) => {
        await page.goto(path);
        // Report texts, ledger entries, citations, URLs and file names are content, not interface; so is anything marked lang="en".
        const text = await visibleText(page, (lang) => lang.startsWith('zh'), [
          '[data-transcription-body]',
          '.ledger-reason',
          '.ledger-text',
          'code',
          '[data-citation-text]',
          '.url',
        ]);
        const words = (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED_LATIN_IN_CHINESE.includes(w));
        expect(words).toEqual([]);
      });
    }
  }
});

test.describe('canonical and hreflang alternates', () => {
  for (const path of ALL_LOCALIZED_PAGES) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const head = await page.evaluate(() => ({
        canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href')),
        alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang'),
          l.getAttribute('href'),
        ]),
      }));
      expect(head.canonical).toHaveLength(1);
      expect(head.canonical[0]).toMatch(new RegExp(`^https?://[^/]+/(.*/)?${path.replace(/\//g, '\\/')}$`));
      const byLang = Object.fromEntries(head.alternates);
      // Every locale that has this page (English has no citation pages, for instance), plus x-default.
      const rest = path.replace(/^[a-z-]+\//, '');
      const counterparts = LOCALES.filter((l) => existsSync(`dist/${l.code}/${rest}index.html`));
      expect(counterparts.length).toBeGreaterThan(1);
      expect(Object.keys(byLang).sort()).toEqual([...counterparts.map((l) => l.lang), 'x-default'].sort());
      for (const l of counterparts) expect(byLang[l.lang]).toMatch(new RegExp(`/${l.code}/${rest}$`));
      expect(byLang['x-default']).toBe(byLang['zh-Hans']);
    });
  }
  for (const path of ['', '404.html']) {
    test(`${path || 'root'} (outside the locale tree) has a canonical link`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    });
  }
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
