/**
 * Peak memory of a process tree: polls /proc every interval and sums the
 * resident set size of the process and all its descendants (Linux only).
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
      procs.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE });
    } catch {
      // The process ended while we looked.
    }
  }
  return procs;
}

export function treeRss(rootPid) {
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
  let total = 0;
  for (const pid of inTree) total += procs.get(pid)?.rss ?? 0;
  return total;
}

/** Start sampling; stop() returns the peak summed RSS in bytes. */
export function watchPeakMemory(rootPid, intervalMs = 250) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(rootPid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
