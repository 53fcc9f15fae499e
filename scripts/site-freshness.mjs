/**
 * Is dist/ older than what it is built from? `npm start` rebuilds instead of serving a stale site.
 * Compares the newest modification time among the build's inputs with dist/index.html's.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads: content (ARCHIVE_CONTENT_DIR or content/), code, static files, configuration, the lockfile. */
export const buildInputs = () => [
  process.env.ARCHIVE_CONTENT_DIR ?? 'content',
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function newestModification(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return { time: 0, path: null };
  }
  if (!stat.isDirectory()) return { time: stat.mtimeMs, path };
  let newest = { time: stat.mtimeMs, path };
  for (const entry of readdirSync(path)) {
    const inner = newestModification(join(path, entry));
    if (inner.time > newest.time) newest = inner;
  }
  return newest;
}

/** Why dist/ needs a build, in words, or null when it is up to date. */
export function staleReason({ dist = 'dist', inputs = buildInputs(), root = '.' } = {}) {
  let built;
  try {
    built = statSync(join(root, dist, 'index.html')).mtimeMs;
  } catch {
    return `${dist}/ holds no built site`;
  }
  for (const input of inputs) {
    const newest = newestModification(join(root, input));
    if (newest.time > built) return `${newest.path} changed after the last build`;
  }
  return null;
}
