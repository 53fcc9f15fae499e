/**
 * Build step: tell the search pages the index's file names (src/lib/search/preload-stamp.ts): the cache tag is a
 * hash of every shard's entry file (the primary's first), so any change to the index changes it.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from '../lib/i18n/locales.ts';
import { type PagefindEntry, stampSearchPage } from '../lib/search/preload-stamp.ts';

/** Returns how many search pages were stamped. */
export async function stampSearchPages(distDir: string, bundles: readonly string[]): Promise<number> {
  const entries = await Promise.all(bundles.map((bundle) => readFile(join(distDir, bundle, 'pagefind-entry.json'), 'utf8')));
  const tag = createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 16);
  const primary = JSON.parse(entries[0]!) as PagefindEntry;
  let stamped = 0;
  for (const locale of LOCALES) {
    const file = join(distDir, locale.code, 'search', 'index.html');
    const before = await readFile(file, 'utf8').catch(() => null);
    if (before === null) continue;
    const after = stampSearchPage(before, tag, primary);
    if (after !== before) {
      await writeFile(file, after);
      stamped++;
    }
  }
  return stamped;
}
