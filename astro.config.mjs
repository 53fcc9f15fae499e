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
  // Never inline scripts: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
