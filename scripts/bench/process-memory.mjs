/**
 * Peak memory of a process tree: polls /proc every interval and sums the
 * resident set size of the process and all its descendants (Linux only), and
 * apart those of the search indexer (Pagefind's processes, by their name).
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

function snapshot() {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name in parentheses: state ppid … (rss is field 24, 1-based).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      procs.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE, command });
    } catch {
      // The process ended while we looked.
    }
  }
  return procs;
}

/**
 * Resident memory of the process itself, of all its descendants, and of the Pagefind processes among them
 * (indexer; the rest is the build: Astro's process, then the build steps), in bytes.
 */
export function treeRssParts(rootPid) {
  const procs = snapshot();
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!inTree.has(pid) && inTree.has(p.ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let descendants = 0;
  let indexer = 0;
  for (const pid of inTree) {
    if (pid === rootPid) continue;
    descendants += procs.get(pid)?.rss ?? 0;
    if (procs.get(pid)?.command.startsWith('pagefind')) indexer += procs.get(pid)?.rss ?? 0;
  }
  const own = procs.get(rootPid)?.rss ?? 0;
  const total = own + descendants;
  return { own, descendants, indexer, build: total - indexer, total };
}

export const treeRss = (rootPid) => treeRssParts(rootPid).total;

/**
 * Start sampling; stop() returns the peaks in bytes: of the summed tree, of the process itself, of its
 * descendants, of the search indexer's processes and of the rest of the build, each taken on its own.
 */
export function watchPeakMemory(rootPid, intervalMs = 250) {
  const peak = { total: 0, own: 0, descendants: 0, indexer: 0, build: 0 };
  const timer = setInterval(() => {
    const now = treeRssParts(rootPid);
    for (const k of Object.keys(peak)) peak[k] = Math.max(peak[k], now[k]);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { ...peak };
    },
  };
}
