/**
 * Locales on the built site, every page of every locale read from dist/: Traditional pages hold no
 * Simplified-only character, no page shows an untranslated interface string, and every page links its
 * counterparts when the build has a site URL (one canonical link, hreflang alternates for every locale that has
 * the page, x-default) and writes no such link without one.
 * Moved here from the browser (tests/e2e/locales.spec.ts keeps the switcher and the fonts, which need one).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { hasPage, page, pagePaths } from '../support/dist.ts';
import { ALLOWED_LATIN_IN_CHINESE, simplifiedOnlyIn } from '../support/simplified-only.ts';

/**
 * The page's title and visible text, leaving out elements whose lang `keep` rejects, the skipped selectors,
 * and what is never shown (scripts, styles, templates).
 */
function visibleText(path: string, keep: (lang: string, pageLang: string) => boolean, skip: string[] = []): string {
  const doc = page(path);
  const pageLang = doc.documentElement.getAttribute('lang') ?? '';
  const body = doc.body.cloneNode(true) as Element;
  body.querySelectorAll('[lang]').forEach((el) => {
    if (!keep(el.getAttribute('lang') ?? '', pageLang)) el.remove();
  });
  for (const s of [...skip, 'script', 'style', 'template']) body.querySelectorAll(s).forEach((el) => el.remove());
  return `${doc.title}\n${body.textContent ?? ''}`;
}

/** The deployer's site URL, if this build was given one (absolute links need it). */
const SITE = process.env.ARCHIVE_SITE_URL;

/** What is wrong with a page's canonical and hreflang links; empty when right. */
function alternateProblems(path: string): string[] {
  const doc = page(path);
  const canonical = [...doc.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href') ?? '');
  const byLang = Object.fromEntries(
    [...doc.querySelectorAll('link[rel="alternate"][hreflang]:not([type])')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
  );
  const problems: string[] = [];
  if (!SITE) {
    // Canonical and hreflang links must be absolute: without the deployer's site URL the archive writes none.
    if (canonical.length) problems.push(`${canonical.length} canonical links without a site URL`);
    if (Object.keys(byLang).length) problems.push('hreflang links without a site URL');
    return problems;
  }
  if (canonical.length !== 1) problems.push(`${canonical.length} canonical links`);
  else if (!new RegExp(`^https?://[^/]+/(.*/)?${path.replace(/\//g, '\\/')}$`).test(canonical[0]!)) problems.push(`canonical ${canonical[0]}`);
  // Every locale that has this page (English has no citation pages, for instance), plus x-default.
  const rest = path.replace(/^[a-z-]+\//, '');
  const counterparts = LOCALES.filter((l) => hasPage(`${l.code}/${rest}`));
  if (counterparts.length < 2) problems.push('no counterpart in another locale');
  const expected = [...counterparts.map((l) => l.lang), 'x-default'].sort();
  if (JSON.stringify(Object.keys(byLang).sort()) !== JSON.stringify(expected))
    problems.push(`hreflang set ${Object.keys(byLang).sort().join(' ')}, expected ${expected.join(' ')}`);
  for (const l of counterparts) if (!byLang[l.lang]?.endsWith(`/${l.code}/${rest}`)) problems.push(`${l.lang} alternate ${byLang[l.lang]}`);
  if (byLang['x-default'] !== byLang['zh-Hans']) problems.push(`x-default ${byLang['x-default']}`);
  return problems;
}

/** Each page of a list with what a check finds wrong on it; pages without a finding are left out. */
const findings = (paths: string[], check: (path: string) => string[]) =>
  Object.fromEntries(paths.map((p) => [p, check(p)] as const).filter(([, found]) => found.length > 0));

describe.each(LOCALES.map((l) => [l.code, l] as const))('every page of %s', (code, locale: Locale) => {
  const paths = pagePaths(code);

  it('exists: the locale has its pages', () => {
    expect(paths).toContain(`${code}/`);
    expect(paths.length).toBeGreaterThan(5);
  });

  if (locale.conversion) {
    const target = locale.conversion;
    it(`holds no Simplified-only character (${paths.length} pages)`, () => {
      // Elements marked with another Chinese script or region show that form on purpose (ledger quotations,
      // the switcher's labels, a name's other written forms).
      const keep = (lang: string, pageLang: string) => !lang.startsWith('zh') || lang === pageLang;
      expect(findings(paths, (p) => simplifiedOnlyIn(visibleText(p, keep), target))).toEqual({});
    });
  }

  if (!locale.hasReportText) {
    it(`shows Han characters only inside elements marked lang="zh-…" (${paths.length} pages)`, () => {
      expect(findings(paths, (p) => visibleText(p, (lang) => !lang.startsWith('zh')).match(/\p{Script=Han}+/gu) ?? [])).toEqual({});
    });
  } else {
    it(`shows no Latin interface word (${paths.length} pages)`, () => {
      // Report texts, ledger entries, citations, URLs and file names are content, not interface; so is
      // anything marked with a non-Chinese lang (English and native names).
      const skip = ['[data-transcription-body]', '.ledger-reason', '.ledger-text', 'code', '[data-citation-text]', '[data-cite-url]', '.url'];
      expect(
        findings(paths, (p) =>
          (visibleText(p, (lang) => lang.startsWith('zh'), skip).match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED_LATIN_IN_CHINESE.includes(w)),
        ),
      ).toEqual({});
    });
  }

  it(`links its canonical URL and every counterpart (${paths.length} pages)`, () => {
    expect(findings(paths, alternateProblems)).toEqual({});
  });
});

it.each(['', '404.html'])('%s (outside the locale tree) has a canonical link when the site URL is known', (path) => {
  expect(page(path).querySelectorAll('link[rel="canonical"]')).toHaveLength(SITE ? 1 : 0);
});
