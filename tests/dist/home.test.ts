/**
 * The way in, read from dist/ without a browser: the archive root offers every locale, each locale's home page
 * lists every report in order with a link to its page, and a headline the archive wrote is labelled as such
 * wherever it is shown. Expectations come from the content (moved from tests/e2e/smoke.spec.ts and
 * reading.spec.ts, which hard-coded two reports).
 */
import { describe, expect, it } from 'vitest';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { countWord } from '../../src/lib/i18n/count-words.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { interpolate } from '../../src/lib/i18n/interpolate.ts';
import { uiStrings } from '../../src/lib/i18n/strings.ts';
import { page } from '../support/dist.ts';

const reports = loadArchiveContent('content').reports.sort((a, b) => a.data.order - b.data.order);

it('the archive root is Simplified Chinese, titled, and links every locale’s home under its own name', () => {
  const doc = page('');
  expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
  expect(doc.title).toContain(uiStrings('zh-hans')['site.title']);
  for (const locale of LOCALES) {
    const link = doc.querySelector(`.root-locales a[hreflang="${locale.lang}"]`);
    expect(link?.textContent?.trim(), locale.code).toBe(locale.label);
    expect(link?.getAttribute('href'), locale.code).toMatch(new RegExp(`(^|/)${locale.code}/$`));
  }
});

describe.each(LOCALES.map((l) => [l.code, l] as const))('%s', (code, locale) => {
  it('the home page lists every report, in order, each linking to its page', () => {
    const doc = page(`${code}/`);
    expect(doc.documentElement.getAttribute('lang')).toBe(locale.lang);
    const cards = [...doc.querySelectorAll('.report-card')];
    expect(cards.map((c) => c.querySelector('.report-headline a')?.getAttribute('href'))).toEqual(
      reports.map((r) => expect.stringMatching(new RegExp(`(^|/)reports/${r.data.slug}/$`))),
    );
  });

  it('says how many reports the archive holds, from the data', () => {
    const count = countWord(reports.length, code);
    expect(page(`${code}/`).querySelector('.lead')?.textContent).toBe(interpolate(uiStrings(code)['home.intro'], { count }));
    expect(page(`${code}/about/`).querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      interpolate(uiStrings(code)['site.description'], { count }),
    );
  });

  it('labels each headline the archive wrote, on the home page and on its own page', () => {
    const home = [...page(`${code}/`).querySelectorAll('.report-card .report-headline')];
    reports.forEach((r, i) => {
      const editorial = r.data.headline.kind === 'editorial';
      expect(home[i]!.querySelectorAll('.editorial-label'), `home, ${r.data.slug}`).toHaveLength(editorial ? 1 : 0);
      const own = page(`${code}/reports/${r.data.slug}/`).querySelector('h1.report-headline')!;
      expect(own.querySelectorAll('.editorial-label'), `${r.data.slug}`).toHaveLength(editorial ? 1 : 0);
    });
  });
});
