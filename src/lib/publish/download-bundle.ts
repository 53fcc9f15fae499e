/**
 * The build writes a report's downloads (citation files and plain text in every script: 15 small files per report)
 * from one bundle per report rather than as Astro pages. Astro writes each page in turn and waits on the disk for
 * each; in a large archive those waits on small files were a fifth of its time. The bundle endpoint
 * (src/pages/build-downloads/[slug].json.ts) writes the files' texts, and a build step (src/build/report-downloads.ts)
 * writes them out, many at once, and removes the bundles: they are never published.
 */

/** The folder in Astro's output that holds the bundles until the build step has written them out. */
export const DOWNLOAD_BUNDLES_DIR = 'build-downloads';

/** One report's bundle: each file's text by its path in the site ("zh-hans/reports/<slug>/citation.bib"). */
export interface DownloadBundle {
  files: Record<string, string>;
}

/** What is wrong with a bundle read back from disk, in words; null when it is one. */
export function bundleProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('files' in value)) return 'it holds no "files" object';
  const files = (value as { files: unknown }).files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return '"files" is not an object of paths and texts';
  for (const [path, text] of Object.entries(files)) {
    if (typeof text !== 'string') return `the file "${path}" has no text`;
    if (!isSitePath(path)) return `the path "${path}" is not a file path inside the site`;
  }
  return null;
}

/** A relative path of a file inside the site: no leading slash, no empty, "." or ".." segments, no backslash. */
export function isSitePath(path: string): boolean {
  return path.length > 0 && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
