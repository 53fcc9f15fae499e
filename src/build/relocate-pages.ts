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
  const transformed = transforms.filter((t) => t.applies(page));
  // A page no transform changes is read as Latin-1 text, one character per byte, and written back the same way:
  // the rewrite and the check decide on ASCII alone (relativize.ts, csp.ts), and UTF-8 never puts an ASCII byte
  // inside a character, so every other byte comes back as it was. That spares decoding and encoding the page's
  // Chinese: 0.50–0.57 → 0.27–0.35 ms a page (10,000 reports are 70,000 pages). Transforms get the text itself.
  const as = transformed.length ? 'utf8' : 'latin1';
  const before = await readFile(file, as);
  let html = relativizeHtml(before, page);
  for (const transform of transformed) html = transform.apply(html, page, distDir);
  const changed = html !== before;
  if (changed) await writeFile(file, html, as);
  const problems = [
    // The rewrite leaves no root reference in the attributes the guard reads (the same pattern, every match rewritten
    // to a relative URL: tests/unit/relativize.test.ts); a transform may add one, so its pages are checked again.
    ...(transformed.length ? rootReferencesInHtml(html) : []).map((ref) => `${page}: "${ref}" points at the host root`),
    ...blockedInlineCode(html, as).map(
      (code) => `${page}: ${asText(code.description, as)} would be blocked by the Content-Security-Policy`,
    ),
  ];
  return { changed, problems };
}

/** A part of a page in words, whichever way the page was read. */
const asText = (part: string, as: 'utf8' | 'latin1') => (as === 'latin1' ? Buffer.from(part, 'latin1').toString('utf8') : part);
