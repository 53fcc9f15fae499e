/**
 * Build step: make every internal URL in dist/ relative (so dist/ works at any sub-path), then check the result.
 * Fails the build when dist/ would only work at the host root or break its Content-Security-Policy: root
 * references left in HTML or JavaScript (src/lib/publish/relocatable.ts), or inline code the page's own policy
 * does not allow by hash (src/lib/publish/csp.ts). Each HTML file is read once (a large archive has tens of
 * thousands of pages), most of them in worker threads (relocate-worker.ts); page transforms (e.g. the 404 page's,
 * not-found-page.ts) run between rewrite and check, in the main thread, on the pages they name.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { rootAssetReferencesInJs } from '../lib/publish/relocatable.ts';
import { relativizeCss } from '../lib/url/relativize.ts';
import { filesUnder } from './dist-files.ts';
import { type PageTransform, relocatePage } from './relocate-pages.ts';
import type { RelocateJob, RelocateReply } from './relocate-worker.ts';

export type { PageTransform } from './relocate-pages.ts';

const WORKER = new URL('./relocate-worker.ts', import.meta.url);

/** Relocate some pages in a worker thread; its problems come back with each file's place in `files`. */
function inWorker(job: RelocateJob): Promise<Extract<RelocateReply, { ok: true }>> {
  return new Promise((done, fail) => {
    let reply: RelocateReply | undefined;
    const worker = new Worker(WORKER, { workerData: job });
    worker.on('message', (message: RelocateReply) => (reply = message));
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (reply?.ok) done(reply);
      else fail(new Error(`relative URLs: ${reply ? reply.error : `a worker thread stopped (exit ${code}) before it finished`}`));
    });
  });
}

/**
 * threads: worker threads for the pages no transform applies to, each taking every threads-th page (pages of one
 * kind are spread evenly); the main thread does the stylesheets, scripts and transformed pages meanwhile.
 */
export async function relocateDist(distDir: string, transforms: PageTransform[] = [], threads = 2): Promise<{ changed: number }> {
  const pages = await filesUnder(distDir, '.html');
  const inMain = pages.filter((file) => transforms.some((t) => t.applies(relative(distDir, file))));
  const elsewhere = pages.filter((file) => !inMain.includes(file));
  const count = Math.max(1, threads);
  const lanes = Array.from({ length: count }, (_, lane) => elsewhere.filter((_, i) => i % count === lane));
  const workers = Promise.all(lanes.map((files) => inWorker({ distDir, files })));
  // A failing main thread must not leave the workers' rejection unhandled.
  workers.catch(() => {});

  let changed = 0;
  const problems = new Map<string, string[]>();
  for (const file of await filesUnder(distDir, '.css')) {
    const before = await readFile(file, 'utf8');
    const after = relativizeCss(before, relative(distDir, file));
    if (after !== before) {
      await writeFile(file, after);
      changed++;
    }
  }
  for (const file of inMain) {
    const outcome = await relocatePage(distDir, file, transforms);
    if (outcome.changed) changed++;
    problems.set(file, outcome.problems);
  }
  const jsProblems: string[] = [];
  for (const file of await filesUnder(distDir, '.js')) {
    for (const ref of rootAssetReferencesInJs(await readFile(file, 'utf8'))) {
      jsProblems.push(`${relative(distDir, file)}: "${ref}" points at the host root`);
    }
  }
  for (const [lane, reply] of (await workers).entries()) {
    changed += reply.changed;
    for (const [i, problem] of reply.problems) {
      const file = lanes[lane]![i]!;
      problems.set(file, [...(problems.get(file) ?? []), problem]);
    }
  }
  // In page order, as a reader of the message expects.
  const all = [...pages.flatMap((file) => problems.get(file) ?? []), ...jsProblems];
  if (all.length) {
    throw new Error(
      `dist/ is not relocatable or not CSP-clean:\n  ${all.join('\n  ')}\nWrite site-root paths in attributes the build rewrites (src/lib/url/url-attributes.ts) and keep scripts and styles in files.`,
    );
  }
  return { changed };
}
