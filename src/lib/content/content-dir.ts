import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The content folder the build reads: content/, or ARCHIVE_CONTENT_DIR (tests with fixtures, benchmarks). */
export function contentDir(): string {
  return resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content');
}

/** Is path the folder itself or inside it? */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, resolve(path));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/**
 * A fingerprint of every file under dir (path, size, modification time): it changes whenever a
 * file is edited, added or removed, so a cached reading of the content knows when it is stale.
 */
export function contentStamp(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) walk(path);
        else parts.push(`${relative(dir, path)}:${stat.size}:${stat.mtimeMs}`);
      } catch {
        // removed while walking: the next stamp will not list it
      }
    }
  };
  walk(dir);
  return parts.join('\n');
}
