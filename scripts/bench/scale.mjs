/**
 * Cost against archive size: for each N, generate a synthetic archive
 * (scripts/generate-synthetic-archive.mjs), build it with a timer and a memory
 * watch, measure the index and run the search benchmark on it (stock UI, and
 * our search page when the build has one).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyntheticArchive } from '../generate-synthetic-archive.mjs';
import { startBenchServer } from './bench-server.mjs';
import { timedBuild } from './build-run.mjs';
import { progress } from './progress.mjs';
import { QUERIES, measureSearch } from './search-speed.mjs';
import { SEARCH_LOCALE, bundlePathsIn, searchTargets } from './search-targets.mjs';
import { writeStockUiPage } from './stock-ui-page.mjs';

export function directorySize(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      bytes += statSync(join(e.parentPath, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

export async function measureScale(n, { browser, port, overlayDir, lang }) {
  const scratch = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
  try {
    progress(`scale N=${n}: generating the synthetic archive`);
    generateSyntheticArchive(n, join(scratch, 'content'), { onProgress: (k) => progress(`  ${k}/${n} reports written`) });
    progress(`scale N=${n}: building`);
    const distDir = join(scratch, 'dist');
    const build = await timedBuild({ outDir: distDir, contentDir: join(scratch, 'content'), label: `N=${n}` });
    const htmlPages = readdirSync(distDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const written = bundlePathsIn(distDir);
    // The search page measured (SEARCH_LOCALE) merges the primary and its own locale's shards.
    const bundles = bundlePathsIn(distDir, SEARCH_LOCALE);
    const index = written
      .map((b) => directorySize(join(distDir, b)))
      .reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }));
    const site = directorySize(distDir);
    progress(
      `scale N=${n}: ${htmlPages} pages in ${(build.wallMs / 1000).toFixed(1)} s, peak ${(build.peakRssBytes / 2 ** 20).toFixed(0)} MB, index ${(index.bytes / 2 ** 20).toFixed(1)} MB in ${written.length} shard(s), ${bundles.length} merged by the ${SEARCH_LOCALE} search page`,
    );
    // The stock UI merges the same shards as our search page.
    await writeStockUiPage(overlayDir, lang, bundles);
    const server = await startBenchServer({ distDir, overlayDir, port });
    const search = {};
    try {
      for (const target of searchTargets(distDir)) {
        search[target.name] = target.available
          ? {
              available: true,
              ...(await measureSearch(browser, server, {
                name: `N=${n} ${target.name}`,
                pageUrl: server.url + target.path,
                selector: target.selector,
                input: target.input,
                queries: QUERIES.slice(0, 3),
              })),
            }
          : { available: false, reason: target.reason };
      }
    } finally {
      await server.close();
    }
    return {
      n,
      htmlPages,
      build,
      buildMsPerPage: build.wallMs / htmlPages,
      index: { ...index, shards: written.length, mergedBySearch: bundles.length },
      siteBytes: site.bytes,
      search,
      measuredAt: new Date().toISOString(),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function notMeasured(n, reason) {
  return { n, notMeasured: true, reason };
}
