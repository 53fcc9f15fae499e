/**
 * Build step: make every internal URL in dist/ relative (so dist/ works at any sub-path), then check the result.
 * Fails the build when dist/ would only work at the host root or break its Content-Security-Policy: root
 * references left in HTML or JavaScript (src/lib/publish/relocatable.ts), or inline code the page's own policy
 * does not allow by hash (src/lib/publish/csp.ts). Each HTML file is read once (a large archive has tens of
 * thousands of pages); page transforms (e.g. the 404 page's, not-found-page.ts) run on it between rewrite and check.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { blockedInlineCode } from '../lib/publish/csp.ts';
import { rootAssetReferencesInJs, rootReferencesInHtml } from '../lib/publish/relocatable.ts';
import { relativizeCss, relativizeHtml } from '../lib/url/relativize.ts';
import { filesUnder } from './dist-files.ts';

/** A change to one page after its URLs are relative: returns the page, changed or not. */
export type PageTransform = (html: string, page: string, distDir: string) => string;

export async function relocateDist(distDir: string, transforms: PageTransform[] = []): Promise<{ changed: number }> {
  let changed = 0;
  const problems: string[] = [];
  for (const file of await filesUnder(distDir, '.css')) {
    const before = await readFile(file, 'utf8');
    const after = relativizeCss(before, relative(distDir, file));
    if (after !== before) {
      await writeFile(file, after);
      changed++;
    }
  }
  for (const file of await filesUnder(distDir, '.html')) {
    const page = relative(distDir, file);
    const before = await readFile(file, 'utf8');
    let html = relativizeHtml(before, page);
    for (const transform of transforms) html = transform(html, page, distDir);
    if (html !== before) {
      await writeFile(file, html);
      changed++;
    }
    for (const ref of rootReferencesInHtml(html)) problems.push(`${page}: "${ref}" points at the host root`);
    for (const code of blockedInlineCode(html))
      problems.push(`${page}: ${code.description} would be blocked by the Content-Security-Policy`);
  }
  for (const file of await filesUnder(distDir, '.js')) {
    for (const ref of rootAssetReferencesInJs(await readFile(file, 'utf8'))) {
      problems.push(`${relative(distDir, file)}: "${ref}" points at the host root`);
    }
  }
  if (problems.length) {
    throw new Error(
      `dist/ is not relocatable or not CSP-clean:\n  ${problems.join('\n  ')}\nWrite site-root paths in attributes the build rewrites (src/lib/url/url-attributes.ts) and keep scripts and styles in files.`,
    );
  }
  return { changed };
}
