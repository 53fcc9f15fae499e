/**
 * One shard of the search index (src/lib/search/index-shards.ts), in a process of its own: Pagefind's command-line
 * indexer, so that two shards run at once on two cores and each one's memory is freed when its process ends.
 *
 * Why the command line and not Pagefind's Node API: the same shard writes the same files either way (compared file
 * by file), but the command line took 5.4–5.9 s for 400 Chinese pages of the 10,000-report archive against 7.8–8.2 s
 * through the API's service, and two shards at once 9.4–13.2 s against 12.6–16.3 s. Its options go in a pagefind.json
 * in a folder of its own (Pagefind reads its configuration from the folder it runs in): a shard's glob names each of
 * its reports and may be longer than a command-line argument can be.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IndexShard, PRIMARY_BUNDLE, shardGlob } from '../lib/search/index-shards.ts';

export interface ShardTask extends IndexShard {
  distDir: string;
  /** 0-based shard number and how many there are (for messages). */
  shard: number;
  shards: number;
}

/**
 * The pagefind_extended executable (it segments Chinese) that the pagefind package installed for this platform, or
 * the one PAGEFIND_EXTENDED_BINARY_PATH names (as the package's own wrapper allows).
 */
export function pagefindBinary(env: Record<string, string | undefined> = process.env): string {
  const named = env['PAGEFIND_EXTENDED_BINARY_PATH'];
  if (named) return named;
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const executable = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  try {
    return createRequire(import.meta.url).resolve(`@pagefind/${platform}-${process.arch}/bin/${executable}`);
  } catch {
    throw new Error(
      `Pagefind's indexer for ${platform}-${process.arch} is not installed (the package @pagefind/${platform}-${process.arch}): run "npm ci", or set PAGEFIND_EXTENDED_BINARY_PATH to a pagefind_extended 1.6.0 executable.`,
    );
  }
}

/**
 * A merged shard is read with the primary bundle's script and WebAssembly, so it keeps only its index data:
 * the entry file, language metadata and the index, fragment and filter chunks (not a copy of every UI file).
 */
async function keepIndexDataOnly(bundleDir: string): Promise<void> {
  const keep = (name: string) =>
    name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);
  for (const name of await readdir(bundleDir)) if (!keep(name)) await rm(join(bundleDir, name), { recursive: true });
}

/** How many pages Pagefind's summary says it indexed ("Total: … Indexed 400 pages"), or null. */
export function indexedPages(output: string): number | null {
  const total = output.lastIndexOf('Total:');
  const m = /Indexed (\d+) pages?/.exec(total >= 0 ? output.slice(total) : output);
  return m ? Number(m[1]) : null;
}

/** Run Pagefind with this configuration; resolves with what it printed, rejects with its last lines. */
function runPagefind(config: Record<string, string>, which: string): Promise<string> {
  return mkdtemp(join(tmpdir(), 'archive-pagefind-')).then(async (folder) => {
    try {
      await writeFile(join(folder, 'pagefind.json'), JSON.stringify(config));
      // Only the configuration file decides: Pagefind also reads PAGEFIND_* variables.
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PAGEFIND_')));
      return await new Promise<string>((done, fail) => {
        const child = spawn(pagefindBinary(), [], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const output: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
        child.on('error', (e) => fail(new Error(`Pagefind could not start (${which}): ${e.message}`)));
        child.on('close', (code, signal) => {
          const text = Buffer.concat(output).toString('utf8');
          if (code === 0) return done(text);
          const last = text.trim().split('\n').slice(-6).join('\n');
          fail(new Error(`Pagefind stopped (${which}, ${signal ?? `exit ${code}`})${last ? `:\n${last}` : ''}`));
        });
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}

/** Index one shard into its bundle folder; returns how many pages it indexed. */
export async function indexShard({ distDir, shard, shards, bundle, locales, slugs }: ShardTask): Promise<number> {
  const which = `shard ${shard + 1} of ${shards}, into ${bundle}`;
  const output = await runPagefind(
    { site: distDir, output_path: join(distDir, bundle), ...(slugs === null ? {} : { glob: shardGlob(slugs, locales) }) },
    which,
  );
  const pages = indexedPages(output);
  if (pages === null)
    throw new Error(
      `Pagefind finished ${which} without saying how many pages it indexed:\n${output.trim().split('\n').slice(-6).join('\n')}`,
    );
  if (bundle !== PRIMARY_BUNDLE) await keepIndexDataOnly(join(distDir, bundle));
  return pages;
}
