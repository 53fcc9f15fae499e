/**
 * The per-page work of the relative-URLs step (relocate.ts): rewrite one HTML file's internal URLs, apply the
 * page transforms, write it back if it changed, and list what would keep it from working at a sub-path or under its
 * Content-Security-Policy. Run in worker threads for most pages (relocate-worker.ts) and in the main thread for the
 * pages a transform changes: a large archive has tens of thousands of pages and the build machine two cores.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { blockedInlineCode } from '../lib/publish/csp.ts';
import { rootReferencesInHtml } from '../lib/publish/relocatable.ts';
import { relativizeHtml } from '../lib/url/relativize.ts';

/** A change to some pages after their URLs are relative. */
export interface PageTransform {
  /** Whether it may change this page (path relative to dist/); only those pages are read in the main thread. */
  applies: (page: string) => boolean;
  /** The page, changed or not. */
  apply: (html: string, page: string, distDir: string) => string;
}

export interface PageOutcome {
  changed: boolean;
  problems: string[];
}

export async function relocatePage(distDir: string, file: string, transforms: readonly PageTransform[] = []): Promise<PageOutcome> {
  const page = relative(distDir, file);
  const before = await readFile(file, 'utf8');
  let html = relativizeHtml(before, page);
  const transformed = transforms.filter((t) => t.applies(page));
  for (const transform of transformed) html = transform.apply(html, page, distDir);
  const changed = html !== before;
  if (changed) await writeFile(file, html);
  const problems = [
    // The rewrite leaves no root reference in the attributes the guard reads (the same pattern, every match rewritten
    // to a relative URL: tests/unit/relativize.test.ts); a transform may add one, so its pages are checked again.
    ...(transformed.length ? rootReferencesInHtml(html) : []).map((ref) => `${page}: "${ref}" points at the host root`),
    ...blockedInlineCode(html).map((code) => `${page}: ${code.description} would be blocked by the Content-Security-Policy`),
  ];
  return { changed, problems };
}
