/**
 * A worker thread of the relative-URLs step (relocate.ts): relocates the HTML files it is given (relocate-pages.ts)
 * and replies with how many changed and each file's problems, by the file's place in the list it was given.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { relocatePage } from './relocate-pages.ts';

export interface RelocateJob {
  distDir: string;
  files: string[];
}
export type RelocateReply = { ok: true; changed: number; problems: [number, string][] } | { ok: false; error: string };

/**
 * Pages in flight at once: one page at a time left the thread waiting on each read and write (about 40 % of its
 * time at 1,000 reports); a few at once overlap one page's file access with another's rewriting.
 */
const IN_FLIGHT = 4;

const { distDir, files } = workerData as RelocateJob;
let reply: RelocateReply;
try {
  let changed = 0;
  const problems: [number, string][] = [];
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      const outcome = await relocatePage(distDir, files[i]!);
      if (outcome.changed) changed++;
      for (const problem of outcome.problems) problems.push([i, problem]);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  // In the order of the files given, whichever finished first.
  problems.sort((a, b) => a[0] - b[0]);
  reply = { ok: true, changed, problems };
} catch (e) {
  reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
}
parentPort!.postMessage(reply);
