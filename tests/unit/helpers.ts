/** Shared test helpers: the real content, read the way the build reads it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT_DIR = `${ROOT}content`;
export const archive = loadArchiveContent(CONTENT_DIR, ROOT);
export const sourceText = (file: string) => readFileSync(`${CONTENT_DIR}/${file}`, 'utf8');
export const report = (slug: string) => {
  const found = archive.reports.find((r) => r.data.slug === slug);
  if (!found) throw new Error(`no report ${slug}`);
  return found;
};
