/**
 * Build step: write every report's downloads (citation files and plain text in each script) from the bundles Astro
 * wrote (src/lib/publish/download-bundle.ts), then remove the bundles. Astro writes pages one at a time and waits on
 * each write; here they are written in a tight loop. A bundle that cannot be read, or would write outside the
 * site or over a page Astro wrote, fails the build, naming the bundle and what is wrong with it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleProblem, DOWNLOAD_BUNDLES_DIR, type DownloadBundle } from '../lib/publish/download-bundle.ts';

/**
 * Synchronous on purpose: nothing else runs in the build's process meanwhile, and a file written with writeFileSync
 * costs a third of one written through fs/promises, whose every open, write and close is a hop to libuv's threads
 * (15,000 files of a few KB on the build machine: 0.3–0.4 s against 0.7–1.4 s).
 */
export function writeReportDownloads(distDir: string): { reports: number; files: number } {
  const dir = join(distDir, DOWNLOAD_BUNDLES_DIR);
  if (!existsSync(dir)) return { reports: 0, files: 0 };
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const written = new Set<string>();
  const folders = new Set<string>();
  let files = 0;
  for (const name of names) {
    const where = `${DOWNLOAD_BUNDLES_DIR}/${name}`;
    let bundle: unknown;
    try {
      bundle = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      throw new Error(`downloads: ${where} is not JSON (${e instanceof Error ? e.message : e}); rebuild to write it again.`);
    }
    const problem = bundleProblem(bundle);
    if (problem) throw new Error(`downloads: ${where}: ${problem}; rebuild to write it again.`);
    for (const [path, text] of Object.entries((bundle as DownloadBundle).files)) {
      if (written.has(path))
        throw new Error(`downloads: ${where} writes ${path}, which another bundle wrote too: two reports share a folder.`);
      written.add(path);
      const file = join(distDir, path);
      const folder = dirname(file);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      try {
        // 'wx': a download never replaces a page Astro wrote.
        writeFileSync(file, text, { flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST')
          throw new Error(`downloads: ${where} writes ${path}, which the build already holds.`);
        throw e;
      }
      files++;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return { reports: names.length, files };
}
