#!/usr/bin/env node
/**
 * `npm run build`: an atomic build. Astro builds into a fresh folder beside the project's other
 * caches; then, once Astro's process has exited (so its memory and Pagefind's never add up), this
 * process runs the archive's own build steps on it (src/build/pipeline.ts: relative URLs and their
 * check, the 404 page, sitemap, search index, search pages), which fail the build on any problem.
 * Only when every step passed and the result holds no build leftovers is it swapped in for dist/.
 * A failed build leaves the previous dist/ exactly as it was, for `npm start` or `npm run package`.
 * Every build of the archive (tests, benchmarks, the reproducibility check) goes through this script.
 * ARCHIVE_BUILD_TIMINGS=<file> writes each step's time there as JSON (for scripts/bench/).
 *
 *   node scripts/build.mjs [--outDir dist] [other astro build options]
 */
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStepOptions, runBuildSteps } from '../src/build/pipeline.ts';
import { buildLeftovers } from './build-leftovers.mjs';

const args = process.argv.slice(2);
const outDirAt = args.indexOf('--outDir');
const target = resolve(outDirAt >= 0 ? args[outDirAt + 1] : 'dist');
const astroArgs = outDirAt >= 0 ? args.filter((_, i) => i !== outDirAt && i !== outDirAt + 1) : args;

// The new build and the old dist/ sit on the same file system as the target, so the swap is two renames.
const work = join(dirname(target), '.cache', 'build');
const next = join(work, `next-${process.pid}`);
const previous = join(work, `previous-${process.pid}`);
mkdirSync(work, { recursive: true });
rmSync(next, { recursive: true, force: true });

// The build steps' settings are checked first: a bad value stops the build before Astro's long part.
let options;
try {
  options = buildStepOptions(process.env);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
/**
 * V8 lets its heap grow well past what is live between full collections (by up to 4× after a fast one); Astro's
 * heap only grows while it renders a large archive, so the resident peak was mostly that slack. Growing by 40 % at
 * most: synthetic archive of 1,000 reports, peak 1.6–1.8 → 1.3 GB (at a quarter) for about 10 % more time; 3,000
 * reports 2.15 → 1.73 GB. At 10,000 reports a quarter spent a fifth of the main thread collecting garbage; 40 %
 * took Astro 375 → 299 s for a peak of 2.59 → 2.73 GB (docs/benchmarks-analysis.md).
 */
const HEAP_FLAGS = ['--heap-growing-percent=40'];
const astroStarted = performance.now();
const build = spawnSync(process.execPath, [...HEAP_FLAGS, astro, 'build', '--outDir', next, ...astroArgs], {
  stdio: 'inherit',
  env: { ...process.env, ARCHIVE_BUILD_STEPS: 'after-astro' },
});
const astroMs = Math.round(performance.now() - astroStarted);

function abandon(message) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n${message}`);
  console.error(
    existsSync(target)
      ? `${relative('.', target) || '.'}/ is unchanged: it still holds the previous successful build.`
      : `Nothing was written to ${relative('.', target)}/.`,
  );
  process.exit(1);
}

if (build.status !== 0) abandon(`The build failed (${build.signal ?? `exit ${build.status}`}); its partial output was discarded.`);

let steps;
try {
  steps = await runBuildSteps(next, options);
} catch (e) {
  abandon(`A build step failed: ${e instanceof Error ? e.message : e}`);
}
// Astro leaves server code in .prerender/ when rendering fails part-way; a finished build must not hold it,
// nor any file that carries the machine's build paths.
const leftoversStarted = performance.now();
const leftovers = buildLeftovers(next, [process.cwd(), next]);
const leftoversMs = Math.round(performance.now() - leftoversStarted);
if (leftovers.length > 0) abandon(`The build finished but its output holds files that must not be published:\n  ${leftovers.join('\n  ')}`);

if (process.env.ARCHIVE_BUILD_TIMINGS) writeFileSync(process.env.ARCHIVE_BUILD_TIMINGS, JSON.stringify({ astroMs, ...steps, leftoversMs }));

if (existsSync(target)) renameSync(target, previous);
renameSync(next, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Build swapped into ${relative('.', target) || '.'}/.`);
