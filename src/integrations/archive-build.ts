/**
 * Build steps after Astro has written dist/: make every internal URL relative
 * (so dist/ works at any sub-path), then build the Pagefind search index
 * (pagefind_extended, which segments Chinese). Progress is logged per step.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { relativizeCss, relativizeHtml } from '../lib/url/relativize.ts';

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function relativizeDist(distDir: string): Promise<number> {
  let changed = 0;
  for (const [ext, rewrite] of [
    ['.html', relativizeHtml],
    ['.css', relativizeCss],
  ] as const) {
    for (const file of await filesUnder(distDir, ext)) {
      const before = await readFile(file, 'utf8');
      const after = rewrite(before, relative(distDir, file));
      if (after !== before) {
        await writeFile(file, after);
        changed++;
      }
    }
  }
  return changed;
}

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}

export default function archiveBuild(): AstroIntegration {
  return {
    name: 'archive-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        let started = performance.now();
        const changed = await relativizeDist(distDir);
        const relativizeMs = Math.round(performance.now() - started);
        logger.info(`relative URLs: rewrote ${changed} file(s) in ${relativizeMs} ms`);
        started = performance.now();
        const { pages } = await buildSearchIndex(distDir);
        const pagefindMs = Math.round(performance.now() - started);
        logger.info(`search index: ${pages} page(s) indexed in ${pagefindMs} ms`);
        // For the benchmarks (scripts/bench/): the step timings as JSON, only when asked for.
        const timingsFile = process.env.ARCHIVE_BUILD_TIMINGS;
        if (timingsFile) await writeFile(timingsFile, JSON.stringify({ relativizeMs, pagefindMs, pagefindPages: pages }));
      },
    },
  };
}
