// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import archiveBuild from './src/integrations/archive-build.ts';

/**
 * The public URL of the archive, used only where absolute URLs are required
 * (canonical links, feeds, sitemap, structured data). Internal links are relative,
 * so the same dist/ also works at any other address or sub-path.
 */
const site = process.env.ARCHIVE_SITE_URL ?? 'https://summit-archive.example.org/';

export default defineConfig({
  site,
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
