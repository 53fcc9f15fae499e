/** The site's pages by type and locale, for tests that visit each kind of page. */
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const SLUGS = ['harmony-and-unity', 'international-voices'];

export const CHINESE = LOCALES.filter((l) => l.hasReportText).map((l) => l.code);
export const ALL = LOCALES.map((l) => l.code);

export function pageTypes(): { name: string; path: string }[] {
  const pages = [{ name: 'root', path: '' }];
  for (const code of ALL) {
    pages.push({ name: `home ${code}`, path: `${code}/` });
    pages.push({ name: `about ${code}`, path: `${code}/about/` });
    for (const slug of SLUGS) pages.push({ name: `article ${code} ${slug}`, path: `${code}/reports/${slug}/` });
  }
  for (const code of CHINESE) pages.push({ name: `paragraph citations ${code}`, path: `${code}/reports/${SLUGS[1]}/cite/` });
  return pages;
}
