// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import archiveBuild from './src/integrations/archive-build.ts';

/**
 * The public URL of the archive, given by whoever deploys it (ARCHIVE_SITE_URL), used only where absolute URLs
 * are required (canonical links, feeds, sitemap, robots.txt, citations, structured data). Without it nothing
 * names an address: citations take the reader's own, and the absolute-only outputs say what they need (README,
 * "Site URL"). Internal links are relative, so the same dist/ works at any address or sub-path.
 */
const site = process.env.ARCHIVE_SITE_URL || undefined;
if (site && !/^https?:\/\/[^/]+/.test(site))
  throw new Error(
    `ARCHIVE_SITE_URL="${site}" is not an absolute http(s) URL. Set it to the address the archive is served at, like https://<host>/<path>/, or leave it unset.`,
  );

/**
 * Astro keeps the content layer's data store in its cache folder. An archive built from another content folder
 * (ARCHIVE_CONTENT_DIR: test fixtures, the bench's synthetic archives) gets a cache folder of its own, so two
 * builds of different archives running at once never read each other's entries.
 */
const otherContent = process.env.ARCHIVE_CONTENT_DIR;
const cacheDir = otherContent
  ? `./node_modules/.astro/content-${createHash('sha256').update(resolve(otherContent)).digest('hex').slice(0, 12)}/`
  : undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  integrations: [mdx(), archiveBuild()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts or assets: an inline <script> would break the Content-Security-Policy
      // (script-src 'self'), and a data: URL for a script or font would too.
      assetsInlineLimit: 0,
    },
    // src/scripts/search-highlight.ts is built through ?worker&url (see reading.ts) and loaded as a module script.
    worker: { format: 'es' },
    experimental: {
      // URLs that bundled JavaScript builds to other chunks and assets are relative to the chunk
      // (new URL(…, import.meta.url)), never "/_astro/…", so dist/ works under any sub-path.
      renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined),
    },
  },
});
