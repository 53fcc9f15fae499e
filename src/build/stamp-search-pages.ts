/**
 * Build step: tell the search pages the index's file names (src/lib/search/preload-stamp.ts): the cache tag is a
 * hash of every shard's entry file (the primary's first), so any change to the index changes it; an index of one
 * shard whose language has few pages gives its search page the list of that language's page records to read directly.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from '../lib/i18n/locales.ts';
import { PRIMARY_BUNDLE } from '../lib/search/index-shards.ts';
import { directRecords, type PagefindEntry, stampSearchPage } from '../lib/search/preload-stamp.ts';

/** Returns how many search pages were stamped. */
export async function stampSearchPages(distDir: string, bundles: readonly string[]): Promise<number> {
  const entries = await Promise.all(bundles.map((bundle) => readFile(join(distDir, bundle, 'pagefind-entry.json'), 'utf8')));
  const tag = createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 16);
  const primary = JSON.parse(entries[0]!) as PagefindEntry;
  // Several shards: the records are spread over them and the archive is large; Pagefind ranks and reads them.
  const records = bundles.length === 1 ? directRecords(primary, await readdir(join(distDir, PRIMARY_BUNDLE, 'fragment'))) : {};
  let stamped = 0;
  for (const locale of LOCALES) {
    const file = join(distDir, locale.code, 'search', 'index.html');
    const before = await readFile(file, 'utf8').catch(() => null);
    if (before === null) continue;
    const after = stampSearchPage(before, tag, primary, records);
    if (after !== before) {
      await writeFile(file, after);
      stamped++;
    }
  }
  return stamped;
}
