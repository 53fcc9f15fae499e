#!/usr/bin/env node
/**
 * npm run bench: builds the real archive, measures page weight, JS on load,
 * Lighthouse and search speed (ours against Pagefind's stock UI on the same
 * index), then cost against archive size with synthetic archives, and writes
 * docs/benchmarks.md, docs/benchmarks.json and docs/benchmarks/*.svg.
 *
 * Environment: BENCH_PORT (default 4450, the first of two ports used),
 * BENCH_SCALE (sizes, default "10,100,1000,10000"), BENCH_SCALE_BUDGET_MIN
 * (skip a size whose build is projected, linearly from the previous size, to
 * take longer than this many minutes; default 30), BENCH_BUILD_RUNS (default 3),
 * BENCH_SEARCH_RUNS (cold navigations per query for each search UI and page
 * loads per query and width for the layout shift; default 3).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startBenchServer } from './bench-server.mjs';
import { launchChromium } from './browser.mjs';
import { timedBuild } from './build-run.mjs';
import { sizes } from './compressed-sizes.mjs';
import { discoverPages, representatives } from './dist-pages.mjs';
import { measureLayoutShift } from './layout-shift.mjs';
import { lighthouse } from './lighthouse-run.mjs';
import { measurePageLoad } from './page-load.mjs';
import { pageWeight } from './page-weight.mjs';
import { progress } from './progress.mjs';
import { writeReport } from './report.mjs';
import { directorySize, measureScale, notMeasured } from './scale.mjs';
import { QUERIES, SEARCH_RUNS, measureSearch } from './search-speed.mjs';
import { SEARCH_LOCALE, searchTargets } from './search-targets.mjs';
import { stockUiVersion, writeStockUiPage } from './stock-ui-page.mjs';
import { TARGETS } from './targets.mjs';
import { REPORTS_PER_SHARD } from '../../src/lib/search/index-shards.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4450);
const SCALE = (process.env.BENCH_SCALE ?? '10,100,1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const BUDGET_MS = Number(process.env.BENCH_SCALE_BUDGET_MIN ?? 30) * 60_000;
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const MEMORY_CEILING_BYTES = os.totalmem() * 0.8;
const DIST = 'dist';

const version = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function machine() {
  let chromium = null;
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // reported as unknown
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryBytes: os.totalmem(),
    node: process.version,
    chromium,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    versions: {
      astro: version('astro'),
      pagefind: version('pagefind'),
      '@pagefind/default-ui': stockUiVersion(),
      lighthouse: version('lighthouse'),
    },
  };
}

async function realBuild() {
  const runs = [];
  for (let i = 1; i <= BUILD_RUNS; i++) {
    progress(`real archive: build ${i}/${BUILD_RUNS}`);
    runs.push(await timedBuild({ outDir: DIST, label: `build ${i}` }));
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  return {
    runs,
    medianWallMs: pick('wallMs'),
    medianAstroMs: pick('astroMs'),
    medianPagefindMs: pick('pagefindMs'),
    medianPeakRssBytes: pick('peakRssBytes'),
  };
}

async function pagesAndLoad(browser, url) {
  const pages = discoverPages(DIST);
  const reps = representatives(pages);
  const out = [];
  for (const page of reps) {
    progress(`page weight: ${page.path}`);
    const weight = pageWeight(page, DIST);
    const load = await measurePageLoad(browser, url + page.path.slice(1));
    const own = page.type === 'article' ? sizes(load.ownText) : null;
    const beyond = own
      ? { raw: weight.total.raw - own.raw, gzip: weight.total.gzip - own.gzip, brotli: weight.total.brotli - own.brotli }
      : null;
    const { ownText, ...rest } = load;
    out.push({ ...page, file: undefined, weight, load: rest, ownText: own, beyondText: beyond, ownTextChars: ownText.length });
  }
  return { pageCount: pages.length, types: [...new Set(pages.map((p) => p.type))].sort(), pages: out };
}

async function lighthouseAll(url, pages) {
  const byType = (pred, locale) => pages.find((p) => pred(p.type) && p.locale === locale);
  const wanted = [
    { label: 'home', page: byType((t) => t === 'home', 'zh-hans') },
    ...['zh-hans', 'zh-tw', 'zh-hk', 'en'].map((l) => ({ label: `article (${l})`, page: byType((t) => t === 'article', l) })),
    { label: 'search', page: byType((t) => t === 'search', SEARCH_LOCALE) },
    { label: 'quote index', page: byType((t) => /^quotes?$/.test(t), 'zh-hans') },
  ];
  const results = [];
  for (const { label, page } of wanted) {
    if (!page) {
      results.push({ label, available: false, reason: 'not available: this build has no such page yet' });
      progress(`lighthouse ${label}: not available in this build`);
      continue;
    }
    progress(`lighthouse ${label}: ${page.path}`);
    const result = await lighthouse(url + page.path.slice(1));
    progress(
      `  ${Object.entries(result.scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    results.push({ label, available: true, path: page.path, ...result });
  }
  return results;
}

async function searchAll(browser, server) {
  const url = server.url;
  const out = {};
  for (const target of searchTargets(DIST)) {
    if (!target.available) {
      progress(`search ${target.name}: ${target.reason}`);
      out[target.name] = { available: false, reason: target.reason };
      continue;
    }
    progress(`search ${target.name}: ${QUERIES.length} queries, cold, warm and in page`);
    out[target.name] = {
      available: true,
      path: target.path,
      ...(await measureSearch(browser, server, {
        name: target.name,
        pageUrl: url + target.path,
        selector: target.selector,
        input: target.input,
      })),
    };
  }
  return out;
}

/** CLS of our search page with a query, until results are shown, at the widths of the target (issue #19). */
async function layoutShiftAll(browser, server) {
  const ours = searchTargets(DIST).find((t) => t.name === 'ours');
  if (!ours.available) return { available: false, reason: ours.reason };
  const queries = QUERIES.slice(0, 3);
  progress(`layout shift: ${queries.length} queries × ${SEARCH_RUNS} loads at ${TARGETS.searchLayoutShiftWidths.join(' and ')} px`);
  const widths = await measureLayoutShift(browser, {
    pageUrl: server.url + ours.path,
    selector: ours.selector,
    widths: TARGETS.searchLayoutShiftWidths,
    queries,
    runs: SEARCH_RUNS,
  });
  return { available: true, path: ours.path, queries, widths };
}

/**
 * Peak memory of a build of n reports, from the measured smaller ones: Astro's process along the line through the
 * last two sizes (its fixed part does not grow; proportionally from one size of at least 100 reports), the
 * indexer up to the shard size (REPORTS_PER_SHARD), and their sum as an upper bound (they peak at different times).
 */
function projectPeakMemory(measured, n) {
  const previous = measured.at(-1);
  // One small archive says nothing about growth (its memory is mostly the build's fixed part): no projection.
  if (measured.length < 2 && previous.n < 100) return 0;
  const { peakAstroRssBytes: astro, peakIndexerRssBytes: indexer, peakRssBytes: total } = previous.build;
  if (astro === undefined || indexer === undefined) return (total * n) / previous.n;
  const before = measured.at(-2);
  const slope =
    before?.build.peakAstroRssBytes !== undefined && before.build.peakAstroRssBytes < astro
      ? (astro - before.build.peakAstroRssBytes) / (previous.n - before.n)
      : astro / previous.n;
  const shardReports = (k) => Math.min(k, REPORTS_PER_SHARD);
  return astro + slope * (n - previous.n) + (indexer * shardReports(n)) / shardReports(previous.n);
}

async function scaleAll(browser, overlayDir, lang) {
  const runs = [];
  let previous = null;
  for (const n of SCALE) {
    if (previous) {
      // The build's own memory grows with the archive; Pagefind's grows only up to one index shard (it runs once
      // per shard). A size projected past most of this machine's memory would only end in the out-of-memory killer.
      const projectedPeak = projectPeakMemory(
        runs.filter((x) => !x.notMeasured),
        n,
      );
      if (projectedPeak > MEMORY_CEILING_BYTES) {
        const reason = `not measured on this machine: peak memory is projected (from N=${previous.n}, ${(previous.build.peakRssBytes / 2 ** 30).toFixed(1)} GB) to reach ${(projectedPeak / 2 ** 30).toFixed(0)} GB, over ${(MEMORY_CEILING_BYTES / 2 ** 30).toFixed(0)} GB (80% of its memory)`;
        progress(`scale N=${n}: ${reason}`);
        runs.push({ ...notMeasured(n, reason), projectedPeakRssBytes: Math.round(projectedPeak) });
        continue;
      }
      const projected = (previous.build.wallMs * n) / previous.n;
      if (projected > BUDGET_MS) {
        const reason = `not measured in this run: the build was projected (linearly from N=${previous.n}, ${(previous.build.wallMs / 1000).toFixed(0)} s) to take ${(projected / 60_000).toFixed(0)} min, over this run's budget of ${BUDGET_MS / 60_000} min (BENCH_SCALE_BUDGET_MIN)`;
        progress(`scale N=${n}: ${reason}`);
        runs.push({ ...notMeasured(n, reason), projectedBuildMs: Math.round(projected) });
        continue;
      }
    }
    try {
      const result = await measureScale(n, { browser, port: PORT + 1, overlayDir, lang });
      runs.push(result);
      previous = result;
    } catch (error) {
      // A failed size is a result too: record it, and do not try larger ones.
      const reason = `build failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`;
      progress(`scale N=${n}: ${reason}`);
      runs.push(notMeasured(n, reason));
      break;
    }
  }
  return runs;
}

async function main() {
  progress(`benchmarks start (port ${PORT}; scale ${SCALE.join(', ')})`);
  const results = { date: new Date().toISOString(), machine: machine(), queries: QUERIES, searchRuns: SEARCH_RUNS };
  results.realBuild = await realBuild();
  results.realBuild.distBytes = directorySize(DIST).bytes;
  results.realBuild.indexBytes = directorySize(join(DIST, 'pagefind')).bytes;

  const overlayDir = mkdtempSync(join(os.tmpdir(), 'bench-overlay-'));
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(readFileSync(join(DIST, SEARCH_LOCALE, 'index.html'), 'utf8'))?.[1] ?? 'zh-Hans';
  await writeStockUiPage(overlayDir, lang);
  const server = await startBenchServer({ distDir: DIST, overlayDir, port: PORT });
  const browser = await launchChromium();
  try {
    results.pages = await pagesAndLoad(browser, server.url);
    results.lighthouse = await lighthouseAll(server.url, discoverPages(DIST));
    results.search = await searchAll(browser, server);
    results.layoutShift = await layoutShiftAll(browser, server);
    await server.close();
    results.scale = await scaleAll(browser, overlayDir, lang);
  } finally {
    await browser.close();
    rmSync(overlayDir, { recursive: true, force: true });
  }
  results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);

  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks.json', JSON.stringify(results, null, 2) + '\n');
  writeReport(results, 'docs');
  execFileSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', 'docs/benchmarks.md', 'docs/benchmarks.json'], {
    stdio: 'ignore',
  });
  progress('wrote docs/benchmarks.md, docs/benchmarks.json and docs/benchmarks/*.svg');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
