/** Build step: sitemap.xml over every HTML page in dist/ (except 404.html) with hreflang alternates, and robots.txt. */
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LOCALES, SOURCE_LOCALE } from '../lib/i18n/locales.ts';
import { pagePathOfHtmlFile, robotsTxt, sitemapPages, sitemapXml } from '../lib/publish/sitemap.ts';
import { filesUnder } from './dist-files.ts';
import { NOT_FOUND_PAGE } from './not-found-page.ts';

/** Writes both files for a site URL and returns how many pages the sitemap lists; without one, only robots.txt (0). */
export async function writeSitemap(distDir: string, site: string | undefined): Promise<number> {
  if (!site) {
    await writeFile(join(distDir, 'robots.txt'), robotsTxt(undefined));
    return 0;
  }
  const paths = (await filesUnder(distDir, '.html'))
    .map((f) => relative(distDir, f))
    .filter((f) => f !== NOT_FOUND_PAGE)
    .map(pagePathOfHtmlFile)
    .sort();
  const pages = sitemapPages(paths, site, LOCALES, SOURCE_LOCALE.code);
  await writeFile(join(distDir, 'sitemap.xml'), sitemapXml(pages));
  await writeFile(join(distDir, 'robots.txt'), robotsTxt(new URL('sitemap.xml', site.replace(/\/?$/, '/')).href));
  return pages.length;
}
