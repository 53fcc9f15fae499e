/** The site's pages by type and locale, for tests that visit each kind of page. */
import { existsSync, readdirSync } from 'node:fs';
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const SLUGS = ['harmony-and-unity', 'international-voices'];

export const CHINESE = LOCALES.filter((l) => l.hasReportText).map((l) => l.code);
export const ALL = LOCALES.map((l) => l.code);
/** Reports with the archive's English translation (content/translations/en/<slug>.md). */
export const TRANSLATED = existsSync('content/translations/en')
  ? readdirSync('content/translations/en')
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
  : [];

/** A page to visit; `ready` is a selector to wait for when the page renders part of itself (search results). */
export interface PageType {
  name: string;
  path: string;
  ready?: string;
}

export function pageTypes(): PageType[] {
  const pages: PageType[] = [{ name: 'root', path: '' }];
  for (const code of ALL) {
    pages.push({ name: `home ${code}`, path: `${code}/` });
    pages.push({ name: `about ${code}`, path: `${code}/about/` });
    for (const slug of SLUGS) pages.push({ name: `article ${code} ${slug}`, path: `${code}/reports/${slug}/` });
    pages.push({ name: `quote index ${code}`, path: `${code}/quotes/` });
    pages.push({ name: `people index ${code}`, path: `${code}/people/` });
    pages.push({ name: `person ${code}`, path: `${code}/people/tokayev/` });
    pages.push(
      CHINESE.includes(code)
        ? { name: `search ${code} with results`, path: `${code}/search/?q=${encodeURIComponent('合作')}`, ready: '[data-search-results] a' }
        : TRANSLATED.length
          ? { name: `search ${code} with results`, path: `${code}/search/?q=cooperation`, ready: '[data-search-results] a' }
          : { name: `search ${code}`, path: `${code}/search/?q=${encodeURIComponent('合作')}` },
    );
    for (const slug of TRANSLATED.slice(0, 1))
      pages.push({ name: `parallel view ${code} ${slug}`, path: `${code}/reports/${slug}/parallel/` });
  }
  for (const code of CHINESE) pages.push({ name: `paragraph citations ${code}`, path: `${code}/reports/${SLUGS[1]}/cite/` });
  return pages;
}
