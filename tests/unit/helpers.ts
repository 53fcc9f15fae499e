/**
 * Shared test helpers: the content, read the way the build reads it. ARCHIVE_CONTENT_DIR points the content
 * checks at another archive (tests/unit/fixture-archive.test.ts runs them on a fixture of three reports), and
 * ARCHIVE_GOLDEN_DIR its converted-text snapshots.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT_DIR = resolve(ROOT, process.env.ARCHIVE_CONTENT_DIR ?? 'content');
/** Where the reviewed snapshots of the converted texts live: <dir>/<locale>/<slug>.txt. */
export const GOLDEN_DIR = resolve(ROOT, process.env.ARCHIVE_GOLDEN_DIR ?? 'tests/golden');
export const archive = loadArchiveContent(CONTENT_DIR, ROOT);
export const sourceText = (file: string) => readFileSync(`${CONTENT_DIR}/${file}`, 'utf8');
export const report = (slug: string) => {
  const found = archive.reports.find((r) => r.data.slug === slug);
  if (!found) throw new Error(`no report ${slug}`);
  return found;
};
