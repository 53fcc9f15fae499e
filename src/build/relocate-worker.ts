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

const { distDir, files } = workerData as RelocateJob;
let reply: RelocateReply;
try {
  let changed = 0;
  const problems: [number, string][] = [];
  for (const [i, file] of files.entries()) {
    const outcome = await relocatePage(distDir, file);
    if (outcome.changed) changed++;
    for (const problem of outcome.problems) problems.push([i, problem]);
  }
  reply = { ok: true, changed, problems };
} catch (e) {
  reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
}
parentPort!.postMessage(reply);
