/**
 * The archival manifest: SHA-256 of every file, in the format `sha256sum -c`
 * reads ("<hex>  <path>"), sorted by path so the same files give the same bytes.
 */
import { createHash } from 'node:crypto';

export interface FileEntry {
  /** Path relative to the archive root, with "/" separators. */
  path: string;
  data: Uint8Array;
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function manifest(files: FileEntry[]): string {
  return manifestOfHashes(files.map((f) => ({ path: f.path, sha256: sha256Hex(f.data) })));
}

/** The manifest from each file's SHA-256 (hex), for files hashed as they were read rather than held in memory. */
export function manifestOfHashes(files: readonly { path: string; sha256: string }[]): string {
  return [...files]
    .sort(byPath)
    .map((f) => {
      if (/[\n\\]/.test(f.path)) throw new Error(`File name "${f.path}" cannot be listed in a sha256sum manifest.`);
      return `${f.sha256}  ${f.path}\n`;
    })
    .join('');
}

/** Paths whose hashes differ between two path→hash maps, plus paths only one side has. */
export function compareHashes(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((p) => {
    if (!a.has(p)) return [`only in the second build: ${p}`];
    if (!b.has(p)) return [`only in the first build: ${p}`];
    return a.get(p) === b.get(p) ? [] : [`differs: ${p}`];
  });
}
