/**
 * The report pages as built, read from dist/ without a browser, for every report in every Chinese locale: the
 * page shows exactly the transcription (the unit tests prove it faithful) converted for the locale, every
 * paragraph and section carries its permanent id and permalink, mentions link to their entries without
 * changing a character, and the structured data describes the article.
 * Moved from tests/e2e/transcription.spec.ts and parts of tests/e2e/reading.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { forLocale } from '../../src/lib/i18n/convert.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { bodyText, stripWhitespace, textBlocks } from '../../src/lib/text/blocks.ts';
import { headerText } from '../../src/lib/text/header.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { page, textWithoutInterface } from '../support/dist.ts';

const { reports, people } = loadArchiveContent('content');
const CHINESE = LOCALES.filter((l) => l.hasReportText);

describe.each(reports.map((r) => [r.data.slug, r] as const))('%s', (slug, report) => {
  describe.each(CHINESE.map((l) => [l.code, l] as const))('%s page', (code, locale) => {
    const localized = localizeReport(slug, report.data, report.parsed, locale);
    const doc = () => page(`${code}/reports/${slug}/`);

    it('renders the transcription exactly, converted for the locale (whitespace and interface aside)', () => {
      const text = (selector: string) => textWithoutInterface(doc().querySelector(selector)!);
      expect(stripWhitespace(text('[data-transcription-header]'))).toBe(stripWhitespace(headerText(localized.header).join('')));
      expect(stripWhitespace(text('[data-transcription-body]'))).toBe(stripWhitespace(bodyText(localized.body)));
    });

    it('gives every paragraph and section its permanent id and a permalink to it', () => {
      const found = [...doc().querySelectorAll('[data-transcription-body] p[data-para]')].map((p) => ({
        id: p.id,
        href: p.querySelector('a.para-link')?.getAttribute('href'),
      }));
      expect(found.map((f) => f.id)).toEqual(textBlocks(report.parsed).map((b) => b.id));
      for (const f of found) expect(f.href).toBe(`#${f.id}`);
      const sections = [...doc().querySelectorAll('section.report-section h2[id]')].map((h) => h.id);
      expect(sections).toEqual(report.parsed.sections.map((s) => s.id));
    });

    it('links mentions to their entries: each link shows one of the entry’s forms, converted like the text', () => {
      const formsOf = new Map(people.map((p) => [p.id, new Set(p.mentions.map((m) => forLocale(m, locale)))]));
      const links = [...doc().querySelectorAll('[data-transcription-body] a.mention')];
      for (const a of links) {
        const entry = /people\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '';
        expect(formsOf.get(entry)?.has(a.textContent ?? ''), `${entry}: “${a.textContent}”`).toBe(true);
      }
    });

    it('describes itself as a NewsArticle in structured data', () => {
      const data = JSON.parse(doc().querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data).toMatchObject({
        '@type': 'NewsArticle',
        datePublished: report.data.published,
        inLanguage: locale.lang,
        isPartOf: { '@type': 'WebSite' },
      });
      expect(data.author).toHaveLength(report.data.authors.length);
      // An absolute URL only when the deployer gave the site URL (ARCHIVE_SITE_URL).
      if (process.env.ARCHIVE_SITE_URL) expect(data.url).toMatch(new RegExp(`/${code}/reports/${slug}/$`));
      else expect(data.url).toBeUndefined();
      expect(doc().querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
      expect(doc().querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/.+/);
    });
  });
});

it('some report text links a mention (the check above is not vacuous)', () => {
  const slug = reports[0]!.data.slug;
  expect(page(`zh-hans/reports/${slug}/`).querySelectorAll('[data-transcription-body] a.mention').length).toBeGreaterThan(0);
});
