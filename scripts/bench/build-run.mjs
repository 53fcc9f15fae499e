/**
 * One timed build through scripts/build.mjs, exactly as `npm run build` builds (Astro, then the archive's build
 * steps in src/build/): wall time, each step's time (ARCHIVE_BUILD_TIMINGS, written by scripts/build.mjs), peak
 * memory of the whole process tree and of its parts, and the build's own progress lines.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { treeRss, watchPeakMemory } from './process-memory.mjs';
import { progress } from './progress.mjs';

const BUILD = resolve('scripts/build.mjs');

/** Build into outDir (content from contentDir, or the real content/ when omitted). */
export async function timedBuild({ outDir, contentDir, label }) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-timings-'));
  const timingsFile = join(scratch, 'timings.json');
  const env = { ...process.env, ARCHIVE_BUILD_TIMINGS: timingsFile };
  if (contentDir) env.ARCHIVE_CONTENT_DIR = contentDir;
  else delete env.ARCHIVE_CONTENT_DIR;
  const started = performance.now();
  const child = spawn(process.execPath, [BUILD, '--outDir', resolve(outDir)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchPeakMemory(child.pid);
  const tail = [];
  const errors = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (/\berror\b|out of memory/i.test(line) && errors.length < 3) errors.push(line.trim());
      if (/\[archive-build\]|page\(s\) built|\[content\]|error/i.test(line)) progress(`  ${label}: ${line.replace(/^\S+\s+/, '')}`);
    });
  }
  // Astro prints nothing while it renders a large archive's pages: say every 30 s that the build is alive.
  const heartbeat = setInterval(() => {
    const minutes = ((performance.now() - started) / 60_000).toFixed(1);
    progress(`  ${label}: still building after ${minutes} min, ${(treeRss(child.pid) / 2 ** 30).toFixed(1)} GB in use`);
  }, 30_000);
  const [code, signal] = await new Promise((done) => child.on('close', (...exit) => done(exit)));
  clearInterval(heartbeat);
  const wallMs = Math.round(performance.now() - started);
  const peak = memory.stop();
  if (code !== 0) {
    // First line: how it ended and the first error the build printed (the report quotes this line).
    const how = signal ? `was killed by ${signal}` : `failed with exit code ${code}`;
    throw new Error(`build (${label}) ${how}${errors.length ? `: ${errors[0]}` : ''}\n${tail.join('\n')}`);
  }
  const steps = JSON.parse(readFileSync(timingsFile, 'utf8'));
  rmSync(scratch, { recursive: true, force: true });
  return {
    wallMs,
    // Astro's process from start to exit; the steps after it each on their own (src/build/pipeline.ts).
    astroMs: steps.astroMs,
    downloadsMs: steps.downloadsMs ?? 0,
    leftoversMs: steps.leftoversMs ?? 0,
    relativizeMs: steps.relativizeMs,
    sitemapMs: steps.sitemapMs,
    pagefindMs: steps.pagefindMs,
    stampMs: steps.stampMs,
    pagefindPages: steps.pagefindPages,
    pagefindShards: steps.pagefindShards ?? 1,
    pagefindJobs: steps.pagefindJobs ?? 1,
    peakRssBytes: peak.total,
    // Pagefind's processes (one per shard, up to pagefindJobs at once) summed, and the rest of the build (Astro's
    // process, then the build steps after it), each at its own peak. They no longer run at the same time.
    peakAstroRssBytes: peak.build,
    peakIndexerRssBytes: peak.indexer,
  };
}
