/**
 * One shard of the search index (src/lib/search/index-shards.ts), in a process of its own: search-index.ts forks
 * this file per shard, so two shards can run at once on two cores and each one's memory is freed when its
 * process ends. Pagefind is always closed, whether the shard succeeded or not.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { type IndexShard, PRIMARY_BUNDLE, shardGlob } from '../lib/search/index-shards.ts';

export interface ShardTask extends IndexShard {
  distDir: string;
  /** 0-based shard number and how many there are (for messages). */
  shard: number;
  shards: number;
}

export type ShardReply = { ok: true; pages: number } | { ok: false; error: string };

/**
 * A merged shard is read with the primary bundle's script and WebAssembly, so it keeps only its index data:
 * the entry file, language metadata and the index, fragment and filter chunks (not a copy of every UI file).
 */
async function keepIndexDataOnly(bundleDir: string): Promise<void> {
  const keep = (name: string) =>
    name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);
  for (const name of await readdir(bundleDir)) if (!keep(name)) await rm(join(bundleDir, name), { recursive: true });
}

/** Index one shard into its bundle folder; returns how many pages it indexed. */
export async function indexShard({ distDir, shard, shards, bundle, locales, slugs }: ShardTask): Promise<number> {
  const which = `shard ${shard + 1} of ${shards}`;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start (${which}): ${errors.join('; ')}`);
    const added = await index.addDirectory(slugs === null ? { path: distDir } : { path: distDir, glob: shardGlob(slugs, locales) });
    if (added.errors.length) throw new Error(`Pagefind could not index dist/ (${which}): ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(distDir, bundle) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index (${which}): ${written.errors.join('; ')}`);
    if (bundle !== PRIMARY_BUNDLE) await keepIndexDataOnly(join(distDir, bundle));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

// Forked by search-index.ts: the task comes as the one argument, the reply goes back over the IPC channel.
if (process.send && process.argv[2]?.startsWith('{')) {
  const task = JSON.parse(process.argv[2]) as ShardTask;
  const reply: ShardReply = await indexShard(task).then(
    (pages) => ({ ok: true as const, pages }),
    (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }),
  );
  process.send(reply, () => process.disconnect());
}
