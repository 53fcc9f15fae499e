/**
 * The site's pages by type and locale, for browser tests that visit each kind of page. Slugs, the person and
 * the search queries come from the content, so the list follows the archive that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';

const { reports, people } = loadArchiveContent('content');
const SLUGS = reports.map((r) => r.data.slug);
/** A person with a page (every index entry has one); people with quotes make the fuller page. */
const PERSON = (people.find((p) => p.kind === 'person') ?? people[0])?.id;
/** Words that stand in the first report's first paragraph: a query with results in every locale. */
export const QUERY = [...textBlocks(reports[0]!.parsed)[0]!.text.matchAll(/\p{Script=Han}/gu)]
  .slice(0, 4)
  .map((m) => m[0])
  .join('');

export const CHINESE = LOCALES.filter((l) => l.hasReportText).map((l) => l.code);
export const ALL = LOCALES.map((l) => l.code);
/** Reports with the archive's English translation (content/translations/en/<slug>.md). */
export const TRANSLATED = existsSync('content/translations/en')
  ? readdirSync('content/translations/en')
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
  : [];
/** A word of the first translated report's first paragraph: an English query with results. */
const ENGLISH_QUERY = TRANSLATED.length
  ? /\[p1\][^\n]*?\b([A-Za-z]{6,})\b/.exec(readFileSync(`content/translations/en/${TRANSLATED[0]}.md`, 'utf8'))?.[1]
  : undefined;

/** A page to visit; `ready` is a selector to wait for when the page renders part of itself (search results). */
export interface PageType {
  /** The kind of page ("article", "search"), the same in every locale. */
  type: string;
  /** Type, locale and page, for test titles. */
  name: string;
  path: string;
  ready?: string;
}

/** Every page type in the locales that have it; `slugs` limits the articles (all reports by default). */
export function pageTypes(slugs: readonly string[] = SLUGS): PageType[] {
  const pages: PageType[] = [{ type: 'root', name: 'root', path: '' }];
  for (const code of ALL) {
    const chinese = CHINESE.includes(code);
    pages.push({ type: 'home', name: `home ${code}`, path: `${code}/` });
    pages.push({ type: 'about', name: `about ${code}`, path: `${code}/about/` });
    for (const slug of slugs)
      pages.push({
        type: chinese ? 'article' : TRANSLATED.includes(slug) ? 'article (English text)' : 'article (no text)',
        name: `article ${code} ${slug}`,
        path: `${code}/reports/${slug}/`,
      });
    pages.push({ type: 'quote index', name: `quote index ${code}`, path: `${code}/quotes/` });
    pages.push({ type: 'people index', name: `people index ${code}`, path: `${code}/people/` });
    if (PERSON) pages.push({ type: 'person', name: `person ${code}`, path: `${code}/people/${PERSON}/` });
    const search = `${code}/search/?q=${encodeURIComponent(QUERY)}`;
    pages.push(
      chinese
        ? { type: 'search', name: `search ${code} with results`, path: search, ready: '[data-search-results] a' }
        : ENGLISH_QUERY
          ? {
              type: 'search (English text)',
              name: `search ${code} with results`,
              path: `${code}/search/?q=${encodeURIComponent(ENGLISH_QUERY)}`,
              ready: '[data-search-results] a',
            }
          : { type: 'search (no text)', name: `search ${code}`, path: search },
    );
    if (chinese)
      for (const slug of slugs)
        pages.push({ type: 'paragraph citations', name: `paragraph citations ${code} ${slug}`, path: `${code}/reports/${slug}/cite/` });
    for (const slug of TRANSLATED.slice(0, 1))
      pages.push({ type: 'parallel view', name: `parallel view ${code} ${slug}`, path: `${code}/reports/${slug}/parallel/` });
  }
  return pages;
}

/**
 * One page of each type, the locales taking turns (so each locale's interface is on some page): for checks
 * whose result depends on the page's kind, not on which report or locale fills it.
 */
export function onePagePerType(): PageType[] {
  const byType = new Map<string, PageType[]>();
  for (const p of pageTypes(SLUGS.slice(0, 1))) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  return [...byType.values()].map((list, i) => list[i % list.length]!);
}
