/**
 * The quote index and the people pages in every locale, read from dist/ without a browser: the markup
 * contract (data-quote, data-speaker, <blockquote>, a link to page#paragraph), every quote link landing on a
 * paragraph that holds the words, every person page listing its quotes and every paragraph that mentions it,
 * unverified names flagged, and translated navigation. Expectations come from the content files.
 * Moved from tests/e2e/quotes.spec.ts (which keeps the clicks).
 */
import { describe, expect, it } from 'vitest';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { forLocale } from '../../src/lib/i18n/convert.ts';
import { getLocale, LOCALES } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/strings.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { page } from '../support/dist.ts';

const { reports, people, quotes } = loadArchiveContent('content');
const quoteById = new Map(quotes.map((q) => [q.id, q]));

/** The site path a link on a page points at, and its fragment. */
function target(from: string, href: string): { path: string; hash: string } {
  const url = new URL(href, `http://archive.test/${from}`);
  return { path: url.pathname.slice(1), hash: url.hash.slice(1) };
}

/** The quotes a page shows, as its markup says. */
function readQuotes(path: string) {
  return [...page(path).querySelectorAll('[data-quote]')].map((n) => ({
    id: n.id.replace(/^quote-/, ''),
    speaker: n.getAttribute('data-speaker'),
    words: n.querySelector('blockquote')?.textContent?.trim() ?? null,
    lang: n.querySelector('blockquote')?.getAttribute('lang') ?? null,
    href: n.querySelector('a[data-quote-link]')?.getAttribute('href') ?? null,
  }));
}

describe.each(LOCALES.map((l) => [l.code, l] as const))('%s', (code, locale) => {
  /** The words as a page in this locale shows them (English pages show the original). */
  const wordsIn = (words: string) => forLocale(words, getLocale(locale.hasReportText ? code : 'zh-hans'));
  /** The paragraphs' text as this locale's pages show it (English pages link to the Simplified text). */
  const textLocale = getLocale(locale.hasReportText ? code : 'zh-hans');
  const paragraphs = reports.flatMap((r) =>
    textBlocks(localizeReport(r.data.slug, r.data, r.parsed, textLocale).body).map((b) => ({ report: r.data.slug, id: b.id, text: b.text })),
  );

  it('the quote index keeps the markup contract for every quote', () => {
    const path = `${code}/quotes/`;
    const found = readQuotes(path);
    expect(found.map((q) => q.id).sort()).toEqual(quotes.map((q) => q.id).sort());
    for (const q of found) {
      const data = quoteById.get(q.id)!;
      expect(q.speaker, q.id).toBe(data.speaker);
      expect(q.words, q.id).toBe(wordsIn(data.words));
      expect(q.href, q.id).toMatch(new RegExp(`/reports/${data.report}/#${data.paragraph}$`));
      if (!locale.hasReportText) expect(q.lang, q.id).toBe('zh-Hans');
    }
    // Only report pages are indexed: the search page narrows to quotations itself, and lands on their paragraphs.
    expect(page(path).querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
    expect(page(path).querySelector('.site-nav a[aria-current="page"]')?.textContent?.trim()).toBe(uiStrings(code)['nav.quotes']);
    expect(page(path).querySelector('.site-nav a[href$="people/"]')?.textContent?.trim()).toBe(uiStrings(code)['nav.people']);
  });

  it('every quote link lands on a paragraph that holds the words', () => {
    const path = `${code}/quotes/`;
    for (const q of readQuotes(path)) {
      const { path: to, hash } = target(path, q.href!);
      const paragraph = page(to).getElementById(hash);
      expect(paragraph?.textContent, `${q.id} → ${to}#${hash}`).toContain(q.words!);
    }
  });

  it('the people index lists every entry', () => {
    const listed = [...page(`${code}/people/`).querySelectorAll('[data-entry]')].map((e) => e.getAttribute('data-entry'));
    expect(listed.sort()).toEqual(people.map((p) => p.id).sort());
  });

  it('every person page lists the entry’s quotes, flags unverified names, and links every paragraph that mentions it', () => {
    for (const entry of people) {
      const path = `${code}/people/${entry.id}/`;
      const doc = page(path);
      expect(doc.querySelector(`[data-entry="${entry.id}"]`), path).not.toBeNull();
      const listed = readQuotes(path);
      expect(listed.map((q) => q.id).sort(), path).toEqual(quotes.filter((q) => q.speaker === entry.id).map((q) => q.id).sort());
      // Unverified English or native names are marked, wherever the page lists the name forms.
      const unverified = (entry.verified.en ? 0 : 1) + (entry.names.native && entry.names.native_lang && !entry.verified.native ? 1 : 0);
      expect(doc.querySelectorAll('[data-name-unverified]'), `${path} unverified names`).toHaveLength(unverified);
      // Mentions are computed from the text: every paragraph holding one of the forms, converted like the text.
      const forms = entry.mentions.map((m) => forLocale(m, textLocale));
      const expected = paragraphs.filter((p) => forms.some((f) => p.text.includes(f))).map((p) => `${p.report}#${p.id}`);
      const links = [...doc.querySelectorAll('a[data-mention-link]')].map((a) => {
        const { path: to, hash } = target(path, a.getAttribute('href')!);
        return `${to.split('/')[2]}#${hash}`;
      });
      expect(links, `${path} mentions`).toEqual(expected);
    }
  });
});

it('some person has quotes, an unverified name and mentions (the checks above are not vacuous)', () => {
  expect(quotes.length).toBeGreaterThan(0);
  expect(people.some((p) => !p.verified.en)).toBe(true);
  expect(people.some((p) => p.mentions.length > 0)).toBe(true);
});
