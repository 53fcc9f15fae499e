/**
 * Build steps after Astro has written dist/: make every internal URL relative
 * (so dist/ works at any sub-path) and check it, write the sitemap, then build
 * the Pagefind search index (pagefind_extended, which segments Chinese) in
 * shards of whole reports. Progress is logged per step.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LOCALES, SOURCE_LOCALE } from '../lib/i18n/locales.ts';
import { robotsTxt, pagePathOfHtmlFile, sitemapPages, sitemapXml } from '../lib/publish/sitemap.ts';
import { relativizeCss, relativizeHtml } from '../lib/url/relativize.ts';
import { reportSlugOfHtmlFile, reportsPerShard, shardBundlePath, shardGlob, shardReports } from '../lib/search/index-shards.ts';
import { type PagefindEntry, stampSearchPage } from '../lib/search/preload-stamp.ts';
import { inlineCodeIn } from '../lib/publish/csp.ts';
import { NOT_FOUND_SCRIPT } from '../lib/publish/not-found.ts';
import { selfContainedPage } from '../lib/publish/self-contained.ts';
import { rootAssetReferencesInJs, rootReferencesInHtml } from '../lib/publish/relocatable.ts';

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * One pass over dist/: make every internal URL relative (so dist/ works at any sub-path), then check the result.
 * Fails the build when dist/ would only work at the host root or break the Content-Security-Policy: root
 * references left in HTML or JavaScript, inline script or style (except the 404 page's hashed script and style).
 * Each file is read once; a large archive has tens of thousands of pages.
 */
export async function relocateDist(distDir: string): Promise<{ changed: number }> {
  let changed = 0;
  const problems: string[] = [];
  const allowed = ['inline <script>', 'inline <style> element'];
  for (const file of await filesUnder(distDir, '.css')) {
    const before = await readFile(file, 'utf8');
    const after = relativizeCss(before, relative(distDir, file));
    if (after !== before) {
      await writeFile(file, after);
      changed++;
    }
  }
  for (const file of await filesUnder(distDir, '.html')) {
    const rel = relative(distDir, file);
    const before = await readFile(file, 'utf8');
    let html = relativizeHtml(before, rel);
    // The 404 page is shown at any depth: it carries its styles and icon (see self-contained.ts).
    if (rel === '404.html') html = selfContainedPage(html, rel, (href) => readFileSync(join(distDir, href), 'utf8')).html;
    if (html !== before) {
      await writeFile(file, html);
      changed++;
    }
    for (const ref of rootReferencesInHtml(html)) problems.push(`${rel}: "${ref}" points at the host root`);
    const inline = inlineCodeIn(html).filter((what) => !(rel === '404.html' && allowed.includes(what) && html.includes(NOT_FOUND_SCRIPT)));
    for (const what of inline) problems.push(`${rel}: ${what} would be blocked by the Content-Security-Policy`);
  }
  for (const file of await filesUnder(distDir, '.js')) {
    for (const ref of rootAssetReferencesInJs(await readFile(file, 'utf8'))) {
      problems.push(`${relative(distDir, file)}: "${ref}" points at the host root`);
    }
  }
  if (problems.length) {
    throw new Error(
      `dist/ is not relocatable or not CSP-clean:\n  ${problems.join('\n  ')}\nWrite site-root paths in attributes the build rewrites (see relativize.ts) and keep scripts and styles in files.`,
    );
  }
  return { changed };
}

/** sitemap.xml over every HTML page in dist/ (except 404.html) with hreflang alternates, and robots.txt. */
export async function writeSitemap(distDir: string, site: string): Promise<number> {
  const paths = (await filesUnder(distDir, '.html'))
    .map((f) => relative(distDir, f))
    .filter((f) => f !== '404.html')
    .map(pagePathOfHtmlFile)
    .sort();
  const pages = sitemapPages(paths, site, LOCALES, SOURCE_LOCALE.code);
  await writeFile(join(distDir, 'sitemap.xml'), sitemapXml(pages));
  await writeFile(join(distDir, 'robots.txt'), robotsTxt(new URL('sitemap.xml', site.replace(/\/?$/, '/')).href));
  return pages.length;
}

/**
 * A merged shard is read with the primary bundle's script and WebAssembly, so it keeps only its index data:
 * the entry file, language metadata and the index, fragment and filter chunks (not a copy of every UI file).
 */
async function keepIndexDataOnly(bundleDir: string): Promise<void> {
  const keep = (name: string) =>
    name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);
  for (const name of await readdir(bundleDir)) if (!keep(name)) await rm(join(bundleDir, name), { recursive: true });
}

/**
 * The Pagefind index in shards of whole reports (see src/lib/search/index-shards.ts), one Pagefind run each so
 * memory stays bounded; a one-shard archive indexes dist/ as a whole into pagefind/.
 */
export async function buildSearchIndex(
  distDir: string,
  onShard: (done: number, total: number, pages: number) => void = () => {},
): Promise<{ pages: number; shards: number }> {
  const slugs = (await filesUnder(distDir, '.html')).map((f) => reportSlugOfHtmlFile(relative(distDir, f))).filter((s) => s !== null);
  const shards = shardReports(slugs, reportsPerShard(process.env));
  let pages = 0;
  for (const [k, shard] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory(shards.length === 1 ? { path: distDir } : { path: distDir, glob: shardGlob(shard) });
    if (added.errors.length)
      throw new Error(`Pagefind could not index dist/ (shard ${k + 1} of ${shards.length}): ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(distDir, shardBundlePath(k)) });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its index (shard ${k + 1} of ${shards.length}): ${written.errors.join('; ')}`);
    // Ending the Pagefind process frees the shard's memory before the next one starts.
    await pagefind.close();
    if (k > 0) await keepIndexDataOnly(join(distDir, shardBundlePath(k)));
    pages += added.page_count;
    onShard(k + 1, shards.length, added.page_count);
  }
  return { pages, shards: shards.length };
}

/**
 * Tell the search pages the index's file names (src/lib/search/preload-stamp.ts): the cache tag is a hash of
 * every shard's entry file, so any change to the index changes it. Returns how many pages were stamped.
 */
export async function stampSearchPages(distDir: string, shards: number): Promise<number> {
  const entries = await Promise.all(
    Array.from({ length: shards }, (_, k) => readFile(join(distDir, shardBundlePath(k), 'pagefind-entry.json'), 'utf8')),
  );
  const tag = createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 16);
  const primary = JSON.parse(entries[0]!) as PagefindEntry;
  let stamped = 0;
  for (const locale of LOCALES) {
    const file = join(distDir, locale.code, 'search', 'index.html');
    const before = await readFile(file, 'utf8').catch(() => null);
    if (before === null) continue;
    const after = stampSearchPage(before, tag, primary);
    if (after !== before) {
      await writeFile(file, after);
      stamped++;
    }
  }
  return stamped;
}

export default function archiveBuild(): AstroIntegration {
  let site = '';
  return {
    name: 'archive-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        let started = performance.now();
        const { changed } = await relocateDist(distDir);
        const relativizeMs = Math.round(performance.now() - started);
        logger.info(`relative URLs: rewrote ${changed} file(s) and checked them in ${relativizeMs} ms`);
        started = performance.now();
        if (site) {
          const listed = await writeSitemap(distDir, site);
          logger.info(`sitemap: ${listed} page(s), robots.txt in ${Math.round(performance.now() - started)} ms`);
        } else {
          await writeFile(join(distDir, 'robots.txt'), robotsTxt(undefined));
          logger.warn(
            'no site URL (ARCHIVE_SITE_URL): no sitemap.xml, no canonical or hreflang links; feeds use relative links and citations the reader\'s address. Set ARCHIVE_SITE_URL=https://<host>/<path>/ to publish them (README, "Site URL").',
          );
        }
        started = performance.now();
        const { pages, shards } = await buildSearchIndex(distDir, (done, total, shardPages) => {
          if (total > 1)
            logger.info(`search index: shard ${done}/${total} (${shardPages} page(s)) after ${Math.round(performance.now() - started)} ms`);
        });
        const pagefindMs = Math.round(performance.now() - started);
        logger.info(`search index: ${pages} page(s) indexed in ${shards} shard(s) in ${pagefindMs} ms`);
        const stamped = await stampSearchPages(distDir, shards);
        logger.info(`search pages: ${stamped} told the index's cache tag and files to preload`);
        // For the benchmarks (scripts/bench/): the step timings as JSON, only when asked for.
        const timingsFile = process.env.ARCHIVE_BUILD_TIMINGS;
        if (timingsFile)
          await writeFile(timingsFile, JSON.stringify({ relativizeMs, pagefindMs, pagefindPages: pages, pagefindShards: shards }));
      },
    },
  };
}
