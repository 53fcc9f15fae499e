/**
 * What a finished build must not publish: Astro's .prerender/ (server code with absolute paths, left when rendering
 * fails part-way) or any other dot-folder, the downloads' bundles (a build step writes them out and removes them),
 * and text files that carry a path of the machine that built them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { DOWNLOAD_BUNDLES_DIR } from '../src/lib/publish/download-bundle.ts';

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.bib', '.svg', '.webmanifest', '.map', '.ris']);

/** Problems in words, one per file or folder, each naming its path inside dir; [] when the output is clean. */
export function buildLeftovers(dir, buildPaths) {
  const problems = [];
  // Searched as UTF-8 bytes, not decoded text: a large archive's output is gigabytes of Chinese, and decoding it was
  // three quarters of this check's time (10,000 reports: 34 s → 11 s).
  const needles = buildPaths.map((buildPath) => Buffer.from(buildPath, 'utf8'));
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const inside = relative(dir, path);
    if (entry.isDirectory() && inside === DOWNLOAD_BUNDLES_DIR) {
      problems.push(`${inside}/: the downloads' bundles, which the build step writes out and removes, not part of the site`);
      continue;
    }
    if (entry.isDirectory() && entry.name.startsWith('.')) {
      problems.push(`${inside}/: a build folder (Astro's server code), not part of the site`);
      continue;
    }
    if (!entry.isFile() || inside.split('/').some((part) => part.startsWith('.prerender'))) continue;
    if (!TEXT.has(extname(entry.name))) continue;
    const bytes = readFileSync(path);
    const found = buildPaths.find((_, i) => bytes.indexOf(needles[i]) >= 0);
    if (found) problems.push(`${inside}: carries the build path ${found}`);
  }
  return problems.sort();
}
