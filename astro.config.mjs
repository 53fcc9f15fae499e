// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { renderOrder } from './src/lib/publish/render-order.ts';
import { siteUrl } from './src/lib/publish/site-url.ts';

/**
 * The public URL of the archive (ARCHIVE_SITE_URL; src/lib/publish/site-url.ts), only where absolute URLs are
 * required. Internal links are relative, so the same dist/ works at any address or sub-path.
 */
const site = siteUrl(process.env);

/**
 * The archive's build steps (relative URLs, the 404 page, sitemap, search index) run after Astro has exited, in
 * scripts/build.mjs (src/build/). `astro build` alone writes pages without them: say so.
 */
const buildStepsNotice = {
  name: 'build-steps-notice',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': ({ logger }) => {
      if (!process.env.ARCHIVE_BUILD_STEPS)
        logger.warn(
          "these pages still lack the archive's build steps (relative URLs, 404 page, sitemap, search index): build with npm run build",
        );
    },
  },
};

/**
 * Pages render in Astro's order except that the Traditional scripts' report pages come last, when the citation
 * worker has their citations ready (src/lib/publish/render-order.ts says why).
 */
const citationsReadyOrder = {
  name: 'citations-ready-order',
  hooks: {
    /** @param {{ setPrerenderer: (wrap: (prerenderer: import('astro').AstroPrerenderer) => import('astro').AstroPrerenderer) => void }} options */
    'astro:build:start': ({ setPrerenderer }) => {
      setPrerenderer((prerenderer) => ({ ...prerenderer, getStaticPaths: async () => renderOrder(await prerenderer.getStaticPaths()) }));
    },
  },
};

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
  integrations: [mdx(), buildStepsNotice, citationsReadyOrder],
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
